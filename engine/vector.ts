/** Vectors as plain arrays or typed arrays; every function returns a new value. */
export type Vector = ArrayLike<number>;

/** The dot product Σ aᵢ·bᵢ of two vectors of the same length. */
export function dot(a: Vector, b: Vector): number {
  if (a.length !== b.length) throw new RangeError(`dot: lengths differ (${a.length} vs ${b.length})`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Σ wᵢ·vᵢ: the vectors weighted and added (a weighted average when the weights sum to 1). */
export function weightedSum(weights: Vector, vectors: readonly Vector[]): Float64Array {
  if (weights.length !== vectors.length) {
    throw new RangeError(`weightedSum: ${weights.length} weights for ${vectors.length} vectors`);
  }
  const width = vectors.length > 0 ? vectors[0].length : 0;
  const out = new Float64Array(width);
  vectors.forEach((vector, i) => {
    if (vector.length !== width) throw new RangeError('weightedSum: vectors differ in length');
    for (let j = 0; j < width; j++) out[j] += weights[i] * vector[j];
  });
  return out;
}

function sameLength(name: string, a: Vector, b: Vector): void {
  if (a.length !== b.length) throw new RangeError(`${name}: lengths differ (${a.length} vs ${b.length})`);
}

/** a + b, entry by entry. */
export function add(a: Vector, b: Vector): Float64Array {
  sameLength('add', a, b);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
  return out;
}

/** a − b, entry by entry. */
export function subtract(a: Vector, b: Vector): Float64Array {
  sameLength('subtract', a, b);
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

/** factor · a: every entry multiplied by one number. */
export function scale(a: Vector, factor: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * factor;
  return out;
}

/** The Euclidean length √(Σ aᵢ²) of a vector. */
export function norm(a: Vector): number {
  // Dividing by the largest entry first keeps the squares from overflowing for huge vectors.
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i]));
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] / largest) ** 2;
  return largest * Math.sqrt(sum);
}

/**
 * cos θ = a·b / (|a|·|b|): how aligned two vectors are, from −1 (opposite) through 0 (perpendicular) to 1 (same
 * direction), whatever their lengths. A zero vector has no direction, so its similarity is reported as 0.
 */
export function cosineSimilarity(a: Vector, b: Vector): number {
  sameLength('cosineSimilarity', a, b);
  const lengths = norm(a) * norm(b);
  if (lengths === 0) return 0;
  // Rounding can push the ratio a hair past ±1; clamp so callers can take acos safely.
  return Math.max(-1, Math.min(1, dot(a, b) / lengths));
}
