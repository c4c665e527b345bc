import { describe, expect, it } from 'vitest';
import { createRng, sampleIndex, type Rng } from '../../engine/random';

/** A stand-in generator whose uniform draws are the given numbers, in order. */
function fixedDraws(values: number[]): Rng {
  let i = 0;
  const next = () => values[i++];
  return { next, uniform: (lo, hi) => lo + (hi - lo) * next(), gaussian: () => 0, int: (n) => Math.floor(next() * n) };
}

describe('createRng', () => {
  it('gives different sequences for different seeds', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });
  it('keeps uniform draws inside [low, high) and integers inside [0, n)', () => {
    const rng = createRng(12);
    for (let i = 0; i < 1000; i++) {
      const u = rng.uniform(-2, 3);
      expect(u).toBeGreaterThanOrEqual(-2);
      expect(u).toBeLessThan(3);
      const n = rng.int(5);
      expect(Number.isInteger(n) && n >= 0 && n < 5).toBe(true);
    }
  });
  it('scales Gaussian draws by the mean and standard deviation given', () => {
    const rng = createRng(3);
    const draws = Array.from({ length: 20000 }, () => rng.gaussian(10, 0.5));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const std = Math.sqrt(draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.02);
    expect(Math.abs(std - 0.5)).toBeLessThan(0.02);
  });
});

describe('sampleIndex', () => {
  it('walks the running total: weights 0.2, 0.5, 0.3 split [0, 1) at 0.2 and 0.7', () => {
    expect(sampleIndex([0.2, 0.5, 0.3], fixedDraws([0.1]))).toBe(0);
    expect(sampleIndex([0.2, 0.5, 0.3], fixedDraws([0.69]))).toBe(1);
    expect(sampleIndex([0.2, 0.5, 0.3], fixedDraws([0.71]))).toBe(2);
  });
  it('uses weights in proportion when they do not sum to 1', () => {
    // Weights 1 and 3: u = 0.3 lands at 0.3 · 4 = 1.2, past the first weight.
    expect(sampleIndex([1, 3], fixedDraws([0.3]))).toBe(1);
  });
  it('never picks an index of weight 0, even when the draw is 0', () => {
    expect(sampleIndex([0, 1, 0], fixedDraws([0]))).toBe(1);
    const rng = createRng(5);
    for (let i = 0; i < 200; i++) expect(sampleIndex([0, 1, 0], rng)).toBe(1);
  });
  it('draws each index about as often as its probability says', () => {
    const rng = createRng(77);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[sampleIndex([0.1, 0.6, 0.3], rng)] += 1;
    [0.1, 0.6, 0.3].forEach((p, i) => expect(Math.abs(counts[i] / 20000 - p)).toBeLessThan(0.015));
  });
  it('refuses negative, NaN or all-zero weights', () => {
    const message = 'sampleIndex: weight 1 is -0.1, not a finite number ≥ 0';
    expect(() => sampleIndex([0.5, -0.1], createRng(1))).toThrow(message);
    expect(() => sampleIndex([NaN], createRng(1))).toThrow(RangeError);
    expect(() => sampleIndex([0, 0], createRng(1))).toThrow(/sum to 0/);
  });
});
