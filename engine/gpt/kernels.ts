import type { Floats } from './config';

/*
 * Fused element-wise loops of the tiny GPT: each walks its tensors once, row by row, and keeps sums in locals.
 * Every tensor is row-major; N is the number of token positions (B·T) and C the row length.
 */

/** out[n, c] += bias[c] for every row: adds a linear layer's bias in place. */
export function addBias(out: Floats, bias: Floats, N: number, C: number): void {
  for (let n = 0, p = 0; n < N; n++) for (let c = 0; c < C; c++, p++) out[p] += bias[c];
}

/** out[n, c] += residual[n, c] + bias[c]: a sublayer's output joins the residual stream, bias included, in one pass. */
export function addResidualAndBias(out: Floats, residual: Floats, bias: Floats, N: number, C: number): void {
  for (let n = 0, p = 0; n < N; n++) for (let c = 0; c < C; c++, p++) out[p] += residual[p] + bias[c];
}

/** dBias[c] += Σ_n dy[n, c]: a bias's gradient is the column sum of the output's gradient. */
export function addColumnSums(dBias: Floats, dy: Floats, N: number, C: number): void {
  for (let n = 0, p = 0; n < N; n++) for (let c = 0; c < C; c++, p++) dBias[c] += dy[p];
}

/** LayerNorm over each row: out = (x − mean)/√(var + ε) · gain + bias; keeps mean and 1/σ for the backward pass. */
export function layerNormForward(
  out: Floats, mean: Floats, rstd: Floats, x: Floats, gain: Floats, bias: Floats, N: number, C: number,
  epsilon: number,
): void {
  for (let n = 0; n < N; n++) {
    const row = n * C;
    let sum = 0;
    for (let c = 0; c < C; c++) sum += x[row + c];
    const mu = sum / C;
    let squares = 0;
    for (let c = 0; c < C; c++) { const d = x[row + c] - mu; squares += d * d; }
    const r = 1 / Math.sqrt(squares / C + epsilon);
    mean[n] = mu;
    rstd[n] = r;
    for (let c = 0; c < C; c++) out[row + c] = (x[row + c] - mu) * r * gain[c] + bias[c];
  }
}

/**
 * LayerNorm's backward pass: dx += r·(ĝ − mean(ĝ) − x̂·mean(ĝ·x̂)) with ĝ = dy·gain and x̂ the normalised input,
 * and the gain and bias gradients accumulated. dx is added to, because the residual stream already holds a gradient.
 */
export function layerNormBackward(
  dx: Floats, dGain: Floats, dBias: Floats, dy: Floats, x: Floats, mean: Floats, rstd: Floats, gain: Floats,
  N: number, C: number,
): void {
  for (let n = 0; n < N; n++) {
    const row = n * C;
    const mu = mean[n];
    const r = rstd[n];
    let meanG = 0;
    let meanGX = 0;
    for (let c = 0; c < C; c++) {
      const xhat = (x[row + c] - mu) * r;
      const g = dy[row + c] * gain[c];
      meanG += g;
      meanGX += g * xhat;
      dGain[c] += dy[row + c] * xhat;
      dBias[c] += dy[row + c];
    }
    meanG /= C;
    meanGX /= C;
    for (let c = 0; c < C; c++) {
      const xhat = (x[row + c] - mu) * r;
      dx[row + c] += r * (dy[row + c] * gain[c] - meanG - xhat * meanGX);
    }
  }
}

const GELU_SCALE = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;

/**
 * e^z for z ≤ 0 to float32 precision (relative error below 2e-7): z = k·ln 2 + r with |r| ≤ ½ln 2, e^r by its
 * Taylor series to r⁶, 2^k from a table. About twice as fast as Math.exp in V8; used only for float32 tensors.
 */
export function expNonPositiveFloat32(z: number): number {
  if (z <= -40) return 0; // below e^-40 ≈ 4e-18 the result is lost next to 1 anyway
  const k = (z * Math.LOG2E - 0.5) | 0;
  const r = z - k * Math.LN2;
  return (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r / 720)))))) * POW2_NEGATIVE[-k];
}

const POW2_NEGATIVE = Float64Array.from({ length: 64 }, (_, i) => 2 ** -i);

/**
 * GELU, tanh form (as in GPT-2): out = ½x(1 + tanh(√(2/π)(x + 0.044715x³))); keeps the tanh for the backward
 * pass. tanh comes from one exponential of a non-positive number, which never overflows.
 */
export function geluForward(out: Floats, tanhOut: Floats, x: Floats, length: number): void {
  const fast = out instanceof Float32Array;
  for (let i = 0; i < length; i++) {
    const v = x[i];
    const u = GELU_SCALE * (v + GELU_CUBIC * v * v * v);
    const z = -2 * Math.abs(u);
    const e = fast ? expNonPositiveFloat32(z) : Math.exp(z);
    const t = (u < 0 ? -1 : 1) * (1 - e) / (1 + e);
    tanhOut[i] = t;
    out[i] = 0.5 * v * (1 + t);
  }
}

/** GELU's backward pass, in place on dy: dy · [½(1 + t) + ½x(1 − t²)·√(2/π)(1 + 3·0.044715x²)]. */
export function geluBackward(dy: Floats, x: Floats, tanhOut: Floats, length: number): void {
  for (let i = 0; i < length; i++) {
    const v = x[i];
    const t = tanhOut[i];
    const slope = 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * GELU_SCALE * (1 + 3 * GELU_CUBIC * v * v);
    dy[i] *= slope;
  }
}

/**
 * Softmax cross-entropy over each row of logits (N, V): returns the mean of −log p[target] over rows whose target
 * is ≥ 0 (a negative target is ignored), and, when grad is given, writes dLoss/dlogits = (p − onehot)/count into it.
 */
export function crossEntropy(
  logits: Floats, targets: ArrayLike<number>, N: number, V: number, grad?: Floats,
): { loss: number; count: number } {
  let count = 0;
  for (let n = 0; n < N; n++) if (targets[n] >= 0) count++;
  let total = 0;
  const scale = count > 0 ? 1 / count : 0;
  for (let n = 0; n < N; n++) {
    const row = n * V;
    const target = targets[n];
    let max = -Infinity;
    for (let v = 0; v < V; v++) if (logits[row + v] > max) max = logits[row + v];
    let sum = 0;
    for (let v = 0; v < V; v++) sum += Math.exp(logits[row + v] - max);
    const logSum = Math.log(sum) + max;
    if (target >= 0) total += logSum - logits[row + target];
    if (grad) {
      for (let v = 0; v < V; v++) grad[row + v] = target >= 0 ? Math.exp(logits[row + v] - logSum) * scale : 0;
      if (target >= 0) grad[row + target] -= scale;
    }
  }
  return { loss: count > 0 ? total / count : NaN, count };
}
