import { matrix, type Matrix } from './matrix';
import type { Vector } from './vector';

/** LayerNorm settings. Without gain and bias the output is the plain normalised vector (the 002 walkthrough's form). */
export interface LayerNormOptions {
  /** γ (C): multiplies each normalised channel; omitted means all ones. */
  gain?: Vector;
  /** β (C): added after the gain; omitted means all zeros. */
  bias?: Vector;
  /** Added to the variance before the square root so a constant vector does not divide by zero. Default 1e-5. */
  eps?: number;
}

/** One vector's LayerNorm, with the intermediates a picture (and the backward pass) needs. */
export interface LayerNormResult {
  /** γ ⊙ normalized + β (C). */
  output: Float64Array;
  /** The vector's mean μ. */
  mean: number;
  /** The population variance σ² = mean of (x − μ)², dividing by C, not C − 1. */
  variance: number;
  /** 1 / √(σ² + eps). */
  inverseStd: number;
  /** x̂ = (x − μ) / √(σ² + eps): mean 0 and variance just under 1 (C). */
  normalized: Float64Array;
}

const DEFAULT_EPS = 1e-5;

function checkParameter(name: string, p: Vector | undefined, size: number): void {
  if (p && p.length !== size) throw new RangeError(`layerNorm: ${name} has ${p.length} entries, input has ${size}`);
}

/** Normalises one token's vector (C) to mean 0 and variance 1, then applies the optional gain and bias. */
export function layerNorm(x: Vector, options: LayerNormOptions = {}): LayerNormResult {
  const { gain, bias, eps = DEFAULT_EPS } = options;
  const size = x.length;
  if (size === 0) throw new RangeError('layerNorm: cannot normalise an empty vector');
  if (!(eps >= 0)) throw new RangeError('layerNorm: eps must be zero or positive');
  checkParameter('gain', gain, size);
  checkParameter('bias', bias, size);
  let mean = 0;
  for (let i = 0; i < size; i++) mean += x[i];
  mean /= size;
  let variance = 0;
  for (let i = 0; i < size; i++) variance += (x[i] - mean) ** 2;
  variance /= size;
  const inverseStd = 1 / Math.sqrt(variance + eps);
  const normalized = new Float64Array(size);
  const output = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    normalized[i] = (x[i] - mean) * inverseStd;
    output[i] = normalized[i] * (gain ? gain[i] : 1) + (bias ? bias[i] : 0);
  }
  return { output, mean, variance, inverseStd, normalized };
}

/** LayerNorm over every row of a T × C matrix: each token is normalised on its own. */
export function layerNormRows(x: Matrix, options: LayerNormOptions = {}): { output: Matrix; rows: LayerNormResult[] } {
  const output = matrix(x.rows, x.cols);
  const rows: LayerNormResult[] = [];
  for (let t = 0; t < x.rows; t++) {
    const row = layerNorm(x.data.subarray(t * x.cols, (t + 1) * x.cols), options);
    output.data.set(row.output, t * x.cols);
    rows.push(row);
  }
  return { output, rows };
}

/** Gradients of one vector's LayerNorm with respect to its input, gain and bias. */
export interface LayerNormGradients {
  /** ∂L/∂x (C). */
  gradInput: Float64Array;
  /** ∂L/∂γ = ∂L/∂y ⊙ x̂ (C). */
  gradGain: Float64Array;
  /** ∂L/∂β = ∂L/∂y (C). */
  gradBias: Float64Array;
}

/**
 * Backward pass of layerNorm for one vector, from the forward result and ∂L/∂output. With g = ∂L/∂x̂ = γ ⊙ ∂L/∂y:
 *   ∂L/∂x = (1/σ) · (g − mean(g) − x̂ · mean(g ⊙ x̂)),
 * because shifting x does not change x̂ (hence the mean(g) term) and scaling x does not either (the x̂ term).
 */
export function layerNormBackward(
  gradOutput: Vector,
  forward: Pick<LayerNormResult, 'normalized' | 'inverseStd'>,
  gain?: Vector,
): LayerNormGradients {
  const { normalized, inverseStd } = forward;
  const size = normalized.length;
  if (gradOutput.length !== size) {
    throw new RangeError(`layerNormBackward: ${gradOutput.length} gradients for a vector of ${size}`);
  }
  if (gain && gain.length !== size) {
    throw new RangeError(`layerNormBackward: gain has ${gain.length} entries, input has ${size}`);
  }
  const g = new Float64Array(size);
  const gradGain = new Float64Array(size);
  const gradBias = new Float64Array(size);
  let meanG = 0;
  let meanGX = 0;
  for (let i = 0; i < size; i++) {
    g[i] = gradOutput[i] * (gain ? gain[i] : 1);
    gradGain[i] = gradOutput[i] * normalized[i];
    gradBias[i] = gradOutput[i];
    meanG += g[i];
    meanGX += g[i] * normalized[i];
  }
  meanG /= size;
  meanGX /= size;
  const gradInput = new Float64Array(size);
  for (let i = 0; i < size; i++) gradInput[i] = inverseStd * (g[i] - meanG - normalized[i] * meanGX);
  return { gradInput, gradGain, gradBias };
}
