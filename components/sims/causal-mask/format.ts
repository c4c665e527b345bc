/** A number with a fixed count of decimals and a true minus sign; never "-0.00", "−∞" for minus infinity, never NaN. */
export function formatFixed(value: number, decimals: number): string {
  if (value === -Infinity) return '−∞';
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A weight: an exact zero reads "0" so it can be told apart from a small weight that rounds to 0.000. */
export function formatWeight(value: number): string {
  return value === 0 ? '0' : formatFixed(value, 3);
}
