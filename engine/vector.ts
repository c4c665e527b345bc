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
