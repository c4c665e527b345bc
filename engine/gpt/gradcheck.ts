import { createRng } from '../random';
import { allocTensors } from './params';
import type { GptModel } from './forward';
import { lossAndGradient, lossOnly, type Batch } from './backward';
import { createWorkspace } from './workspace';
import { defaultKernelPath } from './wasm/detect';
import { createWasmTraining } from './wasm/training';

/** How far one tensor's analytic gradient is from central finite differences. */
export interface TensorGradientReport {
  name: string;
  /** Entries compared (all of them, or a seeded sample when the tensor is large). */
  checked: number;
  /** max over checked entries of |analytic − numeric| / max(|analytic|, |numeric|, floor). */
  worstRelativeError: number;
  worstAbsoluteError: number;
}

/** Options of gradientCheck. */
export interface GradientCheckOptions {
  /** Step h of the five-point difference (8(f(θ+h) − f(θ−h)) − (f(θ+2h) − f(θ−2h))) / 12h. */
  epsilon?: number;
  /** Check at most this many entries per tensor (a seeded sample); Infinity checks every entry. */
  maxEntriesPerTensor?: number;
  /** Gradients smaller than this are compared absolutely, since their relative error is only rounding noise. */
  floor?: number;
  /** Seed of the sample of entries. */
  seed?: number;
  /** 'wasm' checks the WebAssembly SIMD kernels (float32 models) on a copy of the weights; default TypeScript. */
  kernels?: 'typescript' | 'wasm';
}

/** The result of a gradient check: one report per parameter tensor and the worst relative error overall. */
export interface GradientCheckResult {
  tensors: TensorGradientReport[];
  worstRelativeError: number;
}

/**
 * Compares the hand-written backward pass with finite differences of the loss, tensor by tensor.
 * The model's weights are nudged and always restored exactly.
 */
export function gradientCheck(given: GptModel, batch: Batch, options: GradientCheckOptions = {}): GradientCheckResult {
  const { epsilon = given.config.dtype === 'float64' ? 1e-3 : 1e-2, maxEntriesPerTensor = Infinity, seed = 7 } = options;
  const floor = options.floor ?? (given.config.dtype === 'float64' ? 1e-5 : 1e-3);
  const wasm = options.kernels === 'wasm'
    ? createWasmTraining(given.config, defaultKernelPath('wasm') as 'wasm-simd', batch.batchSize, batch.time,
      given.params.data)
    : null;
  const model: GptModel = wasm ? { config: given.config, params: wasm.params } : given;
  const ws = wasm ? wasm.workspace : createWorkspace(model.config, batch.batchSize, batch.time);
  const grads = wasm ? wasm.grads : allocTensors(model.config);
  lossAndGradient(model, grads, ws, batch);
  const weights = model.params.data;
  const rng = createRng(seed);
  const tensors: TensorGradientReport[] = [];
  for (const spec of model.params.specs) {
    const indices = pickEntries(spec.size, maxEntriesPerTensor, rng.int);
    let worstRelativeError = 0;
    let worstAbsoluteError = 0;
    for (const local of indices) {
      const i = spec.offset + local;
      const numeric = fivePointDerivative(weights, i, epsilon, () => lossOnly(model, ws, batch));
      const analytic = grads.data[i];
      const absolute = Math.abs(analytic - numeric);
      const relative = absolute / Math.max(Math.abs(analytic), Math.abs(numeric), floor);
      if (!(relative <= worstRelativeError)) worstRelativeError = relative; // NaN wins, so a NaN is reported
      if (absolute > worstAbsoluteError) worstAbsoluteError = absolute;
    }
    tensors.push({ name: spec.name, checked: indices.length, worstRelativeError, worstAbsoluteError });
  }
  const worst = tensors.reduce(
    (w, t) => (t.worstRelativeError > w || Number.isNaN(t.worstRelativeError) ? t.worstRelativeError : w), 0);
  return { tensors, worstRelativeError: worst };
}

// The five-point stencil's error shrinks as h⁴, so a large h keeps rounding noise small too. The steps are
// measured after storing, so a float32 weight is differentiated over the step it can actually hold.
function fivePointDerivative(weights: Float32Array | Float64Array, i: number, h: number, loss: () => number): number {
  const saved = weights[i];
  const at = (step: number): [number, number] => {
    weights[i] = saved + step;
    const actual = weights[i] - saved;
    const value = loss();
    return [actual, value];
  };
  const [p1, f1] = at(h);
  const [m1, g1] = at(-h);
  const [p2, f2] = at(2 * h);
  const [m2, g2] = at(-2 * h);
  weights[i] = saved;
  const near = (f1 - g1) / (p1 - m1);
  const far = (f2 - g2) / (p2 - m2);
  return (4 * near - far) / 3;
}

function pickEntries(size: number, limit: number, draw: (n: number) => number): number[] {
  if (size <= limit) return Array.from({ length: size }, (_, i) => i);
  const chosen = new Set<number>();
  while (chosen.size < limit) chosen.add(draw(size));
  return [...chosen].sort((a, b) => a - b);
}
