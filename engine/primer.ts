import { dot, norm, type Vector } from './vector';

/** The geometry of a dot product between two 2-D (or n-D) arrows: its value, the lengths, cosine and angle. */
export interface DotGeometry {
  /** a · b = Σ aᵢbᵢ. */
  dot: number;
  /** The products aᵢbᵢ whose sum is the dot product, in order. */
  terms: number[];
  /** ‖a‖ and ‖b‖. */
  lengthA: number;
  lengthB: number;
  /** cos θ = a · b / (‖a‖‖b‖), or null when an arrow has no length and so no direction. */
  cosine: number | null;
  /** θ in degrees, 0 to 180, or null when the cosine is undefined. */
  angleDegrees: number | null;
  /** How the arrows point relative to each other, read from the cosine. */
  relation: 'same direction' | 'perpendicular' | 'opposite' | 'acute' | 'obtuse' | 'undefined';
}

// Cosines this close to 1, 0 or −1 are called exactly that, so slider positions that are exact on paper read so.
const TOLERANCE = 1e-9;

/** Dot product, lengths, cosine and angle of two arrows, with a word for how they point. */
export function dotGeometry(a: Vector, b: Vector): DotGeometry {
  if (a.length !== b.length) throw new RangeError(`dotGeometry: lengths ${a.length} and ${b.length} differ`);
  const terms = Array.from(a, (ai, i) => ai * b[i]);
  const value = dot(a, b);
  const lengthA = norm(a);
  const lengthB = norm(b);
  if (lengthA === 0 || lengthB === 0) {
    return { dot: value, terms, lengthA, lengthB, cosine: null, angleDegrees: null, relation: 'undefined' };
  }
  let cosine = Math.max(-1, Math.min(1, value / (lengthA * lengthB)));
  let relation: DotGeometry['relation'] = cosine > 0 ? 'acute' : 'obtuse';
  // Rounding in the lengths' square roots would otherwise turn 180° into 179.9999988°.
  if (Math.abs(cosine - 1) < TOLERANCE) [cosine, relation] = [1, 'same direction'];
  else if (Math.abs(cosine + 1) < TOLERANCE) [cosine, relation] = [-1, 'opposite'];
  else if (Math.abs(cosine) < TOLERANCE) [cosine, relation] = [0, 'perpendicular'];
  const angleDegrees = (Math.acos(cosine) * 180) / Math.PI;
  return { dot: value, terms, lengthA, lengthB, cosine, angleDegrees, relation };
}

/** The shape of a matrix product, or why there is none. */
export type ProductShape =
  | { ok: true; rows: number; cols: number; inner: number }
  | { ok: false; reason: string };

/** Checks that (m × n)(n′ × p) can be multiplied: the inner sizes n and n′ must be equal; the result is m × p. */
export function productShape(aRows: number, aCols: number, bRows: number, bCols: number): ProductShape {
  if (aCols !== bRows) {
    return {
      ok: false,
      reason:
        `A is ${aRows} × ${aCols} and B is ${bRows} × ${bCols}: a row of A has ${aCols} numbers but a column of B ` +
        `has ${bRows}, so there is no dot product to take. The inner sizes must match.`,
    };
  }
  return { ok: true, rows: aRows, cols: bCols, inner: aCols };
}

/** The sum of a list of numbers (a distribution's total, for instance). */
export function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}
