import { describe, expect, it } from 'vitest';
import { add, cosineSimilarity, norm, scale, subtract } from '../../engine/vector';

describe('vector arithmetic', () => {
  it('adds and subtracts entry by entry', () => {
    expect(Array.from(add([1, 2, 3], [10, 20, 30]))).toEqual([11, 22, 33]);
    expect(Array.from(subtract([1, 2, 3], [10, 20, 30]))).toEqual([-9, -18, -27]);
  });
  it('scales every entry by the same factor', () => {
    expect(Array.from(scale([1, -2, 0.5], 4))).toEqual([4, -8, 2]);
  });
  it('refuses to add vectors of different lengths', () => {
    expect(() => add([1, 2], [1])).toThrow(RangeError);
    expect(() => subtract([1], [1, 2])).toThrow(/lengths differ/);
  });
});

describe('norm', () => {
  it('gives 5 for the 3-4-5 right triangle', () => {
    expect(norm([3, 4])).toBe(5);
  });
  it('gives 0 for the zero vector and 1 for a unit vector', () => {
    expect(norm([0, 0, 0])).toBe(0);
    expect(norm([0, 0, 1])).toBe(1);
  });
  it('does not overflow for entries whose squares exceed the largest float', () => {
    // (1e200)² = 1e400 is beyond Number.MAX_VALUE ≈ 1.8e308, yet the length √2·1e200 is not.
    expect(norm([1e200, 1e200]) / 1e200).toBeCloseTo(Math.SQRT2, 14);
  });
});

describe('cosineSimilarity', () => {
  it('is 1 for vectors in the same direction whatever their lengths', () => {
    expect(cosineSimilarity([1, 1], [5, 5])).toBeCloseTo(1, 15);
  });
  it('is 0 for perpendicular vectors and −1 for opposite ones', () => {
    expect(cosineSimilarity([1, 0], [0, 2])).toBe(0);
    expect(cosineSimilarity([1, 2], [-2, -4])).toBeCloseTo(-1, 15);
  });
  it('is cos 45° = 1/√2 between the x axis and the diagonal', () => {
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 15);
  });
  it('reports 0 rather than NaN when one vector is zero', () => {
    expect(cosineSimilarity([0, 0], [1, 2])).toBe(0);
  });
  it('never leaves [−1, 1] even when rounding would push it out', () => {
    const v = [0.1, 0.2, 0.3, 0.7, 1e-9];
    const c = cosineSimilarity(v, v);
    expect(c).toBeLessThanOrEqual(1);
    expect(c).toBeCloseTo(1, 15);
  });
});
