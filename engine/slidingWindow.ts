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

/** Counts the work of a sliding window of `window` tokens against full causal attention over `tokens` tokens. */
export function slidingWindowSaving(tokens: number, window: number): WindowSaving {
  if (!Number.isInteger(tokens) || tokens < 1) {
    throw new RangeError(`slidingWindowSaving: tokens must be a whole number ≥ 1, got ${tokens}`);
  }
  const mask = slidingWindowMask(tokens, window);
  const windowPairs = visiblePairs(mask);
  const causalPairs = (tokens * (tokens + 1)) / 2;
  return { mask, windowPairs, causalPairs, fraction: windowPairs / causalPairs };
}

/**
 * How far back information can reach through `layers` stacked sliding-window layers: each layer moves it at most
 * window − 1 positions, and the next layer's window starts from there, so the reach adds up to layers · (window − 1).
 */
export function windowReach(window: number, layers: number): number {
  if (!Number.isInteger(window) || window < 1) {
    throw new RangeError(`windowReach: window must be a whole number ≥ 1, got ${window}`);
  }
  if (!Number.isInteger(layers) || layers < 0) {
    throw new RangeError(`windowReach: layers must be a whole number ≥ 0, got ${layers}`);
  }
  return layers * (window - 1);
}
