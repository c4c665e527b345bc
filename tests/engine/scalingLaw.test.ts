import { describe, expect, it } from 'vitest';
import { doublingStep, KAPLAN_PARAMS, lossFactor, multiplierForLossFactor, powerLawLoss, scalingCurve } from '../../engine/scalingLaw';

describe('the parameter scaling law L(N) = (N_c / N)^0.076', () => {
  it('lowers the loss by 2^−0.076 ≈ 0.9487 when the parameters double, about 5%', () => {
    // ln 2 = 0.693147; × 0.076 = 0.0526792; e^−0.0526792 = 1 − 0.0526792 + 0.0013875 − 0.0000244 + … = 0.948684.
    expect(lossFactor(2)).toBeCloseTo(0.948684, 6);
    expect(1 - lossFactor(2)).toBeCloseTo(0.0513, 4);
  });

  it('gives the same factor for a doubling at any size: a straight line on log-log axes', () => {
    for (const n of [1e6, 3e8, 1e11]) expect(powerLawLoss(2 * n) / powerLawLoss(n)).toBeCloseTo(0.948684, 6);
  });

  it('reaches a loss of 1 nat at N_c and about 2.376 nats at a billion parameters', () => {
    expect(powerLawLoss(KAPLAN_PARAMS.criticalParams)).toBeCloseTo(1, 12);
    // (8.8e13 / 1e9)^0.076 = 88000^0.076; ln 88000 = 11.38509; × 0.076 = 0.865267; e^0.865267 = 2.37563.
    expect(powerLawLoss(1e9)).toBeCloseTo(2.37563, 4);
  });

  it('needs 2^(1/0.076) ≈ 9,140 times the parameters to halve the loss', () => {
    // 1/0.076 = 13.1579; 2^13.1579 = 8192 · 2^0.1579 = 8192 · 1.11565 = 9139.4.
    expect(multiplierForLossFactor(0.5)).toBeCloseTo(9139.4, 0);
    expect(lossFactor(multiplierForLossFactor(0.5))).toBeCloseTo(0.5, 12);
  });

  it('spaces curve points evenly in log N, with a log-log slope of −0.076 between any two', () => {
    const curve = scalingCurve(1e6, 1e12, 7);
    expect(curve.map((p) => p.log10Params)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    const slope = (curve[6].log10Loss - curve[0].log10Loss) / (curve[6].log10Params - curve[0].log10Params);
    expect(slope).toBeCloseTo(-0.076, 12);
  });

  it('refuses a parameter count that is zero, negative or not finite', () => {
    expect(() => powerLawLoss(0)).toThrow(/parameter count/);
    expect(() => powerLawLoss(Number.NaN)).toThrow(/parameter count/);
    expect(() => lossFactor(-2)).toThrow(/multiplier/);
  });

  it('steps from a million parameters by doublings: 8 doublings is 256 million, 2^−0.608 ≈ 0.656 of the first loss', () => {
    const step = doublingStep(1e6, 8);
    expect(step.params).toBe(256e6);
    // 2^−0.608 = e^(−0.608 · 0.693147) = e^−0.421433 = 0.65612.
    expect(step.sinceStart).toBeCloseTo(0.65612, 4);
    expect(step.ratio).toBeCloseTo(0.948684, 6);
    expect(step.nextLoss / step.loss).toBe(step.ratio);
    expect(() => doublingStep(1e6, -1)).toThrow(/doublings/);
  });
});
