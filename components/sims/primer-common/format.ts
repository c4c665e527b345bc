/** A number with a fixed count of decimals and a true minus sign; never "-0.00", and "—" instead of NaN or ∞. */
export function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** Up to `decimals` decimals with trailing zeros dropped, so 2.50 reads 2.5 and 4.00 reads 4. */
export function short(value: number, decimals = 2): string {
  const text = fixed(value, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
