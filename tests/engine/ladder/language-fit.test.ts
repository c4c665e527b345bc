import { describe, expect, it } from 'vitest';
import { fitLanguageWeights, flatten } from '../../../engine/ladder/languageFit';
import { rollout } from '../../../engine/ladder/languageGenerate';
import { PROMPT, VOCAB, runPipeline } from '../../../engine/ladder/languageModel';
import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';

// Re-run the same fit `npm run fit:ladder` runs, once for the whole file.
const refit = fitLanguageWeights();

describe('the ladder fit, re-run from scratch', () => {
  it('gives P("roamed" | "a fluffy blue creature") between 0.78 and 0.82 with the MLP on', () => {
    const p = runPipeline(PROMPT, refit).probs[VOCAB.indexOf('roamed')];
    expect(p).toBeGreaterThanOrEqual(0.78);
    expect(p).toBeLessThanOrEqual(0.82);
  });

  it('greedily continues the prompt to "a fluffy blue creature roamed the forest"', () => {
    const words = rollout(PROMPT, refit, 3, { mode: 'greedy' }).map((s) => s.word);
    expect([...PROMPT, ...words].join(' ')).toBe('a fluffy blue creature roamed the forest');
  });

  it('reproduces the committed constants, so the page ships what the script fits', () => {
    // Within 1e-9 rather than bit for bit, so a different libm's last-digit exp() cannot fail a clean clone.
    const fitted = flatten(refit.mlp);
    const committed = flatten(LANGUAGE_WEIGHTS.mlp);
    expect(fitted).toHaveLength(committed.length);
    fitted.forEach((value, i) => expect(Math.abs(value - committed[i])).toBeLessThan(1e-9));
    expect(refit.embeddings).toEqual(LANGUAGE_WEIGHTS.embeddings);
  });

  it('needs the MLP: bypassed, the model no longer picks "roamed"', () => {
    const off = runPipeline(PROMPT, refit, { mlp: false });
    const best = off.probs.indexOf(Math.max(...off.probs));
    expect(VOCAB[best]).not.toBe('roamed');
    expect(off.probs[VOCAB.indexOf('roamed')]).toBeLessThan(0.5);
  });
});
