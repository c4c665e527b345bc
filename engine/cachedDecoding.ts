import type { GptModel } from './gpt/forward';
import { forwardSequence } from './gpt/forward';
import { appendToken, cachedTokenFlops, createKvCache, recomputeFlops } from './gpt/kvcache';

/** One step of generation with a KV cache, and what recomputing everything would have given and cost. */
export interface DecodingStep {
  /** 0-based position of the token fed in this step. */
  position: number;
  /** The token fed in (the prompt's first token, then each token the model chose). */
  input: number;
  /** The token the model chose next: the largest logit (lowest id on a tie). */
  next: number;
  /** Logits for the next token, computed with the cache (one new query against every cached key). */
  cachedLogits: Float64Array;
  /** Largest |cached − recomputed| over the logits, recomputed by a full forward pass over every token so far. */
  largestDifference: number;
  /** Positions whose keys and values are stored after this step. */
  cachedTokens: number;
  /** Bytes the cache holds after this step. */
  cacheBytes: number;
  /** FLOPs of this step with the cache, and if every position were recomputed. */
  flopsWithCache: number;
  flopsWithoutCache: number;
  /** Running totals of the two, up to and including this step. */
  totalWithCache: number;
  totalWithoutCache: number;
}

/** Bytes one position adds to a tiny GPT's cache: a key and a value of width C in each of L layers. */
export function cacheBytesPerToken(model: GptModel): number {
  const { layers, width, dtype } = model.config;
  return 2 * layers * width * (dtype === 'float64' ? 8 : 4);
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/**
 * Greedy generation through a KV cache for `steps` steps from one start token, checking every step's logits
 * against a full recomputation. Stops early at stopToken or when the context is full.
 */
export function traceCachedDecoding(model: GptModel, start: number, steps: number, stopToken?: number): DecodingStep[] {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a whole number ≥ 0 (got ${steps})`);
  const { width: C, layers: L, vocabSize: V, contextLength } = model.config;
  const cache = createKvCache(model);
  const perToken = cacheBytesPerToken(model);
  const sequence = [start];
  const trace: DecodingStep[] = [];
  let totalWithCache = 0;
  let totalWithoutCache = 0;
  for (let s = 0; s < Math.min(steps, contextLength); s++) {
    const input = sequence[s];
    const cachedLogits = appendToken(cache, input);
    const recomputed = forwardSequence(model, sequence).logits[s];
    let largestDifference = 0;
    for (let v = 0; v < V; v++) largestDifference = Math.max(largestDifference, Math.abs(cachedLogits[v] - recomputed[v]));
    const n = s + 1;
    const flopsWithCache = cachedTokenFlops(C, L, V, n);
    const flopsWithoutCache = recomputeFlops(C, L, V, n);
    totalWithCache += flopsWithCache;
    totalWithoutCache += flopsWithoutCache;
    const next = argmax(cachedLogits);
    trace.push({
      position: s, input, next, cachedLogits, largestDifference, cachedTokens: cache.length,
      cacheBytes: cache.length * perToken, flopsWithCache, flopsWithoutCache, totalWithCache, totalWithoutCache,
    });
    sequence.push(next);
    if (next === stopToken) break;
  }
  return trace;
}

/** Total FLOPs to produce n tokens one at a time, with a cache and by recomputing every prefix (Σ over 1 … n). */
export function generationWork(C: number, L: number, V: number, n: number): { withCache: number; withoutCache: number } {
  let withCache = 0;
  let withoutCache = 0;
  for (let k = 1; k <= n; k++) {
    withCache += cachedTokenFlops(C, L, V, k);
    withoutCache += recomputeFlops(C, L, V, k);
  }
  return { withCache, withoutCache };
}
