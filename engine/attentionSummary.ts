import type { Matrix } from './matrix';

/** What a picture of an attention matrix states about it, row by row. */
export interface AttentionSummary {
  /** Σ_j w_ij for each row i: 1 for every query that can see at least one key. */
  rowSums: number[];
  /** Σ_{j > i} w_ij for each row i: the weight a token puts on tokens after it (0 under a causal mask). */
  laterWeights: number[];
  /** How many scores are −∞, that is, hidden by the mask. */
  maskedCount: number;
}

/**
 * Sums each row of a square attention weight matrix, in total and to the right of the diagonal, and counts the
 * masked (−∞) entries of its scores, so a picture can show that masking keeps rows at 1 and the future at 0.
 */
export function summarizeAttention(weights: Matrix, maskedScores: Matrix): AttentionSummary {
  if (weights.rows !== maskedScores.rows || weights.cols !== maskedScores.cols) {
    throw new RangeError(
      `summarizeAttention: weights are ${weights.rows} × ${weights.cols}, scores ${maskedScores.rows} × ${maskedScores.cols}`,
    );
  }
  const rowSums: number[] = [];
  const laterWeights: number[] = [];
  for (let i = 0; i < weights.rows; i++) {
    let total = 0;
    let later = 0;
    for (let j = 0; j < weights.cols; j++) {
      const w = weights.data[i * weights.cols + j];
      total += w;
      if (j > i) later += w;
    }
    rowSums.push(total);
    laterWeights.push(later);
  }
  let maskedCount = 0;
  for (const s of maskedScores.data) if (s === -Infinity) maskedCount += 1;
  return { rowSums, laterWeights, maskedCount };
}
