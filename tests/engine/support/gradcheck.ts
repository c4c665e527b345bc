/**
 * Finite-difference gradient checks: the independent reference every backward pass is tested against.
 * Central differences (f(x + h) − f(x − h)) / 2h have error O(h²), so h = 1e-5 in float64 gives about 1e-10.
 */

/** The numerical gradient of a scalar function of a vector, by central differences in each coordinate. */
export function numericalGradient(f: (x: Float64Array) => number, x: ArrayLike<number>, h = 1e-5): Float64Array {
  const point = Float64Array.from(x);
  const grad = new Float64Array(point.length);
  for (let i = 0; i < point.length; i++) {
    const original = point[i];
    point[i] = original + h;
    const up = f(point);
    point[i] = original - h;
    const down = f(point);
    point[i] = original;
    grad[i] = (up - down) / (2 * h);
  }
  return grad;
}

/** The numerical derivative of a function of one number, by central differences. */
export function numericalDerivative(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * max |aᵢ − bᵢ| divided by the largest entry of either gradient: one number for the whole gradient, so an entry
 * that is nearly zero is not judged on its own rounding noise. The floor keeps two all-zero gradients equal.
 */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-12): number {
  if (a.length !== b.length) throw new RangeError(`relativeError: lengths differ (${a.length} vs ${b.length})`);
  let difference = 0;
  let magnitude = floor;
  for (let i = 0; i < a.length; i++) {
    difference = Math.max(difference, Math.abs(a[i] - b[i]));
    magnitude = Math.max(magnitude, Math.abs(a[i]), Math.abs(b[i]));
  }
  return difference / magnitude;
}

/** Σ wᵢ·yᵢ: turns a vector output into a scalar loss whose gradient with respect to y is exactly w. */
export function weightedTotal(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * weights[i];
  return sum;
}
