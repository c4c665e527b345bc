import { describe, expect, it } from 'vitest';
import {
  closedFormLine,
  LADDER_POINTS,
  LINE_START,
  lineGradient,
  lineLoss,
  lineStep,
  trainLine,
} from '../../../engine/ladder/line';
import { relativeError, numericalGradient } from '../support/gradcheck';

describe('the line of rung 1', () => {
  it('has MSE 0.385 at its starting knobs w = 0.3, b = −0.1', () => {
    // ŷ = 0.2, 0.5, 0.8, 1.1 against y = 0, 1, 1, 0: errors 0.2, −0.5, −0.2, 1.1; squares sum to 1.54; 1.54 / 4.
    expect(lineLoss(LINE_START)).toBeCloseTo(0.385, 14);
  });

  it('takes the gradient (1.5, 0.3) there and one step at lr 0.05 lands on (0.225, −0.115)', () => {
    // dL/dw = ½(0.2·1 − 0.5·2 − 0.2·3 + 1.1·4) = 1.5; dL/db = ½(0.2 − 0.5 − 0.2 + 1.1) = 0.3.
    const g = lineGradient(LINE_START);
    expect(g.dw).toBeCloseTo(1.5, 14);
    expect(g.db).toBeCloseTo(0.3, 14);
    const next = lineStep(LINE_START);
    expect(next.w).toBeCloseTo(0.225, 14);
    expect(next.b).toBeCloseTo(-0.115, 14);
  });

  it('has a gradient that matches finite differences', () => {
    for (const p of [LINE_START, { w: -1.3, b: 2.2 }, { w: 0.7, b: 0.05 }]) {
      const g = lineGradient(p);
      const numeric = numericalGradient((v) => lineLoss({ w: v[0], b: v[1] }), [p.w, p.b]);
      expect(relativeError([g.dw, g.db], numeric)).toBeLessThan(1e-8);
    }
  });

  it('solves (XᵀX)⁻¹Xᵀy by hand: XᵀX = [[30, 10], [10, 4]], inverse [[0.2, −0.5], [−0.5, 1.5]], w = 0, b = 0.5, MSE 0.25', () => {
    const fit = closedFormLine();
    expect(fit.xtx).toEqual([
      [30, 10],
      [10, 4],
    ]);
    expect(fit.xty).toEqual([5, 2]);
    expect(fit.xtxInverse[0][0]).toBeCloseTo(0.2, 14);
    expect(fit.xtxInverse[0][1]).toBeCloseTo(-0.5, 14);
    expect(fit.xtxInverse[1][1]).toBeCloseTo(1.5, 14);
    expect(fit.params.w).toBeCloseTo(0, 14);
    expect(fit.params.b).toBeCloseTo(0.5, 14);
    // Errors −0.5, 0.5, 0.5, −0.5: every square is 0.25.
    expect(fit.loss).toBeCloseTo(0.25, 14);
  });

  it('recovers a line the points lie on exactly', () => {
    const data = [0, 1, 5].map((x) => ({ x, y: 2 * x + 1 }));
    const fit = closedFormLine(data);
    expect(fit.params.w).toBeCloseTo(2, 12);
    expect(fit.params.b).toBeCloseTo(1, 12);
    expect(fit.loss).toBeCloseTo(0, 20);
  });

  it('refuses points that all share one x, and an empty data set, with a clear message', () => {
    expect(() => closedFormLine([{ x: 2, y: 0 }, { x: 2, y: 1 }])).toThrow(/same x/);
    expect(() => lineLoss(LINE_START, [])).toThrow(/no data points/);
  });

  it('plateaus by gradient descent at the closed form: after 2,000 steps at lr 0.05, w ≈ 0, b ≈ 0.5, MSE 0.25', () => {
    const run = trainLine(LINE_START, 2000);
    expect(run.diverged).toBe(false);
    expect(run.steps).toBe(2000);
    expect(Math.abs(run.params.w)).toBeLessThan(1e-9);
    expect(run.params.b).toBeCloseTo(0.5, 9);
    expect(lineLoss(run.params)).toBeCloseTo(0.25, 12);
    // Every point is still missed by 0.5: a line cannot bend.
    for (const { x, y } of LADDER_POINTS) expect(Math.abs(run.params.w * x + run.params.b - y)).toBeCloseTo(0.5, 8);
  });

  it('stops before a learning rate that is too large turns the knobs into Infinity', () => {
    const run = trainLine(LINE_START, 100000, 1);
    expect(run.diverged).toBe(true);
    expect(run.steps).toBeLessThan(100000);
    expect(Number.isFinite(run.params.w) && Number.isFinite(run.params.b)).toBe(true);
    expect(Number.isFinite(lineLoss(run.params))).toBe(true);
  });
});
