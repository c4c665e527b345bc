import { describe, expect, it } from 'vitest';
import {
  bowlGradient,
  bowlValue,
  descentStep,
  divergenceThreshold,
  runDescent,
  runStatus,
  stepFactors,
} from '../../engine/gradientDescent';

const limits = { tolerance: 1e-6, rim: 10 };

describe('the bowl a·x² + b·y²', () => {
  it('has height 1·2² + 3·1² = 7 and gradient (4, 6) at (2, 1) when a = 1, b = 3', () => {
    expect(bowlValue({ a: 1, b: 3 }, { x: 2, y: 1 })).toBe(7);
    expect(bowlGradient({ a: 1, b: 3 }, { x: 2, y: 1 })).toEqual({ x: 4, y: 6 });
  });

  it('steps from (2, 1) with η = 0.1 to (2 − 0.4, 1 − 0.6) = (1.6, 0.4)', () => {
    const p = descentStep({ a: 1, b: 3 }, { x: 2, y: 1 }, 0.1);
    expect(p.x).toBeCloseTo(1.6, 12);
    expect(p.y).toBeCloseTo(0.4, 12);
  });

  it('multiplies x by 1 − 2aη and y by 1 − 2bη each step', () => {
    const f = stepFactors({ a: 1, b: 3 }, 0.1);
    expect(f.x).toBeCloseTo(0.8, 12);
    expect(f.y).toBeCloseTo(0.4, 12);
  });
});

describe('divergenceThreshold', () => {
  it('is 1/max(a, b): 1/3 for a = 1, b = 3, and 1/1.1 for a = 0.3, b = 1.1', () => {
    expect(divergenceThreshold({ a: 1, b: 3 })).toBe(1 / 3);
    expect(divergenceThreshold({ a: 0.3, b: 1.1 })).toBe(1 / 1.1);
  });

  it('is exactly where the steeper factor |1 − 2·max(a, b)·η| reaches 1', () => {
    const bowl = { a: 0.3, b: 1.1 };
    const eta = divergenceThreshold(bowl);
    expect(Math.abs(stepFactors(bowl, eta).y)).toBeCloseTo(1, 12);
  });

  it('rejects a bowl that is not curved upward', () => {
    expect(() => divergenceThreshold({ a: 0, b: 1 })).toThrow(RangeError);
  });

  it('separates runs that settle (just below) from runs thrown out of the bowl (just above)', () => {
    const bowl = { a: 0.3, b: 1.1 };
    const eta = divergenceThreshold(bowl);
    const start = { x: 2, y: 2 };
    expect(runDescent(bowl, start, eta * 0.95, limits, 5000).status).toBe('converged');
    expect(runDescent(bowl, start, eta * 1.05, limits, 5000).status).toBe('diverged');
  });
});

describe('runDescent', () => {
  it('lands on the bottom in one step when η = 1/(2a) = 1/(2b) on a round bowl', () => {
    const { path, status } = runDescent({ a: 1, b: 1 }, { x: 3, y: -2 }, 0.5, limits, 100);
    expect(status).toBe('converged');
    expect(path).toEqual([{ x: 3, y: -2 }, { x: 0, y: 0 }]);
  });

  it('stops at the last point inside the rim when the ball is thrown out', () => {
    // a = b = 1, η = 1.5: each step multiplies by 1 − 3 = −2, so 1 → −2 → 4 → −8 → 16 (past the rim of 10).
    const { path, status } = runDescent({ a: 1, b: 1 }, { x: 1, y: 0 }, 1.5, limits, 100);
    expect(status).toBe('diverged');
    expect(path.map((p) => p.x)).toEqual([1, -2, 4, -8]);
  });

  it('reports a non-finite point as diverged, never as running', () => {
    expect(runStatus({ a: 1, b: 1 }, { x: Number.NaN, y: 0 }, limits)).toBe('diverged');
    expect(runStatus({ a: 1, b: 1 }, { x: Infinity, y: 0 }, limits)).toBe('diverged');
  });
});
