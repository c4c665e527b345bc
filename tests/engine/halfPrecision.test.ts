import { describe, expect, it } from 'vitest';
import { roundToHalf } from '../../engine/halfPrecision';

describe('roundToHalf', () => {
  it('keeps numbers a float16 holds exactly', () => {
    for (const x of [0, 1, -2, 0.5, 1.5, 1024, 65504, 2 ** -14, 2 ** -24]) expect(roundToHalf(x)).toBe(x);
  });

  it('rounds 1/3 and 0.1 to their float16 neighbours, worked out from the 10 fraction bits', () => {
    // 1/3 = 1.0101010101…₂ × 2⁻²; ten fraction bits keep 341/1024, so (1024 + 341)/4096 = 1365/4096.
    expect(roundToHalf(1 / 3)).toBe(1365 / 4096);
    // 0.1 = 1.6 × 2⁻⁴; 0.6 × 1024 = 614.4 rounds to 614, so (1024 + 614)/16384 = 1638/16384.
    expect(roundToHalf(0.1)).toBe(1638 / 16384);
    expect(roundToHalf(-0.1)).toBe(-1638 / 16384);
  });

  it('breaks ties to the even neighbour', () => {
    expect(roundToHalf(1 + 2 ** -11)).toBe(1); // halfway between 1 and 1 + 2⁻¹⁰: 1 is even
    expect(roundToHalf(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9); // halfway between 1 + 2⁻¹⁰ and 1 + 2·2⁻¹⁰
    expect(roundToHalf(2 ** -25)).toBe(0); // halfway between 0 and the smallest subnormal
    expect(roundToHalf(3 * 2 ** -25)).toBe(2 ** -23);
  });

  it('overflows to infinity beyond the largest float16, 65504', () => {
    expect(roundToHalf(65519)).toBe(65504);
    expect(roundToHalf(65520)).toBe(Infinity); // a tie with 65536, which does not exist
    expect(roundToHalf(-1e6)).toBe(-Infinity);
  });

  it('is off by at most half a unit in the last place, 2⁻¹¹ relative, for normal numbers', () => {
    for (let x = 0.001; x < 60000; x *= 1.37) expect(Math.abs(roundToHalf(x) - x) / x).toBeLessThanOrEqual(2 ** -11);
  });
});
