/** Formats a number with a fixed count of decimals and a true minus sign; never prints "-0.00" or NaN. */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  // toFixed keeps the sign of tiny negatives (-0.00); a reader should see 0.
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** Formats a price in dollars with cents, e.g. $100.00. */
export function formatDollars(value: number): string {
  return `$${formatFixed(value, 2)}`;
}
