const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** A large positive number in scientific notation with three significant digits ("1.23 × 10¹²"). */
export function formatScientific(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1000) return String(Math.round(value));
  const [mantissa, exponent] = value.toExponential(2).split('e');
  const power = String(Number(exponent)).split('').map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `${mantissa} × 10${power}`;
}
