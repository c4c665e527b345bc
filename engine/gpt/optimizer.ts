import { allocFloats, type Floats, type GptConfig } from './config';
import type { GptTensors } from './params';

/** Adam's settings; weightDecay > 0 makes it AdamW (decay applied to the weights directly, matrices only). */
export interface AdamOptions {
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Decoupled weight decay (AdamW): θ ← θ − lr·λ·θ each step, for matrices and embeddings, not gains or biases. */
  weightDecay: number;
}

/** Adam's defaults (Kingma & Ba), without weight decay. */
export const defaultAdamOptions: AdamOptions = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 };

/** Adam's running moments, one entry per parameter, and how many updates it has made. */
export interface AdamState {
  options: AdamOptions;
  firstMoment: Floats;
  secondMoment: Floats;
  /** 1 where weight decay applies, 0 where it does not. */
  decayMask: Uint8Array;
  step: number;
}

/** Fresh optimizer state for a model's parameters. */
export function createAdam(config: GptConfig, params: GptTensors, options: Partial<AdamOptions> = {}): AdamState {
  const merged = { ...defaultAdamOptions, ...options };
  if (!(merged.beta1 >= 0 && merged.beta1 < 1) || !(merged.beta2 >= 0 && merged.beta2 < 1)) {
    throw new RangeError('Adam betas must lie in [0, 1)');
  }
  if (!(merged.epsilon > 0) || !(merged.weightDecay >= 0)) throw new RangeError('Adam epsilon must be > 0, decay ≥ 0');
  const decayMask = new Uint8Array(params.data.length);
  for (const spec of params.specs) if (spec.decay) decayMask.fill(1, spec.offset, spec.offset + spec.size);
  const length = params.data.length;
  return {
    options: merged, decayMask, step: 0,
    firstMoment: allocFloats(config.dtype, length), secondMoment: allocFloats(config.dtype, length),
  };
}

/**
 * One Adam (or AdamW) update of weights in place, with bias-corrected moments:
 * m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·(m̂/(√v̂ + ε) + λθ).
 */
export function adamUpdate(state: AdamState, weights: Floats, grads: Floats, learningRate: number): void {
  const { beta1, beta2, epsilon, weightDecay } = state.options;
  state.step += 1;
  const correction1 = 1 / (1 - Math.pow(beta1, state.step));
  const correction2 = 1 / (1 - Math.pow(beta2, state.step));
  const m = state.firstMoment;
  const v = state.secondMoment;
  const mask = state.decayMask;
  const decay = learningRate * weightDecay;
  for (let i = 0; i < weights.length; i++) {
    const g = grads[i];
    const mi = beta1 * m[i] + (1 - beta1) * g;
    const vi = beta2 * v[i] + (1 - beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    const update = (mi * correction1) / (Math.sqrt(vi * correction2) + epsilon);
    weights[i] -= learningRate * update + (mask[i] === 1 ? decay * weights[i] : 0);
  }
}

/** The Euclidean norm of all gradients together, and scales them down to maxNorm when it exceeds it. */
export function clipGradientNorm(grads: Floats, maxNorm: number): number {
  let sum = 0;
  for (let i = 0; i < grads.length; i++) sum += grads[i] * grads[i];
  const norm = Math.sqrt(sum);
  if (maxNorm > 0 && norm > maxNorm) {
    const scale = maxNorm / norm;
    for (let i = 0; i < grads.length; i++) grads[i] *= scale;
  }
  return norm;
}
