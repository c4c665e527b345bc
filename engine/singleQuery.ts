import { scaledDotProductAttention } from './attention';
import { fromRows, toRows } from './matrix';
import type { Vector } from './vector';

/** Every stage of attention for one query over a handful of keys, as plain arrays a table can print. */
export interface SingleQueryAttention {
  /** q · k_j for each key j. */
  rawScores: number[];
  /** The factor the scores were multiplied by (1/√d_k unless given). */
  scale: number;
  /** rawScores · scale. */
  scaledScores: number[];
  /** softmax(scaledScores): non-negative, summing to 1. */
  weights: number[];
  /** The sum of the weights as computed, shown so a reader can see it is 1. */
  weightSum: number;
  /** Σ_j weights[j] · values[j]: the query's new vector. */
  output: number[];
}

/**
 * Scaled dot-product attention for a single query (1 × d_k) over T keys (T × d_k) and T values (T × d_v),
 * computed by the engine's scaledDotProductAttention so the page shows the same numbers a full model would.
 */
export function attendWithQuery(
  query: Vector,
  keys: readonly Vector[],
  values: readonly Vector[],
  options: { scale?: number } = {},
): SingleQueryAttention {
  if (keys.length === 0) throw new RangeError('attendWithQuery: there are no keys to attend to');
  const result = scaledDotProductAttention(fromRows([query]), fromRows(keys), fromRows(values), options);
  const weights = toRows(result.weights)[0];
  return {
    rawScores: toRows(result.rawScores)[0],
    scale: result.scale,
    scaledScores: toRows(result.scaledScores)[0],
    weights,
    weightSum: weights.reduce((sum, w) => sum + w, 0),
    output: toRows(result.output)[0],
  };
}
