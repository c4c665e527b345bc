/** A number with a fixed count of decimals and a true minus sign; never "-0.000", never NaN on screen. */
export function formatFixed(value: number, decimals = 3): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A probability as a percentage with one decimal, e.g. "20.6%". */
export function formatPercent(p: number): string {
  return `${formatFixed(p * 100, 1)}%`;
}

/** A vector as "(a, b, c, d)". */
export function formatVector(values: ArrayLike<number>, decimals = 3): string {
  return `(${Array.from(values, (v) => formatFixed(v, decimals)).join(', ')})`;
}
