import { madd } from './simd';

/*
 * out (M, N) = A (M, K) · B (K, N), or += when accumulate is 1. Pointers are byte addresses; strides are in
 * elements, so A·Bᵀ and Aᵀ·B are the same call with swapped strides. B is first packed into panels of 8 columns
 * (panel p, depth k: 8 floats at scratch + (p·K + k)·32, zero-padded). A is read in place when its rows are
 * contiguous, and otherwise (Aᵀ·B, a weight gradient) packed four rows at a time, so the tile reads one line of A
 * per step instead of one cache line per row per step. The 4×8 tile keeps its 32 sums in eight vectors: per k,
 * two loads of B, four broadcasts of A (one per row), 8 madds.
 * A full product deeper than KC is summed in blocks of KC: each block's packed panels of B then fit in L2 and one
 * panel with its slice of A in L1, which is what keeps the weight gradients (depth B·T, e.g. 2048) at the speed
 * of the forward products.
 */

// Depth of one block of the sum: an 8-column panel of B (8 KB) and four rows of A (4 KB) share L1.
const KC = 256;
// Where a clipped edge tile parks its sums before the scalar copy-out (8 vectors).
const edge = memory.data(128, 16);
// Four rows of A packed side by side (depth k: 4 floats at aPanel + k·16), for A with strided rows.
const aPanel = memory.data(KC << 4, 16);

function packB(N: i32, K: i32, b: usize, bRow: i32, bCol: i32, dst: usize): void {
  const panels = (N + 7) >> 3;
  for (let p = 0; p < panels; p++) {
    const j0 = p << 3;
    const cols = min(8, N - j0);
    const panel = dst + (<usize>(p * K) << 5);
    if (cols == 8 && bCol == 1) {
      for (let k = 0; k < K; k++) {
        const src = b + (<usize>(k * bRow + j0) << 2);
        const d = panel + (<usize>k << 5);
        v128.store(d, v128.load(src));
        v128.store(d, v128.load(src, 16), 16);
      }
    } else {
      for (let c = 0; c < 8; c++) {
        let d = panel + (<usize>c << 2);
        if (c < cols) {
          let src = b + (<usize>((j0 + c) * bCol) << 2);
          const step = <usize>bRow << 2;
          for (let k = 0; k < K; k++) { store<f32>(d, load<f32>(src)); src += step; d += 32; }
        } else {
          for (let k = 0; k < K; k++) { store<f32>(d, 0); d += 32; }
        }
      }
    }
  }
}

// @ts-ignore: decorator
@inline function put(p: usize, v: v128, accumulate: i32): void {
  v128.store(p, accumulate ? f32x4.add(v128.load(p), v) : v);
}

function tile(
  a0: usize, a1: usize, a2: usize, a3: usize, aStep: usize, pb: usize, K: i32, out: usize, ldc: i32, rows: i32,
  cols: i32, accumulate: i32,
): void {
  let c00 = f32x4.splat(0), c01 = f32x4.splat(0), c10 = f32x4.splat(0), c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0), c21 = f32x4.splat(0), c30 = f32x4.splat(0), c31 = f32x4.splat(0);
  for (let k = 0; k < K; k++) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load32_splat(a0);
    c00 = madd(a, b0, c00); c01 = madd(a, b1, c01);
    a = v128.load32_splat(a1);
    c10 = madd(a, b0, c10); c11 = madd(a, b1, c11);
    a = v128.load32_splat(a2);
    c20 = madd(a, b0, c20); c21 = madd(a, b1, c21);
    a = v128.load32_splat(a3);
    c30 = madd(a, b0, c30); c31 = madd(a, b1, c31);
    a0 += aStep; a1 += aStep; a2 += aStep; a3 += aStep; pb += 32;
  }
  const row = <usize>ldc << 2;
  if (rows == 4 && cols == 8) {
    put(out, c00, accumulate); put(out + 16, c01, accumulate); out += row;
    put(out, c10, accumulate); put(out + 16, c11, accumulate); out += row;
    put(out, c20, accumulate); put(out + 16, c21, accumulate); out += row;
    put(out, c30, accumulate); put(out + 16, c31, accumulate);
    return;
  }
  v128.store(edge, c00); v128.store(edge, c01, 16); v128.store(edge, c10, 32); v128.store(edge, c11, 48);
  v128.store(edge, c20, 64); v128.store(edge, c21, 80); v128.store(edge, c30, 96); v128.store(edge, c31, 112);
  for (let r = 0; r < rows; r++) {
    const o = out + <usize>r * row;
    const e = edge + (<usize>r << 5);
    for (let c = 0; c < cols; c++) {
      const p = o + (<usize>c << 2);
      const v = load<f32>(e + (<usize>c << 2));
      store<f32>(p, accumulate ? load<f32>(p) + v : v);
    }
  }
}

