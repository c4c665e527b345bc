import { describe, expect, it } from 'vitest';
import { fromRows, toRows } from '../../engine/matrix';
import { attendInOrder, largestDifference, permuteRows } from '../../engine/orderBlind';
import { sinusoidalTable } from '../../engine/positional';

const e = Math.exp;
// cat, sat, mat as in the chapter's demo: cat·cat = 2, cat·sat = cat·mat = 1, sat·mat = 0.
const TOKENS = fromRows([
  [1, 0, 1, 0],
  [0, 1, 1, 0],
  [1, 0, 0, 1],
]);

describe('permuteRows', () => {
  it('puts row order[i] at place i', () => {
    expect(toRows(permuteRows(fromRows([[1], [2], [3]]), [2, 0, 1]))).toEqual([[3], [1], [2]]);
  });
  it('refuses a list that repeats or skips a row', () => {
    expect(() => permuteRows(TOKENS, [0, 0, 1])).toThrow(/not an ordering/);
    expect(() => permuteRows(TOKENS, [0, 1])).toThrow(/2 indices for 3 rows/);
  });
});

describe('attendInOrder', () => {
  it('gives "cat" the output (e·cat + √e·sat + √e·mat) / (e + 2√e) in the order cat sat mat', () => {
    // Scores from cat, scaled by 1/√4: 2/2 = 1 with itself, 1/2 with sat and with mat.
    const z = e(1) + 2 * e(0.5);
    const expected = [(e(1) + e(0.5)) / z, e(0.5) / z, (e(1) + e(0.5)) / z, e(0.5) / z];
    const { outputByToken } = attendInOrder(TOKENS, [0, 1, 2]);
    expected.forEach((v, i) => expect(outputByToken[0][i]).toBeCloseTo(v, 12));
  });

  it('gives every token the same output in every order when there are no positions: only the rows move', () => {
    const base = attendInOrder(TOKENS, [0, 1, 2]);
    for (const order of [[2, 0, 1], [1, 2, 0], [2, 1, 0]]) {
      const shuffled = attendInOrder(TOKENS, order);
      for (let token = 0; token < 3; token++) {
        expect(largestDifference(shuffled.outputByToken[token], base.outputByToken[token])).toBeLessThan(1e-12);
      }
      // The output rows of the sentence are the original rows in the new order.
      expect(toRows(shuffled.attention.output)).toEqual(toRows(permuteRows(base.attention.output, order)));
    }
  });

  it('adds position t to the token at place t, so "mat" first reads mat + (0, 1, 0, 1)', () => {
    const positions = sinusoidalTable(3, 4);
    const { input } = attendInOrder(TOKENS, [2, 0, 1], positions);
    expect(toRows(input)[0]).toEqual([1, 1, 0, 2]);
    expect(toRows(input)[1][0]).toBeCloseTo(1 + Math.sin(1), 15);
  });

  it('changes the output of "cat" when the order changes once positions are added', () => {
    const positions = sinusoidalTable(3, 4);
    const a = attendInOrder(TOKENS, [0, 1, 2], positions).outputByToken[0];
    const b = attendInOrder(TOKENS, [2, 0, 1], positions).outputByToken[0];
    expect(largestDifference(a, b)).toBeGreaterThan(0.05);
  });

  it('refuses a position table that is too short', () => {
    expect(() => attendInOrder(TOKENS, [0, 1, 2], sinusoidalTable(2, 4))).toThrow(/positions are 2 × 4/);
  });
});
