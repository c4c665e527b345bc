import { relu } from '../activations';
import { layerNorm } from '../layernorm';
import { fromRows, matmulRowVector } from '../matrix';
import type { Vector } from '../vector';

/** One token's trip through the MLP sub-layer, every stage kept for the page. */
export interface MlpStep {
  /** LN₂(h₁) (C), without gain or bias. */
  normalized: Float64Array;
  /** LN₂(h₁)·W_1 before the ReLU (C). */
  hiddenPre: Float64Array;
  /** ReLU of hiddenPre (C). */
  hidden: Float64Array;
  /** ReLU(LN₂(h₁)·W_1)·W_2 (C): what the MLP adds to the residual stream. */
  out: Float64Array;
  /** h₂ = h₁ + out (C). */
  h2: Float64Array;
}

/** Runs one token's h₁ (C) through LayerNorm (ε = 1e-5), W_1, ReLU and W_2, then adds it back: pre-norm, no biases. */
export function mlpStep(h1: Vector, w1: readonly Vector[], w2: readonly Vector[], eps = 1e-5): MlpStep {
  const normalized = layerNorm(h1, { eps }).output;
  const hiddenPre = matmulRowVector(normalized, fromRows(w1)); // (C)·(C × C) → C
  const hidden = hiddenPre.map(relu);
  const out = matmulRowVector(hidden, fromRows(w2));
  const h2 = out.map((value, i) => h1[i] + value);
  return { normalized, hiddenPre, hidden, out, h2 };
}

/** The seed's own h₁ for "on", as printed: x_on + its printed attention output. */
export const SEED_PRINTED_H1_ON = [-0.06, 0.49, 0.72, 0.34] as const;

/** The seed's printed MLP output for "on", which its matrices do reproduce from its printed h₁ (to two decimals). */
export const SEED_PRINTED_MLP_ON = [0.04, 0.17, 0.09, -0.04] as const;
