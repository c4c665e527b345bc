import { expect } from 'vitest';
import type { Rng } from '../../../../engine/random';

/**
 * Fails on the first entry where |actual − expected| > 1e-5·scale + 1e-6: float32 rounding of the terms summed (scale
 * is their total magnitude, per entry or for all), plus a small absolute floor.
 */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, scale: ArrayLike<number> | number, label: string): void {
  expect(actual.length, label).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const bound = 1e-5 * (typeof scale === 'number' ? scale : scale[i]) + 1e-6;
    if (!(Math.abs(actual[i] - expected[i]) <= bound)) {
      expect.fail(`${label}: entry ${i} is ${actual[i]}, reference ${expected[i]} (bound ${bound})`);
    }
  }
}

/** Gaussian inputs in the wasm memory (float32) and the same values in float64, for the reference kernel. */
export function randomPair(floats: (length: number) => Float32Array, rng: Rng) {
  return (length: number, scale = 1): { f32: Float32Array; f64: Float64Array } => {
    const f32 = floats(length);
    for (let i = 0; i < length; i++) f32[i] = rng.gaussian(0, scale);
    return { f32, f64: Float64Array.from(f32) };
  };
}
