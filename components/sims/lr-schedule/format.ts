/** A number with a fixed count of decimals and a true minus sign; never "-0.000", never NaN on screen. */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** A learning rate in scientific notation as people write it: 6e-4 → "6.0 × 10⁻⁴"; 0 → "0". */
export function formatRate(rate: number, digits = 2): string {
  if (!Number.isFinite(rate)) return '—';
  if (rate === 0) return '0';
  const [mantissa, exponent] = rate.toExponential(digits - 1).split('e');
  const power = String(Number(exponent)).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
  return `${mantissa} × 10${power}`;
}
