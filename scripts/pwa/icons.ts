/**
 * The app icon, drawn by hand: a causal attention pattern (each token attends to itself and the tokens before it)
 * as a lower-triangular grid of squares, brighter on the diagonal. The maskable variant fills the whole square and
 * keeps the grid inside the central safe zone that launchers never crop.
 */

const ACCENT = '#1d4ed8';
const CELLS = 4;

/** The grid's squares: row i has i + 1 cells, the diagonal one fully opaque. */
function grid(origin: number, size: number): string {
  const step = size / CELLS;
  const gap = step * 0.14;
  const rects: string[] = [];
  for (let row = 0; row < CELLS; row++) {
    for (let col = 0; col <= row; col++) {
      const opacity = col === row ? 1 : 0.45 + 0.15 * col;
      rects.push(
        `<rect x="${origin + col * step + gap / 2}" y="${origin + row * step + gap / 2}" width="${step - gap}" height="${step - gap}" rx="${step * 0.12}" fill="#fff" fill-opacity="${opacity.toFixed(2)}"/>`,
      );
    }
  }
  return rects.join('');
}

/** The icon as SVG text, 512 units square; maskable puts the grid in the inner 60% and drops the rounded corners. */
export function iconSvg(maskable: boolean): string {
  const background = maskable
    ? `<rect width="512" height="512" fill="${ACCENT}"/>`
    : `<rect width="512" height="512" rx="96" fill="${ACCENT}"/>`;
  const size = maskable ? 256 : 336;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">${background}${grid((512 - size) / 2, size)}</svg>\n`;
}
