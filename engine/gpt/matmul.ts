import type { Floats } from './config';

/*
 * One general matrix multiply serves every form the model needs (A·B, A·Bᵀ, Aᵀ·B): each operand is described
 * by its offset and two strides, so a transpose is only a swap of strides. This is the readable reference (and the
 * float64 path of the gradient check); wasm/assembly/gemm.ts is the same blocking in WebAssembly SIMD. Both
 * operands are copied into Float64 panels four rows (or columns) wide; the inner loop then reads short contiguous
 * runs and keeps a 4×8 block of sums in locals, which is what makes plain JavaScript reach several GFLOP/s.
 */

let panelA = new Float64Array(4096);
let panelB = new Float64Array(4096);

/**
 * Which part of a product is needed, for causal attention: 'full'; 'lower' needs only the lower triangle of out
 * (entries above the diagonal may be left as they were or overwritten); 'depthToRow' sums k ≤ i only and
 * 'depthFromRow' k ≥ i only (rounded out to whole blocks), exact when A is zero beyond that range. The SIMD
 * kernels compute every product in full, which gives the same numbers.
 */
export type GemmRegion = 'full' | 'lower' | 'depthToRow' | 'depthFromRow';

function packPanels(
  rows: number, depth: number, src: Floats, offset: number, rowStride: number, depthStride: number, into: Float64Array,
): void {
  // panel p holds rows 4p..4p+3, interleaved along the depth: into[(p·depth + k)·4 + r]
  const full = rows & ~3;
  for (let r0 = 0; r0 < full; r0 += 4) {
    let q = r0 * depth;
    if (rowStride === 1) {
      // the four rows sit side by side in memory: copy four neighbours per depth step
      let p = offset + r0;
      for (let k = 0; k < depth; k++) {
        into[q] = src[p]; into[q + 1] = src[p + 1]; into[q + 2] = src[p + 2]; into[q + 3] = src[p + 3];
        p += depthStride; q += 4;
      }
    } else {
      let p0 = offset + r0 * rowStride;
      const p1 = rowStride, p2 = 2 * rowStride, p3 = 3 * rowStride;
      for (let k = 0; k < depth; k++) {
        into[q] = src[p0]; into[q + 1] = src[p0 + p1]; into[q + 2] = src[p0 + p2]; into[q + 3] = src[p0 + p3];
        p0 += depthStride; q += 4;
      }
    }
  }
  // a ragged last panel is padded with zeros, which add nothing to any sum
  for (let r = full; r < ((rows + 3) & ~3); r++) {
    let q = full * depth + (r & 3);
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
  out: Floats, outOffset: number, ldc: number, accumulate: boolean, region: GemmRegion = 'full',
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
    const kLow = region === 'depthFromRow' ? Math.min(i, K) : 0;
    const kHigh = region === 'depthToRow' ? Math.min(i + 4, K) : K;
    const jEnd = region === 'lower' ? Math.min(N, i + 4) : N;
    let j = 0;
    for (; j + 8 <= N && j < jEnd; j += 8) wideTile(A, B, K, kLow, kHigh, i, j, out, outOffset, ldc, accumulate, M);
    for (; j < jEnd; j += 4) narrowTile(A, B, K, kLow, kHigh, i, j, out, outOffset, ldc, accumulate, M, N);
  }
}

