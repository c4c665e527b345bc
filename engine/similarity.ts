import { softmax } from './softmax';
import { dot, weightedSum, type Vector } from './vector';

// Chapter 1's attention without any learned projections: a token scores every token by a dot product
// with its own vector, softmax turns the scores into weights, and the output is the weighted average.

/** The dot product of one query vector with each key vector, in order. */
export function similarityRow(query: Vector, keys: readonly Vector[]): number[] {
  return keys.map((key) => dot(query, key));
}

/** Every token's similarity with every token: entry [i][j] = vectors[i] · vectors[j]. Shape (T, T). */
export function similarityMatrix(vectors: readonly Vector[]): number[][] {
  return vectors.map((query) => similarityRow(query, vectors));
}

/** What one token computes when it attends: raw scores, the weights they become, and the mixed vector. */
export interface AttentionFromToken {
  /** scores[j] = vectors[query] · vectors[j]. */
  scores: number[];
  /** softmax(scores): non-negative and summing to 1. */
  weights: number[];
  /** Σ_j weights[j] · vectors[j]: the token's new vector, a blend of what it attended to. */
  output: number[];
}

/** Attention from the token at `query` over all tokens, using the token vectors themselves as queries, keys and values. */
export function attendFrom(query: number, vectors: readonly Vector[]): AttentionFromToken {
  if (!Number.isInteger(query) || query < 0 || query >= vectors.length) {
    throw new RangeError(`attendFrom: token ${query} is not in 0…${vectors.length - 1}`);
  }
  const scores = similarityRow(vectors[query], vectors);
  const weights = Array.from(softmax(scores));
  const output = Array.from(weightedSum(weights, vectors));
  return { scores, weights, output };
}

/** Maps each value to [0, 1] by where it sits between the smallest and largest (all 1 when they are equal). */
export function relativeStrength(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return values.map(() => 1);
  return values.map((v) => (v - min) / (max - min));
}

/** The terms of a dot product, a_i · b_i each, so a page can write the sum out in full. */
export function dotTerms(a: Vector, b: Vector): number[] {
  if (a.length !== b.length) throw new RangeError(`dotTerms: lengths differ (${a.length} vs ${b.length})`);
  return Array.from({ length: a.length }, (_, i) => a[i] * b[i]);
}

/** The index of the largest value (the first one on a tie), skipping index `exclude`; −1 when nothing is left. */
export function argmax(values: readonly number[], exclude?: number): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    if (i === exclude) continue;
    if (best === -1 || values[i] > values[best]) best = i;
  }
  return best;
}
