import { gemm } from './gemm';
import { expv, exps, hsum, madd } from './simd';

/*
 * Causal multi-head attention over packed projections, as in attention.ts: qkv is (B·T, 3C), head h uses
 * columns h·hs … of the query, key and value blocks; probs is (B, H, T, T). The products go through gemm on
 * strided views, skipping the blocks the causal mask makes zero (as the TypeScript kernel does); the softmax runs
 * four lanes at a time.
 */

// gemm regions (see gemm.ts): only the lower triangle of out; A zero for k > i; A zero for k < i.
const LOWER = 1;
const TO_ROW = 2;
const FROM_ROW = 3;

// Scores of row i, scaled, become causal softmax weights in place (entries j > i set to 0).
function softmaxRow(row: usize, i: i32, T: i32, scale: f32): void {
  const count = i + 1;
  const whole = count & ~3;
  let max: f32 = -Infinity;
  for (let j = 0; j < count; j++) max = Mathf.max(max, load<f32>(row + (<usize>j << 2)) * scale);
  const sv = f32x4.splat(scale);
  const mv = f32x4.splat(max);
  let acc = f32x4.splat(0);
  let j = 0;
  for (; j < whole; j += 4) {
    const p = row + (<usize>j << 2);
    const w = expv(f32x4.sub(f32x4.mul(v128.load(p), sv), mv));
    v128.store(p, w);
    acc = f32x4.add(acc, w);
  }
  let sum = hsum(acc);
  for (; j < count; j++) {
    const p = row + (<usize>j << 2);
    const w = exps(load<f32>(p) * scale - max);
    store<f32>(p, w);
    sum += w;
  }
  const inv = f32x4.splat(<f32>1.0 / sum);
  j = 0;
  for (; j < whole; j += 4) { const p = row + (<usize>j << 2); v128.store(p, f32x4.mul(v128.load(p), inv)); }
  const invs: f32 = 1.0 / sum;
  for (; j < count; j++) { const p = row + (<usize>j << 2); store<f32>(p, load<f32>(p) * invs); }
  for (; j < T; j++) store<f32>(row + (<usize>j << 2), 0);
}

/** ctx (B·T, C) = softmax(q·kᵀ/√hs, causal) · v per head; weights to probs (B, H, T, T). */
export function attentionForward(
  ctx: usize, probs: usize, qkv: usize, B: i32, T: i32, C: i32, H: i32, scratch: usize,
): void {
  const hs = C / H;
  const C3 = 3 * C;
  const scale: f32 = 1.0 / Mathf.sqrt(<f32>hs);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const base = probs + (<usize>((b * H + h) * T * T) << 2);
      const q = qkv + (<usize>(b * T * C3 + h * hs) << 2);
      const k = q + (<usize>C << 2);
      const v = q + (<usize>(2 * C) << 2);
      // (T, hs) x (hs, T) -> (T, T)
      gemm(T, T, hs, q, C3, 1, k, 1, C3, base, T, 0, scratch, LOWER);
      for (let i = 0; i < T; i++) softmaxRow(base + (<usize>(i * T) << 2), i, T, scale);
      // (T, T) x (T, hs) -> (T, hs), into this head's columns of ctx
      gemm(T, hs, T, base, T, 1, v, C3, 1, ctx + (<usize>(b * T * C + h * hs) << 2), C, 0, scratch, TO_ROW);
    }
  }
}

/** Softmax backward on one row: ds_j = p_j (dp_j − Σ p·dp) · scale for j ≤ i, 0 beyond. */
function softmaxBackwardRow(ds: usize, p: usize, i: i32, T: i32, scale: f32): void {
  const count = i + 1;
  const whole = count & ~3;
  let acc = f32x4.splat(0);
  let j = 0;
  for (; j < whole; j += 4) { const q = <usize>j << 2; acc = madd(v128.load(p + q), v128.load(ds + q), acc); }
  let weighted = hsum(acc);
  for (; j < count; j++) { const q = <usize>j << 2; weighted += load<f32>(p + q) * load<f32>(ds + q); }
  const wv = f32x4.splat(weighted);
  const sv = f32x4.splat(scale);
  j = 0;
  for (; j < whole; j += 4) {
    const q = <usize>j << 2;
    v128.store(ds + q, f32x4.mul(f32x4.mul(v128.load(p + q), f32x4.sub(v128.load(ds + q), wv)), sv));
  }
  for (; j < count; j++) {
    const q = <usize>j << 2;
    store<f32>(ds + q, load<f32>(p + q) * (load<f32>(ds + q) - weighted) * scale);
  }
  for (; j < T; j++) store<f32>(ds + (<usize>j << 2), 0);
}

/** Backward of attentionForward: overwrites dqkv (B·T, 3C) given dctx (B·T, C); ds is a (T, T) scratch. */
export function attentionBackward(
  dqkv: usize, dctx: usize, probs: usize, qkv: usize, B: i32, T: i32, C: i32, H: i32, ds: usize, scratch: usize,
): void {
  const hs = C / H;
  const C3 = 3 * C;
  const scale: f32 = 1.0 / Mathf.sqrt(<f32>hs);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const base = probs + (<usize>((b * H + h) * T * T) << 2);
      const off = <usize>(b * T * C3 + h * hs) << 2;
      const q = qkv + off;
      const k = q + (<usize>C << 2);
      const v = q + (<usize>(2 * C) << 2);
      const d = dctx + (<usize>(b * T * C + h * hs) << 2);
      // dP = dctx · vᵀ: (T, hs) x (hs, T) -> (T, T)
      gemm(T, T, hs, d, C, 1, v, 1, C3, ds, T, 0, scratch, LOWER);
      // dv = Pᵀ · dctx: (T, T)ᵀ x (T, hs) -> (T, hs)
      gemm(T, hs, T, base, 1, T, d, C, 1, dqkv + off + (<usize>(2 * C) << 2), C3, 0, scratch, FROM_ROW);
      for (let i = 0; i < T; i++) softmaxBackwardRow(ds + (<usize>(i * T) << 2), base + (<usize>(i * T) << 2), i, T, scale);
      // dq = dS · k, dk = dSᵀ · q: (T, T) x (T, hs) -> (T, hs)
      gemm(T, hs, T, ds, T, 1, k, C3, 1, dqkv + off, C3, 0, scratch, TO_ROW);
      gemm(T, hs, T, ds, 1, T, q, C3, 1, dqkv + off + (<usize>C << 2), C3, 0, scratch, FROM_ROW);
    }
  }
}
