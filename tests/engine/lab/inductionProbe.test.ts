import { describe, expect, it } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import { createWorkspace } from '../../../engine/gpt/workspace';
import { measureInduction, strongestHead } from '../../../engine/lab/inductionProbe';
import { repeatedBatch } from '../../../engine/lab/repeatedTokens';
import { createRng } from '../../../engine/random';

describe('measuring induction on a held-out batch', () => {
  it('gives an untrained model ln V on both halves and the uniform-attention score on every head', () => {
    // initStd 0: every logit is 0 and every head attends evenly over the positions it may see
    const model = createGpt({ vocabSize: 16, contextLength: 8, width: 8, heads: 2, layers: 2, mlp: false, initStd: 0, dtype: 'float64' });
    const probe = repeatedBatch({ vocabSize: 16, half: 4 }, 1, createRng(4));
    const m = measureInduction(model, createWorkspace(model.config, 1, 8), probe);
    expect(m.firstHalfLoss).toBeCloseTo(Math.log(16), 10);
    expect(m.secondHalfLoss).toBeCloseTo(Math.log(16), 10);
    expect(m.loss).toBeCloseTo(Math.log(16), 10);
    // uniform attention over positions 0 … i puts (matches)/(i + 1) on the targets; worked out from the tokens
    const tokens = Array.from(probe.inputs);
    let total = 0;
    let counted = 0;
    for (let i = 0; i < 8; i++) {
      const matches = tokens.slice(0, i).filter((t) => t === tokens[i]).length;
      if (matches > 0) { total += matches / (i + 1); counted += 1; }
    }
    for (const row of m.headScores) for (const score of row) expect(score).toBeCloseTo(total / counted, 10);
    expect(m.headScores).toHaveLength(2);
    expect(m.headScores[0]).toHaveLength(2);
  });

  it('refuses a probe whose shape is not the workspace’s', () => {
    const model = createGpt({ vocabSize: 16, contextLength: 8, width: 8, heads: 2, layers: 1, mlp: false });
    const probe = repeatedBatch({ vocabSize: 16, half: 4 }, 2, createRng(4));
    expect(() => measureInduction(model, createWorkspace(model.config, 1, 8), probe)).toThrow(/workspace/);
  });

  it('names the head with the highest score, skipping non-finite ones', () => {
    expect(strongestHead([[0.1, 0.2], [0.9, NaN]])).toEqual({ layer: 1, head: 0, score: 0.9 });
    expect(strongestHead([])).toBeNull();
  });
});
