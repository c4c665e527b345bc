import { expv, madd } from './simd';

/*
 * Element-wise kernels over flat tensors: GELU forward and backward, and the Adam update. The loop runs four lanes
 * at a time; the last length mod 4 entries go through the same vector code one lane at a time,
 * so every entry gets exactly the same arithmetic.
 */

const GELU_SCALE: f32 = 0.7978845608028654;
const GELU_CUBIC: f32 = 0.044715;
const SIGN = i32x4.splat(0x80000000);

// @ts-ignore: decorator
@inline function gelu4(v: v128, tanhOut: usize, out: usize, whole: bool): void {
  const u = f32x4.mul(f32x4.splat(GELU_SCALE), madd(f32x4.mul(f32x4.splat(GELU_CUBIC), v), f32x4.mul(v, v), v));
  const e = expv(f32x4.mul(f32x4.splat(-2.0), f32x4.abs(u)));
  const one = f32x4.splat(1.0);
  const magnitude = f32x4.div(f32x4.sub(one, e), f32x4.add(one, e));
  const t = v128.or(magnitude, v128.and(u, SIGN));
  const y = f32x4.mul(f32x4.mul(f32x4.splat(0.5), v), f32x4.add(one, t));
  if (whole) {
    v128.store(tanhOut, t);
    v128.store(out, y);
  } else {
    store<f32>(tanhOut, f32x4.extract_lane(t, 0));
    store<f32>(out, f32x4.extract_lane(y, 0));
  }
}

/** GELU, tanh form: out = ½x(1 + tanh(√(2/π)(x + 0.044715x³))); keeps the tanh for the backward pass. */
export function geluForward(out: usize, tanhOut: usize, x: usize, length: i32): void {
  const whole = length & ~3;
  let i = 0;
  for (; i < whole; i += 4) {
    const q = <usize>i << 2;
    gelu4(v128.load(x + q), tanhOut + q, out + q, true);
  }
  for (; i < length; i++) {
    const q = <usize>i << 2;
    gelu4(f32x4.splat(load<f32>(x + q)), tanhOut + q, out + q, false);
  }
}

// @ts-ignore: decorator
@inline function geluSlope(v: v128, t: v128): v128 {
  const half = f32x4.splat(0.5);
  const one = f32x4.splat(1.0);
  const inner = madd(f32x4.splat(3.0 * GELU_CUBIC), f32x4.mul(v, v), one);
  const right = f32x4.mul(f32x4.mul(f32x4.mul(half, v), f32x4.sub(one, f32x4.mul(t, t))),
    f32x4.mul(f32x4.splat(GELU_SCALE), inner));
  return madd(half, f32x4.add(one, t), right);
}

/** GELU backward in place on dy: dy · [½(1 + t) + ½x(1 − t²)·√(2/π)(1 + 3·0.044715x²)]. */
export function geluBackward(dy: usize, x: usize, tanhOut: usize, length: i32): void {
  const whole = length & ~3;
  let i = 0;
  for (; i < whole; i += 4) {
    const q = <usize>i << 2;
    v128.store(dy + q, f32x4.mul(v128.load(dy + q), geluSlope(v128.load(x + q), v128.load(tanhOut + q))));
  }
  for (; i < length; i++) {
    const q = <usize>i << 2;
    const s = geluSlope(f32x4.splat(load<f32>(x + q)), f32x4.splat(load<f32>(tanhOut + q)));
    store<f32>(dy + q, load<f32>(dy + q) * f32x4.extract_lane(s, 0));
  }
}

// @ts-ignore: decorator
@inline function adam4(
  p: usize, w: usize, g: usize, m: usize, v: usize, mask: usize, whole: bool,
  b1: f32, b2: f32, c1: f32, c2: f32, eps: f32, lr: f32, decay: f32,
): void {
  const gi = whole ? v128.load(g + p) : f32x4.splat(load<f32>(g + p));
  const mOld = whole ? v128.load(m + p) : f32x4.splat(load<f32>(m + p));
  const vOld = whole ? v128.load(v + p) : f32x4.splat(load<f32>(v + p));
  const wOld = whole ? v128.load(w + p) : f32x4.splat(load<f32>(w + p));
  const k = whole ? v128.load(mask + p) : f32x4.splat(load<f32>(mask + p));
  const mi = madd(f32x4.splat(b1), mOld, f32x4.mul(f32x4.splat(1 - b1), gi));
  const vi = madd(f32x4.splat(b2), vOld, f32x4.mul(f32x4.splat(1 - b2), f32x4.mul(gi, gi)));
  const root = f32x4.add(f32x4.sqrt(f32x4.mul(vi, f32x4.splat(c2))), f32x4.splat(eps));
  const update = f32x4.div(f32x4.mul(mi, f32x4.splat(c1)), root);
  const wi = f32x4.sub(wOld, madd(f32x4.splat(lr), update, f32x4.mul(f32x4.mul(k, f32x4.splat(decay)), wOld)));
  if (whole) {
    v128.store(m + p, mi); v128.store(v + p, vi); v128.store(w + p, wi);
  } else {
    store<f32>(m + p, f32x4.extract_lane(mi, 0));
    store<f32>(v + p, f32x4.extract_lane(vi, 0));
    store<f32>(w + p, f32x4.extract_lane(wi, 0));
  }
}

/**
 * Adam (AdamW when decay > 0) on flat buffers: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε) −
 * lr·λ·mask·θ, with c1 = 1/(1−β₁ᵗ) and c2 = 1/(1−β₂ᵗ) given; mask is 1 where decay applies and 0 elsewhere.
 */
export function adamUpdate(
  w: usize, g: usize, m: usize, v: usize, mask: usize, length: i32,
  b1: f32, b2: f32, c1: f32, c2: f32, eps: f32, lr: f32, decay: f32,
): void {
  const whole = length & ~3;
  let i = 0;
  for (; i < whole; i += 4) adam4(<usize>i << 2, w, g, m, v, mask, true, b1, b2, c1, c2, eps, lr, decay);
  for (; i < length; i++) adam4(<usize>i << 2, w, g, m, v, mask, false, b1, b2, c1, c2, eps, lr, decay);
}
