import { describe, expect, it } from 'vitest';
import { relu } from '../../engine/activations';
import { layerNorm, layerNormBackward, layerNormRows } from '../../engine/layernorm';
import { fromRows, mapMatrix, matmulRowVector } from '../../engine/matrix';
import { createRng } from '../../engine/random';
import { numericalGradient, relativeError, weightedTotal } from './support/gradcheck';

function meanAndVariance(values: ArrayLike<number>): [number, number] {
  const list = Array.from(values);
  const mean = list.reduce((s, x) => s + x, 0) / list.length;
  return [mean, list.reduce((s, x) => s + (x - mean) ** 2, 0) / list.length];
}

describe('layerNorm forward', () => {
  it('normalises (1, 2, 3, 4) by hand: mean 2.5, variance 1.25', () => {
    // Deviations −1.5, −0.5, 0.5, 1.5; variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25; divide by √1.25.
    const { mean, variance, normalized, output } = layerNorm([1, 2, 3, 4], { eps: 0 });
    expect(mean).toBe(2.5);
    expect(variance).toBe(1.25);
    const expected = [-1.5, -0.5, 0.5, 1.5].map((d) => d / Math.sqrt(1.25));
    expected.forEach((value, i) => {
      expect(normalized[i]).toBeCloseTo(value, 15);
      expect(output[i]).toBeCloseTo(value, 15);
    });
  });
  it('applies gain then bias to the normalised vector', () => {
    const { output } = layerNorm([1, 3], { eps: 0, gain: [2, 3], bias: [10, 0] });
    // (1, 3) normalises to (−1, 1); then (2·−1 + 10, 3·1 + 0) = (8, 3).
    expect(Array.from(output)).toEqual([8, 3]);
  });
  it('gives output with mean 0 and variance 1 for any input', () => {
    const rng = createRng(21);
    for (let trial = 0; trial < 5; trial++) {
      const x = Array.from({ length: 16 }, () => rng.gaussian(rng.uniform(-50, 50), rng.uniform(0.1, 20)));
      const [mean, variance] = meanAndVariance(layerNorm(x, { eps: 0 }).output);
      expect(mean).toBeCloseTo(0, 13);
      expect(variance).toBeCloseTo(1, 13);
    }
  });
  it('maps a constant vector to zeros, not NaN, thanks to eps', () => {
    expect(Array.from(layerNorm([4, 4, 4]).output)).toEqual([0, 0, 0]);
  });
  it('refuses an empty vector and a gain of the wrong length', () => {
    expect(() => layerNorm([])).toThrow(RangeError);
    expect(() => layerNorm([1, 2], { gain: [1] })).toThrow(/gain has 1 entries, input has 2/);
  });
  it('normalises each row of a matrix on its own', () => {
    const { output, rows } = layerNormRows(fromRows([[1, 3], [10, 30]]), { eps: 0 });
    expect(Array.from(output.data)).toEqual([-1, 1, -1, 1]);
    expect(rows[1].mean).toBe(20);
  });
  it('reproduces the walkthrough MLP for "on": LN → ×W₁ → ReLU → ×W₂ ≈ (0.04, 0.17, 0.09, −0.04)', () => {
    // Source 002's numbers, to the two decimals it prints: pre-norm LayerNorm without gain or bias, no MLP biases.
    const h1 = [-0.06, 0.49, 0.72, 0.34];
    const w1 = fromRows([[0.3, -0.1, 0.2, 0.1], [0.1, 0.4, -0.1, 0.2], [-0.2, 0.1, 0.3, -0.1], [0.1, 0.2, 0.1, 0.3]]);
    const w2 = fromRows([[0.2, 0.1, -0.1, 0.3], [0.1, 0.4, 0.2, -0.1], [-0.1, 0.2, 0.3, 0.1], [0.3, -0.1, 0.1, 0.2]]);
    const hidden = mapMatrix(fromRows([matmulRowVector(layerNorm(h1).output, w1)]), relu);
    const mlpOut = matmulRowVector(hidden.data, w2);
    [0.04, 0.17, 0.09, -0.04].forEach((value, i) => expect(mlpOut[i]).toBeCloseTo(value, 2));
  });
});

describe('layerNormBackward', () => {
  const rng = createRng(99);
  const x = Array.from({ length: 6 }, () => rng.gaussian(1, 2));
  const upstream = Array.from({ length: 6 }, () => rng.gaussian());
  const gain = Array.from({ length: 6 }, () => rng.gaussian(1, 0.5));
  const bias = Array.from({ length: 6 }, () => rng.gaussian());

  it('matches finite differences for the input without gain or bias', () => {
    const analytic = layerNormBackward(upstream, layerNorm(x)).gradInput;
    const numeric = numericalGradient((v) => weightedTotal(layerNorm(v).output, upstream), x);
    expect(relativeError(analytic, numeric)).toBeLessThan(1e-8);
  });
  it('matches finite differences for the input, gain and bias together', () => {
    const grads = layerNormBackward(upstream, layerNorm(x, { gain, bias }), gain);
    const loss = (v: ArrayLike<number>, g: ArrayLike<number>, b: ArrayLike<number>) =>
      weightedTotal(layerNorm(v, { gain: g, bias: b }).output, upstream);
    expect(relativeError(grads.gradInput, numericalGradient((v) => loss(v, gain, bias), x))).toBeLessThan(1e-8);
    expect(relativeError(grads.gradGain, numericalGradient((g) => loss(x, g, bias), gain))).toBeLessThan(1e-8);
    expect(relativeError(grads.gradBias, numericalGradient((b) => loss(x, gain, b), bias))).toBeLessThan(1e-8);
  });
  it('sends no gradient through a uniform shift: the input gradient sums to 0', () => {
    const { gradInput } = layerNormBackward(upstream, layerNorm(x, { gain }), gain);
    expect(gradInput.reduce((s, g) => s + g, 0)).toBeCloseTo(0, 13);
  });
  it('refuses an upstream gradient of the wrong length', () => {
    expect(() => layerNormBackward([1, 2], layerNorm(x))).toThrow(RangeError);
  });
});
