/** The curve of the derivative picture: f(x) = x³/3 − x, which rises, falls and rises again. */
export const curve = (x: number): number => (x * x * x) / 3 - x;

/** Its derivative worked out on paper: f′(x) = x² − 1 (zero at x = ±1, where the curve turns). */
export const curveSlope = (x: number): number => x * x - 1;

/** The label of the curve as the page writes it. */
export const CURVE_LABEL = 'f(x) = x³/3 − x';
