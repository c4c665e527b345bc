// Shared geometry of the two panels: n token boxes spread across a fixed-width drawing.

/** Width of each panel's drawing in SVG units; the SVG scales to its container. */
export const WIDTH = 360;
const PAD = 12;

/** The horizontal centre of token i of n. */
export function centerX(i: number, n: number): number {
  const slot = (WIDTH - 2 * PAD) / n;
  return PAD + slot * (i + 0.5);
}

/** Width of one token box, leaving a gap between neighbours. */
export function boxWidth(n: number): number {
  return ((WIDTH - 2 * PAD) / n) * 0.82;
}
