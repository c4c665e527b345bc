/**
 * Activation functions and their derivatives, one number at a time (map them over a layer with mapMatrix).
 *
 * GELU comes in two forms. The course's default, `gelu`, is the tanh approximation GPT-2 uses:
 *   gelu(x) = ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
 * `geluExact` is the definition it approximates, x·Φ(x) with Φ the standard normal CDF, computed through erf.
 * The two differ by less than 0.0005 everywhere (the largest gap is near |x| ≈ 2.2).
 */

/** σ(x) = 1 / (1 + e^(−x)): squashes any number into (0, 1). */
export function sigmoid(x: number): number {
  // Two branches so that exp() only ever sees a non-positive argument and cannot overflow.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** σ′(x) = σ(x)·(1 − σ(x)). */
export function sigmoidDerivative(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}

/** ReLU(x) = max(0, x). */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** ReLU′(x): 1 for x > 0, else 0 (the kink at 0 is given slope 0, as PyTorch does). */
export function reluDerivative(x: number): number {
  return x > 0 ? 1 : 0;
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;

/** GELU, tanh approximation (GPT-2's form): ½·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
export function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x)));
}

/** d/dx of the tanh-approximation GELU: ½(1 + tanh u) + ½·x·(1 − tanh²u)·u′, with u′ = √(2/π)(1 + 3·0.044715·x²). */
export function geluDerivative(x: number): number {
  const t = Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x));
  const du = SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * x * x);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

// erf(z) for 0 ≤ z < 3 from the series 2/√π · e^(−z²) · Σ 2ⁿ z^(2n+1) / (1·3·…·(2n+1)). Every term is positive,
// so there is no cancellation and the sum is accurate to a few units in the last place.
function erfSeries(z: number): number {
  let term = z;
  let sum = z;
  for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
    term *= (2 * z * z) / (2 * n + 1);
    sum += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z * z) * sum;
}

// erfc(z) for z ≥ 3 from its continued fraction e^(−z²)/√π · 1/(z + ½/(z + 1/(z + (3/2)/(z + …)))), evaluated from
// the tail up. Computing erfc directly keeps its tiny values precise, where 1 − erf(z) would lose them to rounding.
function erfcContinuedFraction(z: number): number {
  let tail = z;
  for (let n = 60; n >= 1; n--) tail = z + n / 2 / tail;
  return Math.exp(-z * z) / Math.sqrt(Math.PI) / tail;
}

/** The complementary error function erfc(x) = 1 − erf(x), precise even where it is tiny. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return x < 3 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, accurate to about 1e-15. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const z = Math.abs(x);
  const value = z < 3 ? erfSeries(z) : 1 - erfcContinuedFraction(z);
  return x < 0 ? -value : value;
}

/** Φ(x): the probability that a standard normal draw is at most x. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** GELU, exact form: x·Φ(x), the input weighted by how likely a standard normal draw is to fall below it. */
export function geluExact(x: number): number {
  return x * normalCdf(x);
}

/** d/dx of the exact GELU: Φ(x) + x·φ(x), where φ(x) = e^(−x²/2)/√(2π) is the normal density. */
export function geluExactDerivative(x: number): number {
  return normalCdf(x) + (x * Math.exp(-0.5 * x * x)) / Math.sqrt(2 * Math.PI);
}
