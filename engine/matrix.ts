import type { Rng } from './random';
import type { Vector } from './vector';

/** A dense row-major matrix: entry (i, j) lives at data[i * cols + j]. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** A rows × cols matrix, zero-filled or copied from row-major data of exactly rows·cols numbers. */
export function matrix(rows: number, cols: number, data?: Vector): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix: shape must be two non-negative integers, got ${rows} × ${cols}`);
  }
  if (data !== undefined && data.length !== rows * cols) {
    throw new RangeError(`matrix: ${rows} × ${cols} needs ${rows * cols} numbers, got ${data.length}`);
  }
  return { rows, cols, data: data ? Float64Array.from(data) : new Float64Array(rows * cols) };
}

/** Builds a matrix from nested rows, e.g. fromRows([[1, 2], [3, 4]]); every row must have the same length. */
export function fromRows(rows: readonly Vector[]): Matrix {
  const cols = rows.length > 0 ? rows[0].length : 0;
  const out = matrix(rows.length, cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) throw new RangeError(`fromRows: row ${i} has ${row.length} entries, expected ${cols}`);
    for (let j = 0; j < cols; j++) out.data[i * cols + j] = row[j];
  });
  return out;
}

/** The matrix as nested plain arrays, for tables, charts and test expectations. */
export function toRows(m: Matrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

/** A copy of row i (one token's vector when rows are tokens). */
export function getRow(m: Matrix, i: number): Float64Array {
  if (!Number.isInteger(i) || i < 0 || i >= m.rows) throw new RangeError(`getRow: row ${i} outside 0…${m.rows - 1}`);
  return m.data.slice(i * m.cols, (i + 1) * m.cols);
}

/** A copy of column j. */
export function getColumn(m: Matrix, j: number): Float64Array {
  if (!Number.isInteger(j) || j < 0 || j >= m.cols) {
    throw new RangeError(`getColumn: column ${j} outside 0…${m.cols - 1}`);
  }
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j];
  return out;
}

/** The n × n identity matrix. */
export function identity(n: number): Matrix {
  const out = matrix(n, n);
  for (let i = 0; i < n; i++) out.data[i * n + i] = 1;
  return out;
}

/** A rows × cols matrix of independent Gaussian draws N(0, std²) from the given seeded generator. */
export function randomMatrix(rows: number, cols: number, rng: Rng, std = 1): Matrix {
  const out = matrix(rows, cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = rng.gaussian(0, std);
  return out;
}

/** A · B: entry (i, j) is the dot product of row i of A with column j of B. (m × n)·(n × p) → m × p. */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new RangeError(`matmul: inner dimensions differ (${a.rows} × ${a.cols} times ${b.rows} × ${b.cols})`);
  }
  const out = matrix(a.rows, b.cols);
  // i-k-j order walks both B and the output along rows, which keeps memory access sequential.
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < a.cols; k++) {
      const aik = a.data[i * a.cols + k];
      if (aik === 0) continue;
      for (let j = 0; j < b.cols; j++) out.data[i * b.cols + j] += aik * b.data[k * b.cols + j];
    }
  }
  return out;
}

/**
 * Backward pass of C = A·B: given ∂L/∂C (m × p), returns ∂L/∂A = ∂L/∂C·Bᵀ (m × n) and ∂L/∂B = Aᵀ·∂L/∂C (n × p).
 * Every layer's weight gradient is this one rule.
 */
export function matmulBackward(a: Matrix, b: Matrix, gradOutput: Matrix): { gradA: Matrix; gradB: Matrix } {
  if (gradOutput.rows !== a.rows || gradOutput.cols !== b.cols) {
    throw new RangeError(
      `matmulBackward: gradient is ${gradOutput.rows} × ${gradOutput.cols}, product is ${a.rows} × ${b.cols}`,
    );
  }
  return { gradA: matmul(gradOutput, transpose(b)), gradB: matmul(transpose(a), gradOutput) };
}

/** x · W for a row vector x of length n and W of shape n × p: the course's convention for a layer. */
export function matmulRowVector(x: Vector, w: Matrix): Float64Array {
  if (x.length !== w.rows) {
    throw new RangeError(`matmulRowVector: vector of length ${x.length} times ${w.rows} × ${w.cols} matrix`);
  }
  const out = new Float64Array(w.cols);
  for (let k = 0; k < w.rows; k++) {
    const xk = x[k];
    for (let j = 0; j < w.cols; j++) out[j] += xk * w.data[k * w.cols + j];
  }
  return out;
}

/** W · x for W of shape m × n and a column vector x of length n: y = Wx as the math primer writes it. */
export function matVec(w: Matrix, x: Vector): Float64Array {
  if (x.length !== w.cols) {
    throw new RangeError(`matVec: ${w.rows} × ${w.cols} matrix times vector of length ${x.length}`);
  }
  const out = new Float64Array(w.rows);
  for (let i = 0; i < w.rows; i++) {
    let sum = 0;
    for (let j = 0; j < w.cols; j++) sum += w.data[i * w.cols + j] * x[j];
    out[i] = sum;
  }
  return out;
}

/** Aᵀ: rows become columns. m × n → n × m. */
export function transpose(m: Matrix): Matrix {
  const out = matrix(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) out.data[j * m.rows + i] = m.data[i * m.cols + j];
  }
  return out;
}

function sameShape(name: string, a: Matrix, b: Matrix): void {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new RangeError(`${name}: shapes differ (${a.rows} × ${a.cols} vs ${b.rows} × ${b.cols})`);
  }
}

/** A + B, entry by entry (the residual connection's "add the input back"). */
export function add(a: Matrix, b: Matrix): Matrix {
  sameShape('add', a, b);
  const out = matrix(a.rows, a.cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i] + b.data[i];
  return out;
}

/** A − B, entry by entry. */
export function subtract(a: Matrix, b: Matrix): Matrix {
  sameShape('subtract', a, b);
  const out = matrix(a.rows, a.cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i] - b.data[i];
  return out;
}

/** factor · A. */
export function scale(a: Matrix, factor: number): Matrix {
  const out = matrix(a.rows, a.cols);
  for (let i = 0; i < out.data.length; i++) out.data[i] = a.data[i] * factor;
  return out;
}

/** Adds a bias vector of length cols to every row (x·W + b for a whole sequence at once). */
export function addRowVector(a: Matrix, bias: Vector): Matrix {
  if (bias.length !== a.cols) throw new RangeError(`addRowVector: bias of length ${bias.length} for ${a.cols} columns`);
  const out = matrix(a.rows, a.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) out.data[i * a.cols + j] = a.data[i * a.cols + j] + bias[j];
  }
  return out;
}

/** Applies f to every entry, e.g. an activation over a whole layer. */
export function mapMatrix(a: Matrix, f: (value: number, row: number, col: number) => number): Matrix {
  const out = matrix(a.rows, a.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) out.data[i * a.cols + j] = f(a.data[i * a.cols + j], i, j);
  }
  return out;
}

/** The Frobenius norm √(Σ aᵢⱼ²): the length of the matrix read as one long vector. */
export function frobeniusNorm(a: Matrix): number {
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += a.data[i] * a.data[i];
  return Math.sqrt(sum);
}
