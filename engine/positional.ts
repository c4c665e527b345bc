import { matrix, randomMatrix, type Matrix } from './matrix';
import type { Rng } from './random';
import type { Vector } from './vector';

function checkShape(name: string, positions: number, dims: number): void {
  if (!Number.isInteger(positions) || positions < 0 || !Number.isInteger(dims) || dims < 1) {
    throw new RangeError(`${name}: needs whole positions and at least one dimension, got ${positions} × ${dims}`);
  }
}

/**
 * The sinusoidal table of "Attention Is All You Need" (positions × dims):
 *   PE(pos, 2i) = sin(pos / 10000^(2i/d)),  PE(pos, 2i+1) = cos(pos / 10000^(2i/d)).
 * Each pair of columns is a clock hand turning at its own speed; the first pair turns fastest.
 */
export function sinusoidalTable(positions: number, dims: number, base = 10000): Matrix {
  checkShape('sinusoidalTable', positions, dims);
  const table = matrix(positions, dims);
  for (let pos = 0; pos < positions; pos++) {
    for (let col = 0; col < dims; col++) {
      const pair = Math.floor(col / 2);
      const angle = pos / base ** ((2 * pair) / dims);
      table.data[pos * dims + col] = col % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return table;
}

/**
 * The d × d matrix M with PE(pos + offset) = PE(pos) · M for every pos: each sine-cosine pair is turned by the
 * same angle, by sin(a + b) = sin a cos b + cos a sin b and cos(a + b) = cos a cos b − sin a sin b. This is why
 * the original paper chose sinusoids: a fixed offset is a linear map the model can learn. Needs an even d.
 */
export function sinusoidalOffsetMatrix(offset: number, dims: number, base = 10000): Matrix {
  checkShape('sinusoidalOffsetMatrix', 0, dims);
  if (dims % 2 !== 0) throw new RangeError(`sinusoidalOffsetMatrix: needs an even number of dimensions, got ${dims}`);
  const m = matrix(dims, dims);
  for (let pair = 0; pair < dims / 2; pair++) {
    const angle = offset / base ** ((2 * pair) / dims);
    const [s, c] = [2 * pair, 2 * pair + 1];
    m.data[s * dims + s] = Math.cos(angle);
    m.data[c * dims + s] = Math.sin(angle);
    m.data[s * dims + c] = -Math.sin(angle);
    m.data[c * dims + c] = Math.cos(angle);
  }
  return m;
}

/**
 * A learned position table (positions × dims) as it starts before training: small Gaussian draws, std 0.02 by
 * default as in GPT-2. Training, not a formula, gives it meaning.
 */
export function learnedTable(positions: number, dims: number, rng: Rng, std = 0.02): Matrix {
  checkShape('learnedTable', positions, dims);
  return randomMatrix(positions, dims, rng, std);
}

/** Rotates the 2-D vector (x, y) by angle radians counter-clockwise: the one move RoPE makes, pair by pair. */
export function rotate2d(vector: Vector, angle: number): [number, number] {
  if (vector.length !== 2) throw new RangeError(`rotate2d: expected a 2-D vector, got length ${vector.length}`);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return [vector[0] * cos - vector[1] * sin, vector[0] * sin + vector[1] * cos];
}

/** The angle RoPE turns pair i (dimensions 2i, 2i+1) by at a given position: position · base^(−2i/d). */
export function ropeAngle(position: number, pair: number, dims: number, base = 10000): number {
  return position * base ** ((-2 * pair) / dims);
}

/** The angle every RoPE pair turns by at every position (positions × d/2), for a picture of the clock hands. */
export function ropeAngles(positions: number, dims: number, base = 10000): Matrix {
  checkShape('ropeAngles', positions, dims);
  if (dims % 2 !== 0) throw new RangeError(`ropeAngles: needs an even number of dimensions, got ${dims}`);
  const angles = matrix(positions, dims / 2);
  for (let pos = 0; pos < positions; pos++) {
    for (let pair = 0; pair < dims / 2; pair++) angles.data[pos * (dims / 2) + pair] = ropeAngle(pos, pair, dims, base);
  }
  return angles;
}

/**
 * Rotary position embedding: rotates each pair of dimensions (2i, 2i+1) of row t (T × d) by ropeAngle(positions[t],
 * i). Applied to queries and keys alike, the score q_m·k_n then depends on m − n alone, because rotating both by
 * their own angles leaves only the difference of the angles between them. Positions default to 0 … T − 1.
 * Pairs are adjacent dimensions, as in the RoFormer paper (some libraries pair dimension i with i + d/2 instead).
 */
export function applyRope(vectors: Matrix, positions?: ArrayLike<number>, base = 10000): Matrix {
  const { rows: T, cols: d } = vectors;
  if (d % 2 !== 0) throw new RangeError(`applyRope: needs an even number of dimensions to pair up, got ${d}`);
  if (positions && positions.length !== T) {
    throw new RangeError(`applyRope: ${positions.length} positions for ${T} vectors`);
  }
  const out = matrix(T, d);
  for (let t = 0; t < T; t++) {
    const position = positions ? positions[t] : t;
    for (let pair = 0; pair < d / 2; pair++) {
      const at = t * d + 2 * pair;
      const [x, y] = rotate2d([vectors.data[at], vectors.data[at + 1]], ropeAngle(position, pair, d, base));
      out.data[at] = x;
      out.data[at + 1] = y;
    }
  }
  return out;
}
