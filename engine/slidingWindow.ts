import { slidingWindowMask } from './attention';

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

/** Counts the work of a sliding window of `windowSize` tokens against full causal attention over `tokens` tokens. */
export function slidingWindowSaving(tokens: number, windowSize: number): WindowSaving {
  if (!Number.isInteger(tokens) || tokens < 1) {
    throw new RangeError(`slidingWindowSaving: tokens must be a whole number ≥ 1, got ${tokens}`);
  }
  const mask = slidingWindowMask(tokens, windowSize);
  const windowPairs = visiblePairs(mask);
  const causalPairs = (tokens * (tokens + 1)) / 2;
  return { mask, windowPairs, causalPairs, fraction: windowPairs / causalPairs };
}

/**
 * How far back information can reach through `layers` stacked sliding-window layers: each layer moves it at most
 * windowSize − 1 positions, and the next layer's window starts from there, so the reach adds up to layers · (windowSize − 1).
 */
export function windowReach(windowSize: number, layers: number): number {
  if (!Number.isInteger(windowSize) || windowSize < 1) {
    throw new RangeError(`windowReach: the window size must be a whole number ≥ 1, got ${windowSize}`);
  }
  if (!Number.isInteger(layers) || layers < 0) {
    throw new RangeError(`windowReach: layers must be a whole number ≥ 0, got ${layers}`);
  }
  return layers * (windowSize - 1);
}