/** Bytes of scratch gemm needs for an (M, N, K) product: the packed panels of B for one block of the sum. */
export function gemmScratchBytes(N: i32, K: i32): i32 {
  return ((N + 7) >> 3) * min(K, KC) << 5;
}

// Rows i … i + rows − 1 of A over depth 0 … K − 1 into aPanel; lanes past `rows` keep old values, never stored.
function packA(rows: i32, K: i32, a: usize, aRow: i32, aCol: i32): void {
  const step = <usize>aCol << 2;
  if (rows == 4 && aRow == 1) {
    let src = a;
    for (let k = 0; k < K; k++) { v128.store(aPanel + (<usize>k << 4), v128.load(src)); src += step; }
    return;
  }
  for (let r = 0; r < rows; r++) {
    let src = a + (<usize>(r * aRow) << 2);
    let d = aPanel + (<usize>r << 2);
    for (let k = 0; k < K; k++) { store<f32>(d, load<f32>(src)); src += step; d += 16; }
  }
}

// One block of the sum (K ≤ KC, or any K when A is read in place): pack B, then every tile of out.
function block(
  M: i32, N: i32, K: i32, a: usize, aRow: i32, aCol: i32, b: usize, bRow: i32, bCol: i32,
  out: usize, ldc: i32, accumulate: i32, scratch: usize, region: i32,
): void {
  const panels = (N + 7) >> 3;
  packB(N, K, b, bRow, bCol, scratch);
  const packed = aCol != 1 && K <= KC;
  const rowBytes = <usize>aRow << 2;
  const aStep: usize = packed ? 16 : <usize>aCol << 2;
  for (let i = 0; i < M; i += 4) {
    const rows = min(4, M - i);
    const o = out + (<usize>(i * ldc) << 2);
    const kLow = region == 3 ? min(i, K) : 0;
    const kHigh = region == 2 ? min(i + 4, K) : K;
    const depth = kHigh - kLow;
    const last = region == 1 ? min(panels, ((i + 3) >> 3) + 1) : panels;
    let a0: usize, a1: usize, a2: usize, a3: usize;
    if (packed) {
      packA(rows, K, a + <usize>i * rowBytes, aRow, aCol);
      a0 = aPanel + (<usize>kLow << 4);
      a1 = a0 + 4; a2 = a0 + 8; a3 = a0 + 12;
    } else {
      // A is read where it lies, one pointer per row; rows past M repeat the last row and are never stored
      a0 = a + <usize>i * rowBytes + <usize>kLow * aStep;
      a1 = a0 + <usize>min(1, rows - 1) * rowBytes;
      a2 = a0 + <usize>min(2, rows - 1) * rowBytes;
      a3 = a0 + <usize>min(3, rows - 1) * rowBytes;
    }
    for (let p = 0; p < last; p++) {
      const pb = scratch + (<usize>(p * K + kLow) << 5);
      tile(a0, a1, a2, a3, aStep, pb, depth, o + (<usize>p << 5), ldc, rows, min(8, N - (p << 3)), accumulate);
    }
  }
}

/**
 * out (M, N) (+)= A·B with A(i, k) = a[i·aRow + k·aCol], B(k, j) = b[k·bRow + j·bCol]; out row length ldc.
 * region, for causal attention, as GemmRegion in ../../matmul.ts: 0 full; 1 only the lower triangle of out is
 * needed (blocks wholly above the diagonal are skipped, not written); 2 A is zero for k > i (sums stop at the
 * row block's end); 3 A is zero for k < i (sums start at the row block's start).
 */
export function gemm(
  M: i32, N: i32, K: i32, a: usize, aRow: i32, aCol: i32, b: usize, bRow: i32, bCol: i32,
  out: usize, ldc: i32, accumulate: i32, scratch: usize, region: i32,
): void {
  // attention's products (region ≠ 0) are at most T deep and take the whole depth in one block
  if (region != 0 || K <= KC) {
    block(M, N, K, a, aRow, aCol, b, bRow, bCol, out, ldc, accumulate, scratch, region);
    return;
  }
  for (let k0 = 0; k0 < K; k0 += KC) {
    const depth = min(KC, K - k0);
    // every block after the first adds onto the sums so far
    block(M, N, depth, a + (<usize>(k0 * aCol) << 2), aRow, aCol, b + (<usize>(k0 * bRow) << 2), bRow, bCol,
      out, ldc, k0 > 0 ? 1 : accumulate, scratch, 0);
  }
}
