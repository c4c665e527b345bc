import { describe, expect, it } from 'vitest';
import {
  NEURON_START,
  neuronGradient,
  neuronLoss,
  neuronStep,
  predictNeuron,
  sigmoidDepthBound,
  sigmoidTable,
  trainNeuron,
} from '../../../engine/ladder/neuron';
import { relativeError, numericalGradient } from '../support/gradcheck';

describe('the sigmoid neuron of rung 2', () => {
  it('at w = 0, b = ln 3 outputs 3/4 everywhere, with loss 0.3125 and gradient (0.234375, 0.09375)', () => {
    // σ(ln 3) = 3/4 and σ′ = 3/4 · 1/4 = 3/16. Errors 0.75, −0.25, −0.25, 0.75: squares sum to 1.25, over 4.
    // dL/dw = ½ · 3/16 · (0.75·1 − 0.25·2 − 0.25·3 + 0.75·4) = 0.234375; dL/db = ½ · 3/16 · 1 = 0.09375.
    const p = { w: 0, b: Math.log(3) };
    expect(predictNeuron(p, 2).yHat).toBeCloseTo(0.75, 15);
    expect(predictNeuron(p, 2).slope).toBeCloseTo(3 / 16, 15);
    expect(neuronLoss(p)).toBeCloseTo(0.3125, 14);
    const g = neuronGradient(p);
    expect(g.dw).toBeCloseTo(0.234375, 14);
    expect(g.db).toBeCloseTo(0.09375, 14);
    const next = neuronStep(p);
    expect(next.w).toBeCloseTo(-1.5 * 0.234375, 14);
  });

  it('has a gradient that matches finite differences', () => {
    for (const p of [NEURON_START, { w: -2.1, b: 4 }, { w: 3.3, b: -7 }]) {
      const g = neuronGradient(p);
      const numeric = numericalGradient((v) => neuronLoss({ w: v[0], b: v[1] }), [p.w, p.b]);
      expect(relativeError([g.dw, g.db], numeric)).toBeLessThan(1e-7);
    }
  });

  it('cannot fit the bump: trained at lr 1.5 its loss falls toward, but stays above, 0.25', () => {
    // The best a rising S can do is 0 at x = 1 and 1 from x = 2 on, which misses x = 4 by 1: (0 + 0 + 0 + 1) / 4.
    const run = trainNeuron(NEURON_START, 3000);
    const loss = neuronLoss(run.params);
    expect(loss).toBeGreaterThan(0.25);
    expect(loss).toBeLessThan(neuronLoss(NEURON_START));
    expect(loss).toBeLessThan(0.252);
  });
});

describe('the σ table and the depth bound', () => {
  it('gives σ(0) = 0.5, σ′(0) = 0.25 and, by σ(−z) = 1 − σ(z), mirror-image rows', () => {
    const rows = sigmoidTable();
    expect(rows.map((r) => r.z)).toEqual([-10, -5, -2, 0, 2, 5, 10]);
    const zero = rows[3];
    expect(zero.sigma).toBe(0.5);
    expect(zero.slope).toBe(0.25);
    for (const r of rows) {
      const twin = rows.find((s) => s.z === -r.z)!;
      expect(r.sigma + twin.sigma).toBeCloseTo(1, 15);
      expect(r.slope).toBeCloseTo(twin.slope, 15);
    }
  });

  it('matches e^−z / (1 + e^−z)² for σ′ at 2, 5 and 10: about 0.105, 0.0066 and 0.0000454', () => {
    for (const z of [2, 5, 10]) {
      const row = sigmoidTable([z])[0];
      const e = Math.exp(-z);
      expect(row.sigma).toBeCloseTo(1 / (1 + e), 15);
      expect(row.slope).toBeCloseTo(e / (1 + e) ** 2, 15);
    }
    expect(sigmoidTable([2])[0].slope).toBeCloseTo(0.105, 3);
    expect(sigmoidTable([5])[0].slope).toBeCloseTo(0.0066, 4);
    expect(sigmoidTable([10])[0].slope).toBeCloseTo(0.0000454, 7);
  });

  it('never lets σ′ exceed 0.25 on a fine grid', () => {
    const zs = Array.from({ length: 2001 }, (_, i) => -20 + i * 0.02);
    expect(Math.max(...sigmoidTable(zs).map((r) => r.slope))).toBe(0.25);
  });

  it('shrinks the best-case gradient through 10 sigmoid layers to 0.25¹⁰ = 1/1,048,576 ≈ 9.5 × 10⁻⁷', () => {
    expect(sigmoidDepthBound(10)).toBe(1 / 1048576);
    expect(sigmoidDepthBound(1)).toBe(0.25);
    expect(sigmoidDepthBound(0)).toBe(1);
    expect(() => sigmoidDepthBound(-1)).toThrow(/layer count/);
  });
});
