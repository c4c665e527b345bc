import { describe, expect, it } from 'vitest';
import { formatDollars, formatFixed } from '../../../components/sims/sequence-types/format';
import { formatShort } from '../../../components/sims/token-similarity/format';

describe('number formatting in the chapter 0 and 1 simulations', () => {
  it('never shows a negative zero: sin(2π) rounds to 0.00, not -0.00', () => {
    expect(formatFixed(Math.sin(2 * Math.PI), 2)).toBe('0.00');
    expect(formatFixed(-0.004, 2)).toBe('0.00');
  });
  it('writes negatives with a true minus sign', () => {
    expect(formatFixed(-0.35, 2)).toBe('−0.35');
  });
  it('shows a dash instead of NaN or Infinity', () => {
    expect(formatFixed(Number.NaN, 2)).toBe('—');
    expect(formatFixed(Number.POSITIVE_INFINITY, 1)).toBe('—');
    expect(formatShort(Number.NaN)).toBe('—');
  });
  it('writes prices with cents and whole-number scores without decimals', () => {
    expect(formatDollars(100)).toBe('$100.00');
    expect(formatShort(4)).toBe('4');
    expect(formatShort(2.5)).toBe('2.5');
    expect(formatShort(-1.25)).toBe('−1.25');
    expect(formatShort(10)).toBe('10');
    expect(formatShort(100)).toBe('100');
    expect(formatShort(0)).toBe('0');
  });
});
