import { describe, expect, it } from 'vitest';
import { dotGeometry, productShape, total } from '../../engine/primer';

describe('dotGeometry', () => {
  it('gives (3, 4) · (4, 3) = 12 + 12 = 24, lengths 5 and 5, cosine 24/25', () => {
    const g = dotGeometry([3, 4], [4, 3]);
    expect(g.terms).toEqual([12, 12]);
    expect(g.dot).toBe(24);
    expect(g.lengthA).toBe(5);
    expect(g.lengthB).toBe(5);
    expect(g.cosine).toBeCloseTo(0.96, 12);
    expect(g.angleDegrees).toBeCloseTo((Math.acos(0.96) * 180) / Math.PI, 10);
    expect(g.relation).toBe('acute');
  });

  it('calls parallel arrows "same direction" with angle 0 and cosine 1', () => {
    const g = dotGeometry([1, 2], [2, 4]);
    expect(g.dot).toBe(10);
    expect(g.cosine).toBe(1);
    expect(g.angleDegrees).toBe(0);
    expect(g.relation).toBe('same direction');
  });

  it('calls (2, 1) and (−1, 2) perpendicular: dot 0, angle 90°', () => {
    const g = dotGeometry([2, 1], [-1, 2]);
    expect(g.dot).toBe(0);
    expect(g.angleDegrees).toBe(90);
    expect(g.relation).toBe('perpendicular');
  });

  it('calls (1, 1) and (−2, −2) opposite: dot −4, angle 180°', () => {
    const g = dotGeometry([1, 1], [-2, -2]);
    expect(g.dot).toBe(-4);
    expect(g.angleDegrees).toBe(180);
    expect(g.relation).toBe('opposite');
  });

  it('calls an angle of 135° obtuse', () => {
    const g = dotGeometry([1, 0], [-1, 1]);
    expect(g.angleDegrees).toBeCloseTo(135, 10);
    expect(g.relation).toBe('obtuse');
  });

  it('leaves the angle undefined for a zero-length arrow instead of dividing by zero', () => {
    const g = dotGeometry([0, 0], [1, 2]);
    expect(g.dot).toBe(0);
    expect(g.cosine).toBeNull();
    expect(g.angleDegrees).toBeNull();
    expect(g.relation).toBe('undefined');
  });

  it('refuses arrows of different lengths', () => {
    expect(() => dotGeometry([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});

describe('productShape', () => {
  it('multiplies 2 × 3 by 3 × 4 into 2 × 4 with inner size 3', () => {
    expect(productShape(2, 3, 3, 4)).toEqual({ ok: true, rows: 2, cols: 4, inner: 3 });
  });

  it('explains why 2 × 3 cannot meet 2 × 2: a row has 3 numbers, a column 2', () => {
    const shape = productShape(2, 3, 2, 2);
    expect(shape.ok).toBe(false);
    if (!shape.ok) expect(shape.reason).toMatch(/row of A has 3 numbers but a column of B has 2/);
  });
});

describe('total', () => {
  it('adds 0.25 + 0.5 + 0.25 to 1 and an empty list to 0', () => {
    expect(total([0.25, 0.5, 0.25])).toBe(1);
    expect(total([])).toBe(0);
  });
});
