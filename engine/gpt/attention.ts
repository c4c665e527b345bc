import type { Floats } from './config';

/*
 * Causal multi-head self-attention over packed projections. qkv is (B·T, 3C): each row holds the token's query,
 * key and value side by side, and head h uses columns h·hs … h·hs + hs − 1 of each. probs is (B, H, T, T).
 * Only the lower triangle is computed; the upper triangle stays exactly 0 (no token sees its future).
 */

/** ctx (B·T, C) = softmax(q·kᵀ/√hs, causal) · v for every head; the attention weights go to probs (B, H, T, T). */
export function causalAttentionForward(
  ctx: Floats, probs: Floats, qkv: Floats, B: number, T: number, C: number, H: number,
): void {
  const hs = C / H;
  const C3 = 3 * C;
  const scale = 1 / Math.sqrt(hs);
  ctx.fill(0, 0, B * T * C);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const probBase = (b * H + h) * T * T;
      for (let i = 0; i < T; i++) {
        const q = (b * T + i) * C3 + h * hs;
        const row = probBase + i * T;
        let max = -Infinity;
        for (let j = 0; j <= i; j++) {
          const k = (b * T + j) * C3 + C + h * hs;
          let s = 0;
          for (let e = 0; e < hs; e++) s += qkv[q + e] * qkv[k + e];
          s *= scale;
          probs[row + j] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let j = 0; j <= i; j++) {
          const w = Math.exp(probs[row + j] - max);
          probs[row + j] = w;
          sum += w;
        }
        const inv = 1 / sum;
        for (let j = i + 1; j < T; j++) probs[row + j] = 0;
        // (1, i+1) x (i+1, hs) -> (1, hs): the weighted average of the values this token may see
        const out = (b * T + i) * C + h * hs;
        for (let j = 0; j <= i; j++) {
          const w = probs[row + j] * inv;
          probs[row + j] = w;
          const v = (b * T + j) * C3 + 2 * C + h * hs;
          for (let e = 0; e < hs; e++) ctx[out + e] += w * qkv[v + e];
        }
      }
    }
  }
}

/**
 * The backward pass of causalAttentionForward: overwrites dqkv (B·T, 3C) with the gradients of queries, keys and
 * values, given dctx (B·T, C). rowScratch needs length ≥ T.
 */
export function causalAttentionBackward(
  dqkv: Floats, dctx: Floats, probs: Floats, qkv: Floats, B: number, T: number, C: number, H: number,
  rowScratch: Float64Array,
): void {
  const hs = C / H;
  const C3 = 3 * C;
  const scale = 1 / Math.sqrt(hs);
  dqkv.fill(0, 0, B * T * C3);
  const dp = rowScratch;
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const probBase = (b * H + h) * T * T;
      for (let i = 0; i < T; i++) {
        const row = probBase + i * T;
        const dOut = (b * T + i) * C + h * hs;
        // dp_j = dctx_i · v_j and dv_j += p_ij · dctx_i
        let weighted = 0;
        for (let j = 0; j <= i; j++) {
          const v = (b * T + j) * C3 + 2 * C + h * hs;
          const p = probs[row + j];
          let s = 0;
          for (let e = 0; e < hs; e++) {
            s += dctx[dOut + e] * qkv[v + e];
            dqkv[v + e] += p * dctx[dOut + e];
          }
          dp[j] = s;
          weighted += p * s;
        }
        // softmax backward: ds_j = p_ij (dp_j − Σ_j' p_ij' dp_j'), then through s = q·k/√hs
        const q = (b * T + i) * C3 + h * hs;
        for (let j = 0; j <= i; j++) {
          const ds = probs[row + j] * (dp[j] - weighted) * scale;
          const k = (b * T + j) * C3 + C + h * hs;
          for (let e = 0; e < hs; e++) {
            dqkv[q + e] += ds * qkv[k + e];
            dqkv[k + e] += ds * qkv[q + e];
          }
        }
      }
    }
  }
}
