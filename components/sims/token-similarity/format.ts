/** A number with a fixed count of decimals and a true minus sign; never "-0.00", never NaN on screen. */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** Up to `decimals` decimals with trailing zeros dropped, so whole-number scores read as 4, not 4.00. */
export function formatShort(value: number, decimals = 2): string {
  const text = formatFixed(value, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
