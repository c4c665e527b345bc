import { formatFixed } from '../token-similarity/format';

/** A vector as "[0.30, −1.20, 0.00]" with a fixed count of decimals and true minus signs. */
export function formatVector(values: ArrayLike<number>, decimals = 2): string {
  return `[${Array.from(values, (v) => formatFixed(v, decimals)).join(', ')}]`;
}

/** A probability as a percentage with one decimal, e.g. "80.0%". */
export function formatPercent(p: number): string {
  return `${formatFixed(p * 100, 1)}%`;
}

export { formatFixed };
