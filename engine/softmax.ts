import type { Vector } from './vector';

/** Options for softmax: a temperature that sharpens (<1) or flattens (>1), and a mask of positions to exclude. */
export interface SoftmaxOptions {
  temperature?: number;
  /** mask[i] === false removes position i: its score is treated as −∞ and its weight is exactly 0. */
  mask?: ArrayLike<boolean>;
}

/** Turns scores into probabilities that sum to 1; stable for very large or very small logits. */
export function softmax(logits: Vector, options: SoftmaxOptions = {}): Float64Array {
  const { temperature = 1, mask } = options;
  if (!(temperature > 0)) throw new RangeError('softmax: temperature must be positive');
  const n = logits.length;
  const out = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (!mask || mask[i]) max = Math.max(max, logits[i] / temperature);
  if (max === -Infinity) return out; // everything masked: no distribution to speak of
  // Subtracting the max keeps exp() from overflowing; the result is unchanged.
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (mask && !mask[i]) continue;
    out[i] = Math.exp(logits[i] / temperature - max);
    total += out[i];
  }
  for (let i = 0; i < n; i++) out[i] /= total;
  return out;
}
