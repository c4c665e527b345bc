// Shared f32x4 helpers for the kernels. Compiled twice: with relaxed SIMD, madd is one fused instruction.

/** a·b + c on four lanes; fused (relaxed_madd) in the relaxed-SIMD build. */
// @ts-ignore: decorator
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/** The sum of a vector's four lanes. */
// @ts-ignore: decorator
@inline export function hsum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3);
}

/**
 * e^z on four lanes to float32 precision for z ≤ 0 (larger z is not used): z = k·ln2 + r with |r| ≤ ½ln2
 * (ln2 split in two so k·ln2 stays exact), e^r by its Taylor series to r⁶, 2^k built in the exponent bits.
 * k is rounded by adding 1.5·2²³, whose float32 ulp is 1: the sum's low mantissa bits are then k itself, so 2^k
 * is one shift of them, with no float-to-int conversion (which V8 expands to several instructions) and the same
 * k as f32x4.nearest. The product and the sum stay separate (never fused) so every build rounds alike.
 * Below −87 the result is flushed to 0, as e^−87 is already below float32's normal range.
 */
// @ts-ignore: decorator
@inline export function expv(z: v128): v128 {
  const small = f32x4.lt(z, f32x4.splat(-87.0));
  // pmax is one maxps; max's NaN and signed-zero rules cost V8 eight instructions, and agree with it here
  const zc = f32x4.pmax(z, f32x4.splat(-87.0));
  const shifted = f32x4.add(f32x4.mul(zc, f32x4.splat(1.4426950408889634)), f32x4.splat(12582912.0));
  const k = f32x4.sub(shifted, f32x4.splat(12582912.0));
  let r = f32x4.sub(zc, f32x4.mul(k, f32x4.splat(0.693359375)));
  r = f32x4.sub(r, f32x4.mul(k, f32x4.splat(-2.12194440e-4)));
  let p = f32x4.splat(1.0 / 720.0);
  p = madd(p, r, f32x4.splat(1.0 / 120.0));
  p = madd(p, r, f32x4.splat(1.0 / 24.0));
  p = madd(p, r, f32x4.splat(1.0 / 6.0));
  p = madd(p, r, f32x4.splat(0.5));
  p = madd(p, r, f32x4.splat(1.0));
  p = madd(p, r, f32x4.splat(1.0));
  // the bits of `shifted` are 0x4B400000 + k; shifted left 23 the constant drops out, leaving k in the exponent
  const scale = i32x4.add(i32x4.shl(shifted, 23), i32x4.splat(127 << 23));
  return v128.andnot(f32x4.mul(p, scale), small);
}

/** e^z for one z ≤ 0, by the same formula as expv (so vector and scalar tails agree). */
export function exps(z: f32): f32 {
  return f32x4.extract_lane(expv(f32x4.splat(z)), 0);
}
