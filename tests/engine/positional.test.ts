import { describe, expect, it } from 'vitest';
import { fromRows, getRow, matmulRowVector, matrix, randomMatrix, toRows } from '../../engine/matrix';
import {
  applyRope,
  learnedTable,
  ropeAngle,
  ropeAngles,
  rotate2d,
  sinusoidalOffsetMatrix,
  sinusoidalTable,
} from '../../engine/positional';
import { createRng } from '../../engine/random';
import { dot, norm } from '../../engine/vector';

describe('sinusoidalTable', () => {
  it('gives sin 0 = 0 and cos 0 = 1 alternately at position 0', () => {
    expect(toRows(sinusoidalTable(1, 6))[0]).toEqual([0, 1, 0, 1, 0, 1]);
  });
  it('gives sin 1, cos 1, sin(1/100), cos(1/100) at position 1 with 4 dimensions', () => {
    // Pair 0 turns at 1/10000^(0/4) = 1 per position; pair 1 at 1/10000^(2/4) = 1/100.
    const row = toRows(sinusoidalTable(2, 4))[1];
    const expected = [Math.sin(1), Math.cos(1), Math.sin(0.01), Math.cos(0.01)];
    expected.forEach((value, i) => expect(row[i]).toBeCloseTo(value, 15));
  });
  it('gives sin 5 and cos 5 in the first pair at position 5, and stays within [−1, 1]', () => {
    const table = sinusoidalTable(32, 32);
    expect(table.data[5 * 32]).toBeCloseTo(Math.sin(5), 15);
    expect(table.data[5 * 32 + 1]).toBeCloseTo(Math.cos(5), 15);
    expect(Array.from(table.data).every((x) => x >= -1 && x <= 1)).toBe(true);
  });
  it('gives every row the same length √(d/2), since each pair is a point on the unit circle', () => {
    const table = sinusoidalTable(10, 8);
    for (let pos = 0; pos < 10; pos++) expect(norm(getRow(table, pos))).toBeCloseTo(2, 14);
  });
  it('refuses a shape that is not whole numbers', () => {
    expect(() => sinusoidalTable(2.5, 4)).toThrow(RangeError);
    expect(() => sinusoidalTable(4, 0)).toThrow(RangeError);
  });
});

describe('sinusoidalOffsetMatrix', () => {
  it('turns position 3 into position 8 with one fixed matrix for an offset of 5', () => {
    const table = sinusoidalTable(20, 8);
    const shift = sinusoidalOffsetMatrix(5, 8);
    for (const pos of [0, 3, 11]) {
      const moved = matmulRowVector(getRow(table, pos), shift);
      const target = getRow(table, pos + 5);
      target.forEach((value, i) => expect(moved[i]).toBeCloseTo(value, 13));
    }
  });
  it('holds sin b and cos b of the pair’s angle, by the angle-sum identities', () => {
    // Pair 0 of d = 2 turns by b = offset = 1: entries cos 1, −sin 1 / sin 1, cos 1.
    expect(toRows(sinusoidalOffsetMatrix(1, 2))).toEqual([
      [Math.cos(1), -Math.sin(1)],
      [Math.sin(1), Math.cos(1)],
    ]);
  });
  it('refuses an odd number of dimensions, where the last sine has no cosine partner', () => {
    expect(() => sinusoidalOffsetMatrix(1, 3)).toThrow(RangeError);
  });
});

describe('learnedTable', () => {
  it('starts as small seeded Gaussian draws with the requested spread', () => {
    const table = learnedTable(64, 32, createRng(1), 0.02);
    expect(table.rows).toBe(64);
    expect(table.cols).toBe(32);
    const values = Array.from(table.data);
    const std = Math.sqrt(values.reduce((s, x) => s + x * x, 0) / values.length);
    expect(std).toBeGreaterThan(0.019);
    expect(std).toBeLessThan(0.021);
    expect(Array.from(learnedTable(64, 32, createRng(1)).data)).toEqual(values);
  });
});

describe('rotate2d and ropeAngle', () => {
  it('turns (1, 0) a quarter turn to (0, 1) and (1, 1) half a turn to (−1, −1)', () => {
    const [x, y] = rotate2d([1, 0], Math.PI / 2);
    expect(x).toBeCloseTo(0, 15);
    expect(y).toBeCloseTo(1, 15);
    const [a, b] = rotate2d([1, 1], Math.PI);
    expect(a).toBeCloseTo(-1, 15);
    expect(b).toBeCloseTo(-1, 15);
  });
  it('gives pair i at position p the angle p / 10000^(2i/d)', () => {
    expect(ropeAngle(3, 0, 4)).toBe(3);
    expect(ropeAngle(3, 1, 4)).toBeCloseTo(0.03, 15);
  });
  it('tabulates every pair’s angle per position', () => {
    // d = 4: pair 0 turns 1 rad per position, pair 1 turns 1/100 rad.
    expect(toRows(ropeAngles(3, 4))).toEqual([
      [0, 0],
      [1, 0.01],
      [2, 0.02],
    ]);
    expect(() => ropeAngles(3, 5)).toThrow(RangeError);
  });
  it('refuses anything but a 2-D vector', () => {
    expect(() => rotate2d([1, 2, 3], 1)).toThrow(RangeError);
  });
});

describe('applyRope', () => {
  it('leaves position 0 unchanged and turns position 1 by 1 radian in the first pair', () => {
    const rotated = toRows(applyRope(fromRows([[1, 0], [1, 0]])));
    expect(rotated[0]).toEqual([1, 0]);
    expect(rotated[1][0]).toBeCloseTo(Math.cos(1), 15);
    expect(rotated[1][1]).toBeCloseTo(Math.sin(1), 15);
  });
  it('uses the positions it is given instead of 0 … T − 1', () => {
    const rotated = applyRope(fromRows([[0, 1, 0, 1]]), [100]);
    // Pair 0 turns by 100 rad, pair 1 by 100/100 = 1 rad; (0, 1) rotated by θ is (−sin θ, cos θ).
    const expected = [-Math.sin(100), Math.cos(100), -Math.sin(1), Math.cos(1)];
    expected.forEach((value, i) => expect(rotated.data[i]).toBeCloseTo(value, 13));
  });
  it('keeps every vector the same length', () => {
    const x = randomMatrix(6, 8, createRng(2));
    const rotated = applyRope(x);
    for (let t = 0; t < 6; t++) expect(norm(getRow(rotated, t))).toBeCloseTo(norm(getRow(x, t)), 13);
  });
  it('makes the score between positions m and n depend only on m − n', () => {
    const rng = createRng(17);
    const q = randomMatrix(1, 8, rng).data;
    const k = randomMatrix(1, 8, rng).data;
    const score = (m: number, n: number) =>
      dot(applyRope(matrix(1, 8, q), [m]).data, applyRope(matrix(1, 8, k), [n]).data);
    // Offset 3 at three different places gives one score.
    const reference = score(5, 2);
    expect(score(10, 7)).toBeCloseTo(reference, 12);
    expect(score(3, 0)).toBeCloseTo(reference, 12);
    expect(score(1003, 1000)).toBeCloseTo(reference, 10);
    // A different offset gives a different score.
    expect(Math.abs(score(5, 3) - reference)).toBeGreaterThan(1e-3);
  });
  it('refuses an odd number of dimensions and a position count that differs from the rows', () => {
    expect(() => applyRope(matrix(2, 3))).toThrow('applyRope: needs an even number of dimensions to pair up, got 3');
    expect(() => applyRope(matrix(2, 4), [0])).toThrow(RangeError);
  });
});
