/**
 * Rounding to IEEE 754 half precision (float16), the 16-bit numbers real KV caches are usually stored in: 1 sign bit,
 * 5 exponent bits, 10 fraction bits, so about 3 significant decimal digits and nothing above 65,504.
 */

const MAX_HALF = 65504;
const MIN_NORMAL_EXPONENT = -14;
const FRACTION_BITS = 10;

/** Rounds to the nearest even multiple of a power of two; spacing times an integer is exact in float64. */
function roundToSpacing(magnitude: number, spacing: number): number {
  const scaled = magnitude / spacing;
  const floor = Math.floor(scaled);
  const rest = scaled - floor;
  const rounded = rest > 0.5 || (rest === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
  return rounded * spacing;
}

/** x rounded to the nearest float16 (ties to even), returned as an ordinary number; beyond ±65,504 it is ±∞. */
export function roundToHalf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const magnitude = Math.abs(x);
  let exponent = Math.floor(Math.log2(magnitude));
  // log2 can land one off near a power of two; settle it exactly.
  if (2 ** exponent > magnitude) exponent -= 1;
  if (2 ** (exponent + 1) <= magnitude) exponent += 1;
  // Below the smallest normal number the spacing stays that of the subnormals, 2^−24.
  const spacing = 2 ** (Math.max(exponent, MIN_NORMAL_EXPONENT) - FRACTION_BITS);
  const rounded = roundToSpacing(magnitude, spacing);
  const result = rounded > MAX_HALF ? Infinity : rounded;
  return x < 0 ? -result : result;
}
