import { ropeAngle } from './positional';

/**
 * How many positions one sine–cosine pair of a sinusoidal (or RoPE) encoding takes to come full circle:
 * 2π divided by the angle it turns per position, 2π · base^(2i/d). Pair 0 repeats every 2π ≈ 6.28 positions.
 */
export function pairWavelength(pair: number, dims: number, base = 10000): number {
  if (!Number.isInteger(pair) || pair < 0 || !Number.isInteger(dims) || 2 * pair >= dims) {
    throw new RangeError(`pairWavelength: pair ${pair} does not exist in ${dims} dimensions`);
  }
  return (2 * Math.PI) / ropeAngle(1, pair, dims, base);
}
