import { describe, expect, it } from 'vitest';
import { argmax, attendFrom, dotTerms, relativeStrength, similarityMatrix, similarityRow } from '../../engine/similarity';

describe('similarityRow and similarityMatrix', () => {
  it('scores a query against each key by a dot product: (1,2)·(3,4) = 11, orthogonal gives 0', () => {
    expect(similarityRow([1, 2], [[3, 4], [0, 0], [-2, 1]])).toEqual([11, 0, 0]);
  });
  it('is symmetric with squared lengths on the diagonal', () => {
    expect(similarityMatrix([[1, 0], [1, 1]])).toEqual([[1, 1], [1, 2]]);
  });
  it('gives a negative score to vectors pointing in opposite directions', () => {
    expect(similarityRow([1, 1], [[-2, -2]])).toEqual([-4]);
  });
});

describe('attendFrom', () => {
  it('turns scores 1 and 0 into weights e/(e+1) and 1/(e+1) and blends the vectors by them', () => {
    const { scores, weights, output } = attendFrom(0, [[1, 0], [0, 1]]);
    const a = Math.E / (Math.E + 1);
    expect(scores).toEqual([1, 0]);
    expect(weights[0]).toBeCloseTo(a, 14);
    expect(weights[1]).toBeCloseTo(1 - a, 14);
    expect(output[0]).toBeCloseTo(a, 14);
    expect(output[1]).toBeCloseTo(1 - a, 14);
  });
  it('averages evenly when every score ties: (0,0), (2,4), (6,8) from the zero vector give (8/3, 4)', () => {
    const { weights, output } = attendFrom(0, [[0, 0], [2, 4], [6, 8]]);
    weights.forEach((w) => expect(w).toBeCloseTo(1 / 3, 14));
    expect(output[0]).toBeCloseTo(8 / 3, 14);
    expect(output[1]).toBeCloseTo(4, 14);
  });
  it('refuses a token index outside the sentence', () => {
    expect(() => attendFrom(2, [[1], [2]])).toThrow(RangeError);
    expect(() => attendFrom(-1, [[1]])).toThrow(RangeError);
  });
});

describe('helpers for drawing', () => {
  it('places values between the smallest (0) and largest (1)', () => {
    expect(relativeStrength([2, 4, 6])).toEqual([0, 0.5, 1]);
    expect(relativeStrength([3, 3])).toEqual([1, 1]);
    expect(relativeStrength([])).toEqual([]);
  });
  it('lists the terms of a dot product: (1,2)·(3,−4) has terms 3 and −8', () => {
    expect(dotTerms([1, 2], [3, -4])).toEqual([3, -8]);
    expect(() => dotTerms([1], [1, 2])).toThrow(RangeError);
  });
  it('finds the largest value, first on ties, optionally skipping one index', () => {
    expect(argmax([1, 3, 3])).toBe(1);
    expect(argmax([1, 3, 3], 1)).toBe(2);
    expect(argmax([])).toBe(-1);
    expect(argmax([5], 0)).toBe(-1);
  });
});
