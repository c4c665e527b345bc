import { describe, expect, it } from 'vitest';
import { getRow } from '../../../engine/matrix';
import { forwardPass } from '../../../engine/forwardPass/pipeline';
import { productTerms, stageRows } from '../../../engine/forwardPass/terms';
import { SEED_WEIGHTS } from '../../../engine/forwardPass/weights';

const result = forwardPass();

describe('productTerms', () => {
  it('splits x·W into its four products: "the" through W_Q column 0', () => {
    // LN₁("the") = (0, −0.4, 0.5, −0.1)/√(0.105 + 1e-5); W_Q column 0 = (0.5, −0.2, 0.1, 0.3).
    const s = 1 / Math.sqrt(0.105 + 1e-5);
    const terms = productTerms(result, SEED_WEIGHTS, 'q', 0, 0)!;
    const expected = [[0, 0.5], [-0.4 * s, -0.2], [0.5 * s, 0.1], [-0.1 * s, 0.3]];
    terms.pairs.forEach(([a, b], k) => {
      expect(a).toBeCloseTo(expected[k][0], 12);
      expect(b).toBe(expected[k][1]);
    });
    // 0 + 0.08s + 0.05s − 0.03s = 0.10s.
    expect(terms.total).toBeCloseTo(0.1 * s, 12);
    expect(terms.total).toBeCloseTo(getRow(result.q, 0)[0], 12);
  });

  it('pairs a score’s query with the key’s row, and a logit with the last token’s h₂', () => {
    const score = productTerms(result, SEED_WEIGHTS, 'scores', 3, 1)!;
    expect(score.pairs.map(([, b]) => b)).toEqual(Array.from(getRow(result.k, 1)));
    expect(score.total).toBeCloseTo(result.attention.rawScores.data[3 * 4 + 1], 12);
    const logit = productTerms(result, SEED_WEIGHTS, 'logits', 0, 4)!;
    expect(logit.pairs.map(([a]) => a)).toEqual(Array.from(getRow(result.h2, 3)));
    expect(logit.pairs.map(([, b]) => b)).toEqual([0.1, 0.1, 0.2, 0.2]);
    expect(logit.total).toBeCloseTo(result.logits[4], 12);
  });

  it('returns null for stages that are not products, and reads weights from the weights it is given', () => {
    expect(productTerms(result, SEED_WEIGHTS, 'h1', 0, 0)).toBeNull();
    expect(productTerms(result, SEED_WEIGHTS, 'ln1', 0, 0)).toBeNull();
    expect(stageRows(result, SEED_WEIGHTS, 'wLm')[3]).toEqual([0.1, 0.5, 0.2, 0.2, 0.2, 0.1]);
    expect(stageRows(result, SEED_WEIGHTS, 'probs')[0]).toEqual(Array.from(result.probs));
  });
});
