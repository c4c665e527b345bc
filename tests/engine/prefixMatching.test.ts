import { describe, expect, it } from 'vitest';
import { causalAverageWeights } from '../../engine/attention';
import { buildInductionModel, repeatedSequence, runInductionModel } from '../../engine/induction';
import { fromRows } from '../../engine/matrix';
import { prefixMatchTargets, prefixMatchingScore } from '../../engine/prefixMatching';

describe('prefixMatchTargets', () => {
  it('lists the position after every earlier occurrence of the token', () => {
    // tokens 5 3 5 3 5: position 4 holds 5, seen at 0 and 2, followed by positions 1 and 3.
    expect(prefixMatchTargets([5, 3, 5, 3, 5], 4)).toEqual([1, 3]);
    expect(prefixMatchTargets([5, 3, 5, 3, 5], 1)).toEqual([]);
  });
});

describe('prefixMatchingScore', () => {
  it('is 1 for a head that puts all its weight on the token after the earlier copy', () => {
    // tokens 1 2 1 2: row 2 (token 1, seen at 0) looks at 1; row 3 (token 2, seen at 1) looks at 2.
    const weights = fromRows([
      [1, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
    ]);
    expect(prefixMatchingScore(weights, [1, 2, 1, 2])).toBe(1);
  });

  it('averages the weight on the targets over the rows whose token repeats, worked out by hand for even attention', () => {
    // Row 2 gives 1/3 to position 1, row 3 gives 1/4 to position 2: (1/3 + 1/4) / 2 = 7/24.
    expect(prefixMatchingScore(causalAverageWeights(4), [1, 2, 1, 2])).toBeCloseTo(7 / 24, 12);
    // Rows 2, 3, 4 give 1/3, 1/4 and 1/5 + 1/5: (1/3 + 1/4 + 2/5) / 3 = 59/180.
    expect(prefixMatchingScore(causalAverageWeights(5), [5, 3, 5, 3, 5])).toBeCloseTo(59 / 180, 12);
  });

  it('is 0 when no token repeats, and refuses attention of the wrong size', () => {
    expect(prefixMatchingScore(causalAverageWeights(3), [1, 2, 3])).toBe(0);
    expect(() => prefixMatchingScore(causalAverageWeights(3), [1, 2])).toThrow(/3 × 3 for 2 tokens/);
  });

  it('tells chapter 10’s hand-built induction head from its previous-token head', () => {
    const run = runInductionModel(buildInductionModel(), repeatedSequence(8, 16, 3));
    expect(prefixMatchingScore(run.inductionWeights, run.tokens)).toBeGreaterThan(0.999);
    expect(prefixMatchingScore(run.previousWeights, run.tokens)).toBeLessThan(0.2);
  });
});
