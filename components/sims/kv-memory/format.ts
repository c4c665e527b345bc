import { binaryBytes, decimalBytes } from '../../../engine/kvMemory';

/** A whole number with thousands separators ("327,680"); a dash for anything that is not a finite number. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

function threeDigits(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
}

/** Bytes in decimal units with three significant digits ("42.9 GB"). */
export function formatDecimalBytes(bytes: number): string {
  const { value, unit } = decimalBytes(bytes);
  return unit === 'B' ? `${formatCount(value)} B` : `${threeDigits(value)} ${unit}`;
}

/** Bytes in binary units with three significant digits ("40.0 GiB"). */
export function formatBinaryBytes(bytes: number): string {
  const { value, unit } = binaryBytes(bytes);
  return unit === 'B' ? `${formatCount(value)} B` : `${threeDigits(value)} ${unit}`;
}

/** A context length as tokens with its usual short name: 131072 → "131,072 (128K)". */
export function formatContext(tokens: number): string {
  const short = tokens >= 1024 * 1024 ? `${tokens / (1024 * 1024)}M` : tokens >= 1024 ? `${tokens / 1024}K` : `${tokens}`;
  return `${formatCount(tokens)} (${short})`;
}

/** A large count in words with three significant digits: 21474836480 → "21.5 billion". */
export function formatLargeCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const scales = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ] as const;
  for (const [size, word] of scales) if (value >= size) return `${threeDigits(value / size)} ${word}`;
  return formatCount(value);
}
