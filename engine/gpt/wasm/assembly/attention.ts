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

// Lane l of the mask is all ones where from + l < count: the lanes of a row's last, partial vector that lie on or
// below the diagonal.
// @ts-ignore: decorator
@inline function lanesBelow(from: i32, count: i32): v128 {
  return i32x4.lt_s(i32x4.add(i32x4.splat(from), i32x4(0, 1, 2, 3)), i32x4.splat(count));
}

// The largest of a vector's lanes (no NaN rules: a NaN score makes the whole row NaN through exp anyway).
// @ts-ignore: decorator
@inline function hmax(v: v128): f32 {
  const a = f32x4.extract_lane(v, 0), b = f32x4.extract_lane(v, 1);
  const c = f32x4.extract_lane(v, 2), d = f32x4.extract_lane(v, 3);
  const ab = a > b ? a : b;
  const cd = c > d ? c : d;
  return ab > cd ? ab : cd;
}

// Zeroes a row from entry `from` to T.
function zeroFrom(row: usize, from: i32, T: i32): void {
  let j = from;
  for (; j + 4 <= T; j += 4) v128.store(row + (<usize>j << 2), f32x4.splat(0));
  for (; j < T; j++) store<f32>(row + (<usize>j << 2), 0);
}

// Scores of row i, scaled, become causal softmax weights in place (entries j > i set to 0). Everything runs four
// lanes at a time: the max with pmax (one instruction, where scalar max is a dozen), and the last partial vector
// with the lanes past the diagonal masked to 0, unless it would reach past the row's end.
function softmaxRow(row: usize, i: i32, T: i32, scale: f32): void {
  const count = i + 1;
  const whole = count & ~3;
  const rounded = (count + 3) & ~3;
  const padded = rounded <= T ? rounded : whole;
  let mv = f32x4.splat(-Infinity);
  let j = 0;
  for (; j < whole; j += 4) mv = f32x4.pmax(mv, v128.load(row + (<usize>j << 2)));
  let top = hmax(mv);
  for (; j < count; j++) { const s = load<f32>(row + (<usize>j << 2)); top = s > top ? s : top; }
  // rounding to float32 keeps order, so the largest scaled score is the scaled largest score
  const max = top * scale;
  const sv = f32x4.splat(scale);
  const maxv = f32x4.splat(max);
  let acc = f32x4.splat(0);
  j = 0;
  for (; j < padded; j += 4) {
    const p = row + (<usize>j << 2);
    const w = v128.and(expv(f32x4.sub(f32x4.mul(v128.load(p), sv), maxv)), lanesBelow(j, count));
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
  for (; j < padded; j += 4) { const p = row + (<usize>j << 2); v128.store(p, f32x4.mul(v128.load(p), inv)); }
  const invs: f32 = 1.0 / sum;
  for (; j < count; j++) { const p = row + (<usize>j << 2); store<f32>(p, load<f32>(p) * invs); }
  zeroFrom(row, padded > count ? padded : count, T);
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

/** Softmax backward on one row: ds_j = p_j (dp_j − Σ p·dp) · scale for j ≤ i, 0 beyond; masked tail as above. */
function softmaxBackwardRow(ds: usize, p: usize, i: i32, T: i32, scale: f32): void {
  const count = i + 1;
  const whole = count & ~3;
  const rounded = (count + 3) & ~3;
  const padded = rounded <= T ? rounded : whole;
  let acc = f32x4.splat(0);
  let j = 0;
  for (; j < padded; j += 4) {
    const q = <usize>j << 2;
    const mask = lanesBelow(j, count);
    acc = madd(v128.and(v128.load(p + q), mask), v128.and(v128.load(ds + q), mask), acc);
  }
  let weighted = hsum(acc);
  for (; j < count; j++) { const q = <usize>j << 2; weighted += load<f32>(p + q) * load<f32>(ds + q); }
  const wv = f32x4.splat(weighted);
  const sv = f32x4.splat(scale);
  j = 0;
  for (; j < padded; j += 4) {
    const q = <usize>j << 2;
    const grad = f32x4.mul(f32x4.mul(v128.load(p + q), f32x4.sub(v128.load(ds + q), wv)), sv);
    v128.store(ds + q, v128.and(grad, lanesBelow(j, count)));
  }
  for (; j < count; j++) {
    const q = <usize>j << 2;
    store<f32>(ds + q, load<f32>(p + q) * (load<f32>(ds + q) - weighted) * scale);
  }
  zeroFrom(ds, padded > count ? padded : count, T);
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
