import { describe, expect, it } from 'vitest';
import { closeEnough, firstDifference, formatValue } from '../../../components/course/exercise/compare';

const tight = { absolute: 1e-9, relative: 1e-9 };

describe('comparing a student result with the expected one', () => {
  it('prints values the way Python prints them', () => {
    expect(formatValue([1, 0.5, Infinity, -Infinity, NaN, true, null])).toBe('[1, 0.5, inf, -inf, nan, True, None]');
    expect(formatValue(0.123456789)).toBe('0.123457');
  });

  it('accepts a difference inside the absolute plus relative tolerance and refuses one just outside', () => {
    // relative 1e-9 of 1000 allows 1e-6
    expect(closeEnough(1000 + 2e-6, 1000, { absolute: 0, relative: 1e-9 })).toBe(false);
    expect(closeEnough(1000 + 5e-7, 1000, { absolute: 0, relative: 1e-9 })).toBe(true);
    expect(closeEnough(1e-10, 0, { absolute: 1e-9, relative: 0 })).toBe(true);
  });

  it('never calls NaN close to anything, and matches infinities only exactly', () => {
    expect(closeEnough(NaN, NaN, tight)).toBe(false);
    expect(closeEnough(Infinity, Infinity, tight)).toBe(true);
    expect(closeEnough(Infinity, 1e308, tight)).toBe(false);
  });

  it('finds the first wrong element of a matrix by its row and column', () => {
    const difference = firstDifference([[1, 2], [3, 4.5]], [[1, 2], [3, 4]], tight);
    expect(difference).toEqual({ path: [1, 1], reason: 'expected 4, got 4.5' });
  });

  it('reports a list of the wrong length at the list itself', () => {
    expect(firstDifference([0.5, 0.5], [0.2, 0.3, 0.5], tight)).toEqual({ path: [], reason: 'expected a list of 3, got a list of 2' });
  });

  it('refuses None, a string or a bool where a number was expected', () => {
    expect(firstDifference(null, 1, tight)?.reason).toBe('expected a number, got None');
    expect(firstDifference([true], [1], tight)?.reason).toBe('expected a number, got a bool');
    expect(firstDifference(true, true, tight)).toBeNull();
  });
});
