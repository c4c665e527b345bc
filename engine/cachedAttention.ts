import { scaledDotProductAttention } from './attention';
import { fromRows, matmulRowVector, type Matrix } from './matrix';
import type { Vector } from './vector';

/** One head's projections, row-vector convention: q = x·W_Q (C × hs), k = x·W_K (C × hs), v = x·W_V (C × hv). */
export interface HeadProjections {
  wQ: Matrix;
  wK: Matrix;
  wV: Matrix;
}

/** One decoding step of a single head: the new token's output, its attention weights and the grown cache. */
export interface CachedStep {
  /** Σⱼ softmax(q·kⱼ/√hs)·vⱼ over the cached tokens and the new one (hv). */
  output: number[];
  /** The weights over the t keys, the new token's own last (t). */
  weights: number[];
  /** The cache after this step: the given rows, then the new token's key (t × hs) and value (t × hv). */
  keys: number[][];
  values: number[][];
}

/**
 * One KV-cached step of a single attention head: computes only the new token's q, k and v, appends k and v to the
 * cache, and attends with the one query over every cached key. The cached rows are used as given (a real cache may
 * hold them rounded), never recomputed; with exact caches this equals the last row of full causal attention.
 */
export function attendWithCache(x: Vector, keys: readonly Vector[], values: readonly Vector[], head: HeadProjections): CachedStep {
  if (keys.length !== values.length) throw new RangeError(`attendWithCache: ${keys.length} cached keys but ${values.length} values`);
  const k = Array.from(matmulRowVector(x, head.wK)); // (C)·(C × hs) → hs
  const v = Array.from(matmulRowVector(x, head.wV)); // (C)·(C × hv) → hv
  const q = fromRows([matmulRowVector(x, head.wQ)]); // 1 × hs
  const grownKeys = [...keys.map((row) => Array.from(row)), k];
  const grownValues = [...values.map((row) => Array.from(row)), v];
  // One query against t keys: the causal mask puts it at the last position, so it sees them all.
  const result = scaledDotProductAttention(q, fromRows(grownKeys), fromRows(grownValues), { causal: true });
  return { output: Array.from(result.output.data), weights: Array.from(result.weights.data), keys: grownKeys, values: grownValues };
}
