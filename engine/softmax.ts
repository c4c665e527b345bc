import { matrix, type Matrix } from './matrix';
import type { Vector } from './vector';

/** Options for softmax: a temperature that sharpens (<1) or flattens (>1), and a mask of positions to exclude. */
export interface SoftmaxOptions {
  /** τ > 0: logits are divided by it; τ → 0 tends to argmax, τ → ∞ to uniform. Default 1. */
  temperature?: number;
  /** mask[i] === false removes position i: its score is treated as −∞ and its weight is exactly 0. */
  mask?: ArrayLike<boolean>;
}

// (zᵢ − max)/τ for every kept position and −∞ for masked ones, or null when nothing is kept. Subtracting the max
// before dividing keeps exp() from overflowing and lets a tiny temperature tend to argmax instead of ∞/∞ = NaN.
// Logits of +∞ outrank every finite logit and share the probability among themselves.
function shiftedLogits(name: string, logits: Vector, options: SoftmaxOptions): Float64Array | null {
  const { temperature = 1, mask } = options;
  if (!(temperature > 0)) throw new RangeError(`${name}: temperature must be positive`);
  const n = logits.length;
  if (mask && mask.length !== n) throw new RangeError(`${name}: mask has ${mask.length} entries for ${n} logits`);
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(logits[i])) throw new RangeError(`${name}: logit ${i} is not a number`);
    if (!mask || mask[i]) max = Math.max(max, logits[i]);
  }
  if (max === -Infinity) return null; // everything masked (or −∞): no distribution to speak of
  const shifted = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    if (mask && !mask[i]) continue;
    if (max === Infinity) shifted[i] = logits[i] === Infinity ? 0 : -Infinity;
    else shifted[i] = (logits[i] - max) / temperature;
  }
  return shifted;
}

/** Turns scores into probabilities that sum to 1; stable for very large or very small logits. */
export function softmax(logits: Vector, options: SoftmaxOptions = {}): Float64Array {
  const out = new Float64Array(logits.length);
  const shifted = shiftedLogits('softmax', logits, options);
  if (!shifted) return out;
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.exp(shifted[i]);
    total += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= total;
  return out;
}

/**
 * log softmax(z)ᵢ = zᵢ/τ − log Σⱼ exp(zⱼ/τ), computed without ever forming the probabilities, so a logit far below
 * the others gives a large negative number rather than log(0) = −∞. Masked positions give −∞.
 */
export function logSoftmax(logits: Vector, options: SoftmaxOptions = {}): Float64Array {
  const shifted = shiftedLogits('logSoftmax', logits, options);
  if (!shifted) return new Float64Array(logits.length).fill(-Infinity);
  let total = 0;
  for (let i = 0; i < shifted.length; i++) total += Math.exp(shifted[i]);
  const logTotal = Math.log(total);
  return shifted.map((value) => value - logTotal);
}

/** Options for softmaxRows: a temperature, and a mask over the whole matrix as rows of booleans. */
export interface SoftmaxRowsOptions {
  temperature?: number;
  /** mask[i][j] === false removes entry (i, j) from row i's distribution. */
  mask?: ArrayLike<ArrayLike<boolean>>;
}

/** Softmax applied to each row on its own (each query's scores become that query's weights). */
export function softmaxRows(scores: Matrix, options: SoftmaxRowsOptions = {}): Matrix {
  const { temperature, mask } = options;
  if (mask && mask.length !== scores.rows) {
    throw new RangeError(`softmaxRows: mask has ${mask.length} rows, scores have ${scores.rows}`);
  }
  const out = matrix(scores.rows, scores.cols);
  for (let i = 0; i < scores.rows; i++) {
    if (mask && mask[i].length !== scores.cols) {
      throw new RangeError(`softmaxRows: mask row ${i} has ${mask[i].length} entries, scores have ${scores.cols}`);
    }
    const row = scores.data.subarray(i * scores.cols, (i + 1) * scores.cols);
    out.data.set(softmax(row, { temperature, mask: mask?.[i] }), i * scores.cols);
  }
  return out;
}

/**
 * The Jacobian ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) of p = softmax(z) as an n × n matrix, diag(p) − ppᵀ: for a picture of how
 * raising one logit takes probability from all the others. Training code uses softmaxBackward instead.
 */
export function softmaxJacobian(probs: Vector): Matrix {
  const n = probs.length;
  const out = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) out.data[i * n + j] = (i === j ? probs[i] : 0) - probs[i] * probs[j];
  }
  return out;
}

/**
 * The backward pass of softmax: given p = softmax(z/τ) and g = ∂L/∂p, returns ∂L/∂z with entries
 * pᵢ·(gᵢ − Σⱼ pⱼgⱼ)/τ. The Jacobian diag(p) − ppᵀ is never built: that is T×T memory for a T-long row.
 */
export function softmaxBackward(probs: Vector, gradProbs: Vector, temperature = 1): Float64Array {
  if (probs.length !== gradProbs.length) {
    throw new RangeError(`softmaxBackward: ${probs.length} probabilities but ${gradProbs.length} gradients`);
  }
  if (!(temperature > 0)) throw new RangeError('softmaxBackward: temperature must be positive');
  let weighted = 0;
  for (let i = 0; i < probs.length; i++) weighted += probs[i] * gradProbs[i];
  const out = new Float64Array(probs.length);
  for (let i = 0; i < probs.length; i++) out[i] = (probs[i] * (gradProbs[i] - weighted)) / temperature;
  return out;
}
