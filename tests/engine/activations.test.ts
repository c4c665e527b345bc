import { describe, expect, it } from 'vitest';
import {
  erf,
  erfc,
  gelu,
  geluDerivative,
  geluExact,
  geluExactDerivative,
  normalCdf,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
} from '../../engine/activations';
import { numericalDerivative } from './support/gradcheck';

// Points away from ReLU's kink at 0, where the derivative is not defined.
const GRID = [-6, -3.2, -2.2, -1, -0.37, -1e-3, 1e-3, 0.25, 0.8, 1.7, 2.2, 4, 9];

describe('sigmoid', () => {
  it('is ½ at 0 and 3/4 at ln 3', () => {
    // σ(ln 3) = 1 / (1 + 1/3) = 3/4
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(sigmoid(-Math.log(3))).toBeCloseTo(0.25, 15);
  });
  it('saturates to exactly 0 and 1 at ±1000 without overflowing to NaN', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
  });
  it('has slope ¼ at 0 and a derivative that matches finite differences', () => {
    expect(sigmoidDerivative(0)).toBe(0.25);
    for (const x of GRID) expect(sigmoidDerivative(x)).toBeCloseTo(numericalDerivative(sigmoid, x), 9);
  });
});

describe('relu', () => {
  it('passes positives and zeroes negatives', () => {
    expect([relu(-2), relu(0), relu(3.5)]).toEqual([0, 0, 3.5]);
  });
  it('has slope 0 left of the kink and 1 right of it, matching finite differences', () => {
    expect([reluDerivative(-2), reluDerivative(0), reluDerivative(3)]).toEqual([0, 0, 1]);
    for (const x of GRID) expect(reluDerivative(x)).toBeCloseTo(numericalDerivative(relu, x), 9);
  });
});

describe('erf and the normal CDF', () => {
  it('matches reference values of erf and erfc', () => {
    // Reference values from the C library's erf/erfc (Python math.erf, math.erfc).
    expect(erf(0)).toBe(0);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 15);
    expect(erf(2)).toBeCloseTo(0.9953222650189527, 15);
    expect(erf(-0.3)).toBeCloseTo(-0.3286267594591274, 15);
    expect(erfc(3) / 2.2090496998585438e-5).toBeCloseTo(1, 12);
    expect(erfc(3.5) / 7.430983723414128e-7).toBeCloseTo(1, 12);
    expect(erfc(4) / 1.541725790028002e-8).toBeCloseTo(1, 12);
    expect(erfc(6) / 2.1519736712498916e-17).toBeCloseTo(1, 12);
    expect(erf(30)).toBe(1);
  });
  it('gives Φ(0) = ½, Φ(1) ≈ 0.8413 and Φ(−1.96) ≈ 0.025', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14);
  });
});

describe('gelu (tanh approximation) and geluExact (erf form)', () => {
  it('is 0 at 0 and close to the identity for large inputs', () => {
    expect(gelu(0)).toBe(0);
    expect(geluExact(0)).toBe(0);
    expect(gelu(10)).toBeCloseTo(10, 12);
    expect(Math.abs(gelu(-10))).toBeLessThan(1e-12);
  });
  it('gives the exact form 1·Φ(1) at 1 and the approximation 0.84119…', () => {
    expect(geluExact(1)).toBeCloseTo(0.8413447460685429, 15);
    expect(geluExact(-1)).toBeCloseTo(-0.15865525393145707, 15);
    // PyTorch's gelu(1, approximate='tanh') = 0.8411919906082768.
    expect(gelu(1)).toBeCloseTo(0.8411919906082768, 15);
  });
  it('keeps the tiny negative tail precise: geluExact(−10) = −10·Φ(−10) ≈ −7.62e−23', () => {
    expect(geluExact(-10) / -7.619853024160527e-23).toBeCloseTo(1, 10);
  });
  it('has the two forms within 0.0005 of each other everywhere', () => {
    for (let x = -8; x <= 8; x += 0.01) expect(Math.abs(gelu(x) - geluExact(x))).toBeLessThan(5e-4);
  });
  it('has derivatives that match finite differences for both forms', () => {
    for (const x of GRID) {
      expect(geluDerivative(x)).toBeCloseTo(numericalDerivative(gelu, x), 9);
      expect(geluExactDerivative(x)).toBeCloseTo(numericalDerivative(geluExact, x), 9);
    }
  });
  it('dips below zero for negative inputs, with its minimum where the slope is 0 (near x ≈ −0.75)', () => {
    expect(geluExact(-0.75)).toBeLessThan(geluExact(-0.5));
    expect(geluExact(-0.75)).toBeLessThan(geluExact(-1));
    expect(Math.abs(geluExactDerivative(-0.7517916))).toBeLessThan(1e-6);
  });
});
