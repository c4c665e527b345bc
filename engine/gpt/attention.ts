import type { Floats } from './config';
import { gemm } from './matmul';
import { expNonPositiveFloat32 } from './kernels';

/*
 * Causal multi-head self-attention over packed projections. qkv is (B·T, 3C): each row holds the token's query,
 * key and value side by side, and head h uses columns h·hs … h·hs + hs − 1 of each. probs is (B, H, T, T).
 * Each head's products are strided views handed to gemm, restricted to the causal triangle, so no copies are made.
 */

/** ctx (B·T, C) = softmax(q·kᵀ/√hs, causal) · v for every head; the attention weights go to probs (B, H, T, T). */
export function causalAttentionForward(
  ctx: Floats, probs: Floats, qkv: Floats, B: number, T: number, C: number, H: number,
): void {
  const hs = C / H;
  const C3 = 3 * C;
  const scale = 1 / Math.sqrt(hs);
  const fast = probs instanceof Float32Array; // float32 weights need only a float32-accurate exponential
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const base = (b * H + h) * T * T;
      const q = b * T * C3 + h * hs;
      // (T, hs) x (hs, T) -> (T, T) scores, lower triangle only
      gemm(T, T, hs, qkv, q, C3, 1, qkv, q + C, 1, C3, probs, base, T, false, 'lower');
      for (let i = 0; i < T; i++) {
        const row = base + i * T;
        let max = -Infinity;
        for (let j = 0; j <= i; j++) if (probs[row + j] * scale > max) max = probs[row + j] * scale;
        let sum = 0;
        for (let j = 0; j <= i; j++) {
          const z = probs[row + j] * scale - max;
          const w = fast ? expNonPositiveFloat32(z) : Math.exp(z);
          probs[row + j] = w;
          sum += w;
        }
        const inv = 1 / sum;
        for (let j = 0; j <= i; j++) probs[row + j] *= inv;
        for (let j = i + 1; j < T; j++) probs[row + j] = 0;
      }
      // (T, T) x (T, hs) -> (T, hs), written into this head's columns of ctx
      gemm(T, hs, T, probs, base, T, 1, qkv, q + 2 * C, C3, 1, ctx, b * T * C + h * hs, C, false, 'depthToRow');
    }
  }
}

/**
 * The backward pass of causalAttentionForward: overwrites dqkv (B·T, 3C) with the gradients of queries, keys and
 * values, given dctx (B·T, C). scratch needs length ≥ T·T.
 */
export function causalAttentionBackward(
  dqkv: Floats, dctx: Floats, probs: Floats, qkv: Floats, B: number, T: number, C: number, H: number,
  scratch: Floats,
): void {
  const hs = C / H;
  const C3 = 3 * C;
  const scale = 1 / Math.sqrt(hs);
  const ds = scratch;
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const base = (b * H + h) * T * T;
      const q = b * T * C3 + h * hs;
      const d = b * T * C + h * hs;
      // dP = dctx · vᵀ: (T, hs) x (hs, T) -> (T, T), lower triangle
      gemm(T, T, hs, dctx, d, C, 1, qkv, q + 2 * C, 1, C3, ds, 0, T, false, 'lower');
      // dv = Pᵀ · dctx: (T, T)ᵀ x (T, hs) -> (T, hs); only rows i ≥ j of P are non-zero
      gemm(T, hs, T, probs, base, 1, T, dctx, d, C, 1, dqkv, q + 2 * C, C3, false, 'depthFromRow');
      // softmax backward: dS_ij = P_ij (dP_ij − Σ_j' P_ij' dP_ij'), times the 1/√hs of the scores
      for (let i = 0; i < T; i++) {
        const row = base + i * T;
        let weighted = 0;
        for (let j = 0; j <= i; j++) weighted += probs[row + j] * ds[i * T + j];
        for (let j = 0; j <= i; j++) ds[i * T + j] = probs[row + j] * (ds[i * T + j] - weighted) * scale;
        for (let j = i + 1; j < T; j++) ds[i * T + j] = 0;
      }
      // dq = dS · k: (T, T) x (T, hs) -> (T, hs); dk = dSᵀ · q: (T, T)ᵀ x (T, hs) -> (T, hs)
      gemm(T, hs, T, ds, 0, T, 1, qkv, q + C, C3, 1, dqkv, q, C3, false, 'depthToRow');
      gemm(T, hs, T, ds, 0, 1, T, qkv, q, C3, 1, dqkv, q + C, C3, false, 'depthFromRow');
    }
  }
}
