import { describe, expect, it } from 'vitest';
import { attendWithQuery } from '../../engine/singleQuery';

describe('attendWithQuery', () => {
  const keys = [
    [1, 0],
    [0, 1],
    [-1, 0],
  ];
  const values = [
    [1, 0],
    [0, 1],
    [0, 0],
  ];

  it('scores q = (2, 1) against each key, divides by √2 and softmaxes, worked by hand', () => {
    const r = attendWithQuery([2, 1], keys, values);
    expect(r.rawScores).toEqual([2, 1, -2]);
    expect(r.scale).toBeCloseTo(1 / Math.SQRT2, 15);
    r.scaledScores.forEach((s, j) => expect(s).toBeCloseTo([2, 1, -2][j] / Math.SQRT2, 12));
    const e = [Math.exp(2 / Math.SQRT2), Math.exp(1 / Math.SQRT2), Math.exp(-2 / Math.SQRT2)];
    const z = e[0] + e[1] + e[2];
    r.weights.forEach((w, j) => expect(w).toBeCloseTo(e[j] / z, 12));
    expect(r.weightSum).toBeCloseTo(1, 12);
    // Output = w0·(1,0) + w1·(0,1) + w2·(0,0).
    expect(r.output[0]).toBeCloseTo(e[0] / z, 12);
    expect(r.output[1]).toBeCloseTo(e[1] / z, 12);
  });

  it('uses a given scale instead of 1/√d_k', () => {
    const r = attendWithQuery([2, 1], keys, values, { scale: 1 });
    expect(r.scaledScores).toEqual([2, 1, -2]);
  });

  it('gives equal weights when the query is zero', () => {
    const r = attendWithQuery([0, 0], keys, values);
    r.weights.forEach((w) => expect(w).toBeCloseTo(1 / 3, 12));
  });

  it('refuses an empty list of keys', () => {
    expect(() => attendWithQuery([1, 0], [], [])).toThrow('no keys');
  });
});