// A 4×8 block of out: each loaded A value is used eight times, each B value four times, all sums stay in locals.
function wideTile(
  A: Float64Array, B: Float64Array, K: number, kLow: number, kHigh: number, i: number, j: number,
  out: Floats, outOffset: number, ldc: number,
  accumulate: boolean, M: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let d00 = 0, d01 = 0, d02 = 0, d03 = 0, d10 = 0, d11 = 0, d12 = 0, d13 = 0;
  let d20 = 0, d21 = 0, d22 = 0, d23 = 0, d30 = 0, d31 = 0, d32 = 0, d33 = 0;
  let pa = i * K + 4 * kLow;
  let pb = j * K + 4 * kLow;
  let pd = pb + 4 * K;
  const end = j * K + 4 * kHigh;
  while (pb < end) {
    const a0 = A[pa], a1 = A[pa + 1], a2 = A[pa + 2], a3 = A[pa + 3];
    let b = B[pb];
    c00 += a0 * b; c10 += a1 * b; c20 += a2 * b; c30 += a3 * b; b = B[pb + 1];
    c01 += a0 * b; c11 += a1 * b; c21 += a2 * b; c31 += a3 * b; b = B[pb + 2];
    c02 += a0 * b; c12 += a1 * b; c22 += a2 * b; c32 += a3 * b; b = B[pb + 3];
    c03 += a0 * b; c13 += a1 * b; c23 += a2 * b; c33 += a3 * b; b = B[pd];
    d00 += a0 * b; d10 += a1 * b; d20 += a2 * b; d30 += a3 * b; b = B[pd + 1];
    d01 += a0 * b; d11 += a1 * b; d21 += a2 * b; d31 += a3 * b; b = B[pd + 2];
    d02 += a0 * b; d12 += a1 * b; d22 += a2 * b; d32 += a3 * b; b = B[pd + 3];
    d03 += a0 * b; d13 += a1 * b; d23 += a2 * b; d33 += a3 * b;
    pa += 4; pb += 4; pd += 4;
  }
  if (i + 4 <= M && !accumulate) {
    let pc = outOffset + i * ldc + j;
    out[pc] = c00; out[pc + 1] = c01; out[pc + 2] = c02; out[pc + 3] = c03;
    out[pc + 4] = d00; out[pc + 5] = d01; out[pc + 6] = d02; out[pc + 7] = d03; pc += ldc;
    out[pc] = c10; out[pc + 1] = c11; out[pc + 2] = c12; out[pc + 3] = c13;
    out[pc + 4] = d10; out[pc + 5] = d11; out[pc + 6] = d12; out[pc + 7] = d13; pc += ldc;
    out[pc] = c20; out[pc + 1] = c21; out[pc + 2] = c22; out[pc + 3] = c23;
    out[pc + 4] = d20; out[pc + 5] = d21; out[pc + 6] = d22; out[pc + 7] = d23; pc += ldc;
    out[pc] = c30; out[pc + 1] = c31; out[pc + 2] = c32; out[pc + 3] = c33;
    out[pc + 4] = d30; out[pc + 5] = d31; out[pc + 6] = d32; out[pc + 7] = d33;
  } else if (i + 4 <= M) {
    let pc = outOffset + i * ldc + j;
    out[pc] += c00; out[pc + 1] += c01; out[pc + 2] += c02; out[pc + 3] += c03;
    out[pc + 4] += d00; out[pc + 5] += d01; out[pc + 6] += d02; out[pc + 7] += d03; pc += ldc;
    out[pc] += c10; out[pc + 1] += c11; out[pc + 2] += c12; out[pc + 3] += c13;
    out[pc + 4] += d10; out[pc + 5] += d11; out[pc + 6] += d12; out[pc + 7] += d13; pc += ldc;
    out[pc] += c20; out[pc + 1] += c21; out[pc + 2] += c22; out[pc + 3] += c23;
    out[pc + 4] += d20; out[pc + 5] += d21; out[pc + 6] += d22; out[pc + 7] += d23; pc += ldc;
    out[pc] += c30; out[pc + 1] += c31; out[pc + 2] += c32; out[pc + 3] += c33;
    out[pc + 4] += d30; out[pc + 5] += d31; out[pc + 6] += d32; out[pc + 7] += d33;
  } else {
    writeEdge([c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33],
      i, j, M, j + 4, out, outOffset, ldc, accumulate);
    writeEdge([d00, d01, d02, d03, d10, d11, d12, d13, d20, d21, d22, d23, d30, d31, d32, d33],
      i, j + 4, M, j + 8, out, outOffset, ldc, accumulate);
  }
}

// A 4×4 block of out, for the columns left over when N is not a multiple of 8.
function narrowTile(
  A: Float64Array, B: Float64Array, K: number, kLow: number, kHigh: number, i: number, j: number,
  out: Floats, outOffset: number, ldc: number,
  accumulate: boolean, M: number, N: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let pa = i * K + 4 * kLow;
  let pb = j * K + 4 * kLow;
  const end = j * K + 4 * kHigh;
  while (pb < end) {
    const a0 = A[pa], a1 = A[pa + 1], a2 = A[pa + 2], a3 = A[pa + 3];
    const b0 = B[pb], b1 = B[pb + 1], b2 = B[pb + 2], b3 = B[pb + 3];
    c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
    c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
    c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
    c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
    pa += 4; pb += 4;
  }
  writeEdge([c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33],
    i, j, M, N, out, outOffset, ldc, accumulate);
}

// Writes a 4×4 block clipped to rows < M and columns < N; also the accumulate path, where the extra reads dominate anyway.
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
