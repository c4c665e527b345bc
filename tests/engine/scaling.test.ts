import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine/random';
import { meanAndSpread, randomDotProducts, scalingExperiment } from '../../engine/scaling';

describe('meanAndSpread', () => {
  it('gives mean 2.5 and spread √1.25 for 1, 2, 3, 4', () => {
    const { mean, std } = meanAndSpread([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    // Deviations ±1.5, ±0.5: squares 2.25 + 0.25 + 0.25 + 2.25 = 5, over 4 = 1.25.
    expect(std).toBeCloseTo(Math.sqrt(1.25), 15);
  });
  it('refuses an empty list', () => {
    expect(() => meanAndSpread([])).toThrow('no values');
  });
});

describe('randomDotProducts', () => {
  it('has a spread close to √d_k, as the variance argument predicts (d_k = 1, 16, 64, 256)', () => {
    for (const dims of [1, 16, 64, 256]) {
      const { mean, std } = meanAndSpread(randomDotProducts(dims, 4000, createRng(7)));
      expect(Math.abs(std / Math.sqrt(dims) - 1)).toBeLessThan(0.05);
      expect(Math.abs(mean)).toBeLessThan(0.1 * Math.sqrt(dims));
    }
  });
  it('gives the same numbers for the same seed', () => {
    expect(randomDotProducts(8, 5, createRng(3))).toEqual(randomDotProducts(8, 5, createRng(3)));
  });
  it('refuses a d_k that is not a whole number of at least 1', () => {
    expect(() => randomDotProducts(0, 5, createRng(1))).toThrow('d_k must be a whole number');
    expect(() => randomDotProducts(2.5, 5, createRng(1))).toThrow(RangeError);
  });
});

describe('scalingExperiment', () => {
  const base = { tokens: 8, pairs: 2000, seed: 11, trials: 50 };

  it('draws the query and keys from the seeded generator and scores them by plain dot products', () => {
    const r = scalingExperiment(4, { ...base, scaled: false });
    // The same draws, in the same order, by hand: one query row, then eight key rows.
    const rng = createRng(11);
    const q = Array.from({ length: 4 }, () => rng.gaussian());
    const keys = Array.from({ length: 8 }, () => Array.from({ length: 4 }, () => rng.gaussian()));
    keys.forEach((k, j) => expect(r.rawScores[j]).toBeCloseTo(q[0] * k[0] + q[1] * k[1] + q[2] * k[2] + q[3] * k[3], 12));
    expect(r.usedScores).toEqual(r.rawScores);
  });

  it('divides the scores by √d_k when scaled, leaving the raw scores alone', () => {
    const raw = scalingExperiment(64, { ...base, scaled: false });
    const scaled = scalingExperiment(64, { ...base, scaled: true });
    expect(scaled.rawScores).toEqual(raw.rawScores);
    scaled.usedScores.forEach((s, j) => expect(s).toBeCloseTo(raw.rawScores[j] / 8, 12));
    expect(scaled.predictedSpread).toBe(8);
  });

  it('collapses softmax onto one token at d_k = 512 without scaling, and keeps it spread with scaling', () => {
    const raw = scalingExperiment(512, { ...base, scaled: false });
    const scaled = scalingExperiment(512, { ...base, scaled: true });
    expect(raw.maxWeight).toBeGreaterThan(0.99);
    expect(raw.maxGradient).toBeLessThan(0.01);
    expect(scaled.maxWeight).toBeLessThan(0.9);
    expect(scaled.maxGradient).toBeGreaterThan(0.05);
  });

  it('reports max_j w_j(1 − w_j) and the largest weight from the weights it shows', () => {
    const r = scalingExperiment(16, { ...base, scaled: true });
    const z = r.usedScores.reduce((sum, s) => sum + Math.exp(s), 0);
    r.weights.forEach((w, j) => expect(w).toBeCloseTo(Math.exp(r.usedScores[j]) / z, 12));
    expect(r.maxWeight).toBe(Math.max(...r.weights));
    expect(r.maxGradient).toBeCloseTo(Math.max(...r.weights.map((w) => w - w * w)), 15);
  });

  it('averages the largest weight over fresh draws taken after the shown draw and the spread pairs', () => {
    const r = scalingExperiment(2, { tokens: 3, pairs: 4, seed: 5, trials: 2, scaled: true });
    const rng = createRng(5);
    const draw = (n: number) => Array.from({ length: n }, () => rng.gaussian());
    draw(2 + 3 * 2); // the shown query and keys
    for (let p = 0; p < 4 * 2 * 2; p++) rng.gaussian(); // the spread pairs
    let total = 0;
    for (let t = 0; t < 2; t++) {
      const q = draw(2);
      const keys = [draw(2), draw(2), draw(2)];
      const e = keys.map((k) => Math.exp((q[0] * k[0] + q[1] * k[1]) / Math.SQRT2));
      total += Math.max(...e) / e.reduce((a, b) => a + b, 0);
    }
    expect(r.averageMaxWeight).toBeCloseTo(total / 2, 12);
  });

  it('on average, unscaled softmax nears one-hot as d_k grows while scaled softmax stays spread', () => {
    const avg = (dims: number, scaled: boolean) => scalingExperiment(dims, { ...base, trials: 200, scaled }).averageMaxWeight;
    expect(avg(512, false)).toBeGreaterThan(0.9);
    expect(avg(512, false)).toBeGreaterThan(avg(16, false));
    for (const dims of [4, 64, 512]) {
      expect(avg(dims, true)).toBeGreaterThan(0.3);
      expect(avg(dims, true)).toBeLessThan(0.6);
    }
  });

  it('refuses zero trials rather than show a meaningless average', () => {
    expect(() => scalingExperiment(4, { ...base, trials: 0, scaled: true })).toThrow('trials must be a whole number');
  });
});
