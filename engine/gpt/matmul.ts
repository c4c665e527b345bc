import type { Floats } from './config';

/*
 * One general matrix multiply serves every form the model needs (A·B, A·Bᵀ, Aᵀ·B): each operand is described
 * by its offset and two strides, so a transpose is only a swap of strides. Both operands are first copied into
 * Float64 panels four rows (or columns) wide; the inner loop then reads two short contiguous runs and keeps a
 * 4×4 block of sums in locals, which is what makes plain JavaScript reach several GFLOP/s.
 */

let panelA = new Float64Array(4096);
let panelB = new Float64Array(4096);

/** A strided view of a matrix: element (r, c) is data[offset + r·rowStride + c·colStride]. */
export interface MatrixView {
  data: Floats;
  offset: number;
  rowStride: number;
  colStride: number;
}

function packPanels(
  rows: number, depth: number, src: Floats, offset: number, rowStride: number, depthStride: number, into: Float64Array,
): void {
  // panel p holds rows 4p..4p+3, interleaved along the depth: into[(p·depth + k)·4 + r]
  const padded = (rows + 3) & ~3;
  for (let r = 0; r < padded; r++) {
    let q = (r >> 2) * depth * 4 + (r & 3);
    if (r < rows) {
      let p = offset + r * rowStride;
      for (let k = 0; k < depth; k++) { into[q] = src[p]; p += depthStride; q += 4; }
    } else {
      for (let k = 0; k < depth; k++) { into[q] = 0; q += 4; }
    }
  }
}

/**
 * out (M, N) = A (M, K) · B (K, N), or out += A·B when accumulate is true. out is row-major with row length ldc.
 * A(i, k) = a[aOffset + i·aRow + k·aCol]; B(k, j) = b[bOffset + k·bRow + j·bCol].
 */
export function gemm(
  M: number, N: number, K: number,
  a: Floats, aOffset: number, aRow: number, aCol: number,
  b: Floats, bOffset: number, bRow: number, bCol: number,
  out: Floats, outOffset: number, ldc: number, accumulate: boolean,
): void {
  const Mp = (M + 3) & ~3;
  const Np = (N + 3) & ~3;
  if (panelA.length < Mp * K) panelA = new Float64Array(Mp * K);
  if (panelB.length < Np * K) panelB = new Float64Array(Np * K);
  const A = panelA;
  const B = panelB;
  packPanels(M, K, a, aOffset, aRow, aCol, A);
  packPanels(N, K, b, bOffset, bCol, bRow, B);
  for (let i = 0; i < M; i += 4) {
    const aStart = i * K;
    for (let j = 0; j < N; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      let pa = aStart;
      let pb = j * K;
      const end = pb + 4 * K;
      while (pb < end) {
        const a0 = A[pa], a1 = A[pa + 1], a2 = A[pa + 2], a3 = A[pa + 3];
        const b0 = B[pb], b1 = B[pb + 1], b2 = B[pb + 2], b3 = B[pb + 3];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
        pa += 4; pb += 4;
      }
      if (i + 4 <= M && j + 4 <= N) {
        let pc = outOffset + i * ldc + j;
        if (accumulate) {
          out[pc] += c00; out[pc + 1] += c01; out[pc + 2] += c02; out[pc + 3] += c03; pc += ldc;
          out[pc] += c10; out[pc + 1] += c11; out[pc + 2] += c12; out[pc + 3] += c13; pc += ldc;
          out[pc] += c20; out[pc + 1] += c21; out[pc + 2] += c22; out[pc + 3] += c23; pc += ldc;
          out[pc] += c30; out[pc + 1] += c31; out[pc + 2] += c32; out[pc + 3] += c33;
        } else {
          out[pc] = c00; out[pc + 1] = c01; out[pc + 2] = c02; out[pc + 3] = c03; pc += ldc;
          out[pc] = c10; out[pc + 1] = c11; out[pc + 2] = c12; out[pc + 3] = c13; pc += ldc;
          out[pc] = c20; out[pc + 1] = c21; out[pc + 2] = c22; out[pc + 3] = c23; pc += ldc;
          out[pc] = c30; out[pc + 1] = c31; out[pc + 2] = c32; out[pc + 3] = c33;
        }
      } else {
        const block = [c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33];
        writeEdge(block, i, j, M, N, out, outOffset, ldc, accumulate);
      }
    }
  }
}

// The ragged last block (M or N not a multiple of 4) is rare, so clarity beats speed here.
function writeEdge(
  block: number[], i: number, j: number, M: number, N: number, out: Floats, outOffset: number, ldc: number,
  accumulate: boolean,
): void {
  for (let r = 0; r < 4 && i + r < M; r++) {
    for (let c = 0; c < 4 && j + c < N; c++) {
      const p = outOffset + (i + r) * ldc + j + c;
      out[p] = accumulate ? out[p] + block[r * 4 + c] : block[r * 4 + c];
    }
  }
}

/** out (M, N) (+)= x (M, K) · w (K, N), all row-major: the forward pass of a linear layer. */
export function matmul(out: Floats, x: Floats, w: Floats, M: number, K: number, N: number, accumulate = false): void {
  gemm(M, N, K, x, 0, K, 1, w, 0, N, 1, out, 0, N, accumulate);
}

/** out (M, K) (+)= dy (M, N) · wᵀ where w is (K, N): the gradient of a linear layer's input. */
export function matmulTransposedB(
  out: Floats, dy: Floats, w: Floats, M: number, N: number, K: number, accumulate = false,
): void {
  gemm(M, K, N, dy, 0, N, 1, w, 0, 1, N, out, 0, K, accumulate);
}

/** out (K, N) (+)= xᵀ · dy where x is (M, K) and dy is (M, N): the gradient of a linear layer's weight. */
export function matmulTransposedA(
  out: Floats, x: Floats, dy: Floats, M: number, K: number, N: number, accumulate = true,
): void {
  gemm(K, N, M, x, 0, 1, K, dy, 0, N, 1, out, 0, N, accumulate);
}
