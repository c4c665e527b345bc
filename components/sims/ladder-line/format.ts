import { formatFixed } from '../token-similarity/format';

export { formatFixed };

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A number in scientific notation with superscript exponent, e.g. 9.54 × 10⁻⁷; a dash when it is not finite. */
export function formatScientific(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const [mantissa, exponent] = value.toExponential(digits).split('e');
  const power = String(Number(exponent)).replace(/./g, (c) => SUPERSCRIPT[c] ?? c);
  return `${formatFixed(Number(mantissa), digits)} × 10${power}`;
}

/** "+ 0.50" or "− 0.50": how an intercept reads after a term, so ŷ = 0.30·x − 0.10 never shows "+ −0.10". */
export function signedTerm(value: number, decimals: number): string {
  const text = formatFixed(value, decimals);
  return text.startsWith('−') ? `− ${text.slice(1)}` : `+ ${text}`;
}
