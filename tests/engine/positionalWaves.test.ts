import { describe, expect, it } from 'vitest';
import { pairWavelength } from '../../engine/positionalWaves';

describe('pairWavelength', () => {
  it('gives 2π for the first pair, which turns one radian per position', () => {
    expect(pairWavelength(0, 32)).toBeCloseTo(2 * Math.PI, 14);
  });
  it('gives 2π · 1000 for the last pair of 8 dimensions, which turns 1/10000^(6/8) = 1/1000 per position', () => {
    expect(pairWavelength(3, 8)).toBeCloseTo(2000 * Math.PI, 9);
  });
  it('gives 2π · 100 for pair 1 of 4 dimensions', () => {
    expect(pairWavelength(1, 4)).toBeCloseTo(200 * Math.PI, 10);
  });
  it('refuses a pair the vector does not have', () => {
    expect(() => pairWavelength(4, 8)).toThrow(/pair 4 does not exist in 8 dimensions/);
  });
});
