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

/** A parameter count in words with three significant figures: 1.00 million, 268 million, 1.10 trillion. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const units: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [size, name] of units) if (n >= size) return `${(n / size).toPrecision(3)} ${name}`;
  return n.toPrecision(3);
}
