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

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A tiny or huge number as "1.9 × 10⁻⁹", which reads better than JavaScript's "1.9e-9"; "—" if not finite. */
export function scientific(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const [mantissa, exponent] = value.toExponential(digits).split('e');
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${mantissa.replace('-', '−')} × 10${power}`;
}
