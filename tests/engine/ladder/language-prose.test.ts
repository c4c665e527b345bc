import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIT_EXAMPLES, FIT_OPTIONS } from '../../../engine/ladder/languageFit';
import { rollout } from '../../../engine/ladder/languageGenerate';
import { PROMPT, VOCAB, runPipeline } from '../../../engine/ladder/languageModel';
import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';

const lesson = (name: string) => readFileSync(path.join(__dirname, '../../../content/ladder', name), 'utf8');
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const at = (word: string) => VOCAB.indexOf(word as (typeof VOCAB)[number]);
const on = runPipeline(PROMPT, LANGUAGE_WEIGHTS);
const off = runPipeline(PROMPT, LANGUAGE_WEIGHTS, { mlp: false });

describe('the numbers quoted in ladder lessons 4–7 are the ones the engine computes', () => {
  it('lesson 4 quotes creature’s row, P(roamed) and a forest edit that really takes over the prediction', () => {
    const text = lesson('04-embed.mdx');
    expect(text).toContain(`(${LANGUAGE_WEIGHTS.embeddings[at('creature')].map((v) => v.toFixed(1)).join(',\\ ')})`);
    expect(text).toContain(`of ${pct(on.probs[at('roamed')])}`);
    const edited = LANGUAGE_WEIGHTS.embeddings.map((row, i) => (i === at('forest') ? [row[0], row[1], -3] : row));
    const hijacked = runPipeline(PROMPT, { embeddings: edited, mlp: LANGUAGE_WEIGHTS.mlp });
    expect(Math.max(...hijacked.probs)).toBe(hijacked.probs[at('forest')]);
    expect(text).toContain('d₂ slider of "forest" down to −3');
  });

  it('lesson 5 quotes the scores, the weights α, Δe and h₁', () => {
    const text = lesson('05-attend.mdx');
    const [a, fluffy, blue, self] = on.alpha.map((v) => v.toFixed(3));
    expect(text).toContain(`α = ${a} for "a", ${fluffy} for "fluffy", ${blue} for "blue" and ${self} for "creature"`);
    expect(on.scores.map((s) => Number(s.toFixed(2)))).toEqual([-0.6, 0.64, 0.74, 1.25]);
    expect(text).toContain(`$\\Delta e = (${on.delta.map((v) => v.toFixed(3)).join(', ')})$`);
    expect(text).toContain(`$h_1 = (${on.h1.map((v) => v.toFixed(3)).join(', ')})$`);
  });

  it('lesson 6 names the neurons that fire and the bypassed prediction', () => {
    const text = lesson('06-mlp.mdx');
    const fired = on.preActivations.map((z, j) => (z > 0 ? j + 1 : 0)).filter(Boolean);
    expect(fired).toEqual([1, 4, 5]);
    expect(text).toContain('neurons 1, 4 and 5 fire and neurons 2, 3 and 6 stay silent');
    const best = off.probs.indexOf(Math.max(...off.probs));
    expect(text).toContain(`becomes "${VOCAB[best]}" with ${pct(off.probs[best])}`);
    expect(text).toContain(`"roamed" with ${pct(on.probs[at('roamed')])} and "slept" with ${pct(on.probs[at('slept')])}`);
  });

  it('lesson 7 quotes the logits, the tempered probabilities, the rollout and the fit settings', () => {
    const text = lesson('07-generate.mdx');
    expect(text).toContain(`${on.logits[at('roamed')].toFixed(2)} for "roamed" and ${on.logits[at('slept')].toFixed(2)} for "slept"`);
    const others = on.logits.filter((_, i) => i !== at('roamed') && i !== at('slept'));
    expect(Math.max(...others)).toBeLessThan(0);
    const cold = runPipeline(PROMPT, LANGUAGE_WEIGHTS, { temperature: 0.5 });
    const hot = runPipeline(PROMPT, LANGUAGE_WEIGHTS, { temperature: 2 });
    expect(text).toContain(`"roamed" rises to ${pct(cold.probs[at('roamed')])}`);
    expect(text).toContain(`"roamed" falls to ${pct(hot.probs[at('roamed')])}`);
    const steps = rollout(PROMPT, LANGUAGE_WEIGHTS, 3, { mode: 'greedy' });
    const quoted = steps.map((s) => `"${s.word}" (${pct(s.result.probs[s.chosen])})`);
    expect(text).toContain(`gives ${quoted[0]}, then ${quoted[1]}, then ${quoted[2]}`);
    expect(text).toContain(`runs ${FIT_OPTIONS.steps}`);
    expect(text).toContain(`on three prompts`);
    expect(FIT_EXAMPLES).toHaveLength(3);
  });
});
