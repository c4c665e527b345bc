import { describe, expect, it } from 'vitest';
import {
  centralDifference,
  chainRule,
  forwardDifference,
  numericGradient,
  tangentAt,
  tangentValue,
  type ChainLink,
} from '../../engine/numericDerivative';

describe('finite differences', () => {
  it('measures the slope of x³ at 2 as 12 (3x²) by central differences', () => {
    expect(centralDifference((x) => x ** 3, 2)).toBeCloseTo(12, 6);
  });

  it('gives the forward difference of x² at 1 with h = 0.1 as exactly 2 + h = 2.1', () => {
    // ((1.1)² − 1²) / 0.1 = 0.21 / 0.1
    expect(forwardDifference((x) => x * x, 1, 0.1)).toBeCloseTo(2.1, 12);
  });

  it('rejects a step that is not positive', () => {
    expect(() => centralDifference((x) => x, 0, 0)).toThrow(RangeError);
    expect(() => forwardDifference((x) => x, 0, -1)).toThrow(RangeError);
  });

  it('finds the gradient of x² + 3xy at (1, 2) as (2x + 3y, 3x) = (8, 3)', () => {
    const g = numericGradient((p) => p[0] * p[0] + 3 * p[0] * p[1], [1, 2]);
    expect(g[0]).toBeCloseTo(8, 6);
    expect(g[1]).toBeCloseTo(3, 6);
  });
});

describe('tangent lines', () => {
  it('puts the tangent of x² at 3 through (3, 9) with slope 6, so it reads 3 at x = 2', () => {
    const t = tangentAt((x) => x * x, (x) => 2 * x, 3);
    expect(t).toEqual({ x0: 3, y0: 9, slope: 6 });
    expect(tangentValue(t, 2)).toBe(3);
  });
});

describe('chainRule', () => {
  const links: ChainLink[] = [
    { label: 'u = 2x − 1', apply: (x) => 2 * x - 1, derivative: () => 2 },
    { label: 'v = u²', apply: (u) => u * u, derivative: (u) => 2 * u },
    { label: 'y = 3v', apply: (v) => 3 * v, derivative: () => 3 },
  ];

  it('passes x = 2 through u = 3, v = 9, y = 27 with local slopes 2, 6, 3 and product 36', () => {
    const r = chainRule(links, 2);
    expect(r.inputs).toEqual([2, 3, 9]);
    expect(r.outputs).toEqual([3, 9, 27]);
    expect(r.localSlopes).toEqual([2, 6, 3]);
    expect(r.chainSlope).toBe(36);
  });

  it('agrees with the slope of y = 3(2x − 1)², which is 12(2x − 1) = 36 at x = 2, measured numerically', () => {
    expect(chainRule(links, 2).measuredSlope).toBeCloseTo(36, 5);
  });
});
