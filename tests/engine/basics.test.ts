import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine/random';
import { softmax } from '../../engine/softmax';
import { dot, weightedSum } from '../../engine/vector';

describe('dot and weightedSum', () => {
  it('multiplies matching entries and adds them', () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(4 - 10 + 18);
  });
  it('refuses vectors of different lengths', () => {
    expect(() => dot([1], [1, 2])).toThrow(RangeError);
  });
  it('weights each vector and adds them', () => {
    expect(Array.from(weightedSum([0.25, 0.75], [[4, 0], [0, 8]]))).toEqual([1, 6]);
  });
});

describe('softmax', () => {
  it('gives e/(e+1) and 1/(e+1) for logits 1 and 0', () => {
    const [a, b] = softmax([1, 0]);
    expect(a).toBeCloseTo(Math.E / (Math.E + 1), 15);
    expect(b).toBeCloseTo(1 / (Math.E + 1), 15);
  });
  it('survives logits of ±1000 and still sums to 1', () => {
    const p = softmax([1000, -1000, 999]);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 15);
    expect(p[1]).toBe(0);
    expect(p[0] / p[2]).toBeCloseTo(Math.E, 10);
  });
  it('gives masked positions exactly zero', () => {
    const p = softmax([3, 1, 2], { mask: [true, false, true] });
    expect(p[1]).toBe(0);
    expect(p[0]).toBeCloseTo(Math.E / (Math.E + 1), 15);
  });
  it('flattens towards uniform as temperature grows', () => {
    const p = softmax([2, 0], { temperature: 2 });
    expect(p[0]).toBeCloseTo(Math.E / (Math.E + 1), 15);
  });
});

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect([a.next(), a.next(), a.gaussian()]).toEqual([b.next(), b.next(), b.gaussian()]);
  });
  it('draws Gaussians with mean near 0 and variance near 1', () => {
    const rng = createRng(7);
    const draws = Array.from({ length: 20000 }, () => rng.gaussian());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
