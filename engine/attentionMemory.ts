import { slidingWindowMask } from './attention';

/** The shape of a model's key/value cache. */
export interface KvCacheShape {
  /** Transformer blocks; each keeps its own keys and values. */
  layers: number;
  /** Key/value heads per layer: equal to the query heads in plain multi-head attention, fewer with grouped-query. */
  kvHeads: number;
  /** hs, the numbers per head per token. */
  headSize: number;
  /** How many tokens are cached. */
  tokens: number;
  /** Bytes per number: 2 for 16-bit floats. */
  bytesPerNumber: number;
}

/** Bytes a KV cache holds: 2 (a key and a value) · layers · kvHeads · hs · tokens · bytes per number. */
export function kvCacheBytes(shape: KvCacheShape): number {
  for (const [name, value] of Object.entries(shape)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`kvCacheBytes: ${name} must be a whole number ≥ 0, got ${value}`);
  }
  const { layers, kvHeads, headSize, tokens, bytesPerNumber } = shape;
  return 2 * layers * kvHeads * headSize * tokens * bytesPerNumber;
}

/** How many (query, key) pairs a mask lets attention compute: the true entries. */
export function visiblePairs(mask: readonly (readonly boolean[])[]): number {
  return mask.reduce((sum, row) => sum + row.filter(Boolean).length, 0);
}

/** What a sliding window saves over full causal attention for T tokens. */
export interface WindowSaving {
  /** The mask itself (T × T), from the engine's slidingWindowMask. */
  mask: boolean[][];
  /** Pairs computed with the window: Σᵢ min(i + 1, w). */
  windowPairs: number;
  /** Pairs computed by full causal attention: T(T + 1)/2. */
  causalPairs: number;
  /** windowPairs / causalPairs. */
  fraction: number;
}

/** Counts the work of a sliding window of `window` tokens against full causal attention over `tokens` tokens. */
export function slidingWindowSaving(tokens: number, window: number): WindowSaving {
  if (!Number.isInteger(tokens) || tokens < 1) throw new RangeError(`slidingWindowSaving: tokens must be a whole number ≥ 1, got ${tokens}`);
  const mask = slidingWindowMask(tokens, window);
  const windowPairs = visiblePairs(mask);
  const causalPairs = (tokens * (tokens + 1)) / 2;
  return { mask, windowPairs, causalPairs, fraction: windowPairs / causalPairs };
}
