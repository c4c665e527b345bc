/** A number with a fixed count of decimals and a true minus sign; never "-0.0", never NaN on screen. */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A share as a percentage with `decimals` decimals, e.g. 0.0625 → "6.25%". */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatFixed(share * 100, decimals)}%`;
}
