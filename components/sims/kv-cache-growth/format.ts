const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** A whole number with thousands separators ("12,768"); a dash for anything that is not a finite number. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return Math.round(value).toLocaleString('en-US');
}

/** A tiny non-negative difference in scientific notation ("1.8 × 10⁻¹⁵"); exactly zero reads "0". */
export function formatTiny(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const [mantissa, exponent] = value.toExponential(1).split('e');
  const power = String(Number(exponent)).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
  return `${mantissa} × 10${power}`;
}

/** A ratio with one decimal and a multiplication sign ("2.4×"). */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)}×` : '—';
}
