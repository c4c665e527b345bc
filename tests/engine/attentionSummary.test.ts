import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../../engine/attention';
import { summarizeAttention } from '../../engine/attentionSummary';
import { fromRows } from '../../engine/matrix';

describe('summarizeAttention', () => {
  it('sums each row and the part right of the diagonal, for a hand-written 3 × 3 matrix', () => {
    const weights = fromRows([
      [0.5, 0.25, 0.25],
      [0.1, 0.6, 0.3],
      [0.2, 0.3, 0.5],
    ]);
    const scores = fromRows([
      [1, 0, 0],
      [0, 1, -Infinity],
      [0, 0, 0],
    ]);
    const summary = summarizeAttention(weights, scores);
    expect(summary.rowSums.map((s) => Number(s.toFixed(12)))).toEqual([1, 1, 1]);
    expect(summary.laterWeights.map((s) => Number(s.toFixed(12)))).toEqual([0.5, 0.3, 0]);
    expect(summary.maskedCount).toBe(1);
  });

  it('finds n(n − 1)/2 masked scores and no weight on later tokens under a causal mask, with rows summing to 1', () => {
    const q = fromRows([[1, 0], [0, 1], [1, 1], [2, 0]]);
    const { weights, maskedScores } = scaledDotProductAttention(q, q, q, { causal: true });
    const summary = summarizeAttention(weights, maskedScores);
    expect(summary.maskedCount).toBe(6); // 4 × 3 / 2
    expect(summary.laterWeights).toEqual([0, 0, 0, 0]);
    for (const sum of summary.rowSums) expect(sum).toBeCloseTo(1, 12);
  });

  it('refuses weights and scores of different shapes', () => {
    expect(() => summarizeAttention(fromRows([[1]]), fromRows([[1, 2]]))).toThrow(/weights are 1 × 1, scores 1 × 2/);
  });
});
