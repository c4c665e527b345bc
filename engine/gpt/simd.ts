
/*
 * A WebAssembly SIMD kernel for float32 matrix products, assembled here from a short instruction list (no binary
 * blob). It computes 4×8 blocks of the output: for each k it broadcasts four A values and multiplies them with
 * two 4-lane vectors of B, so each instruction does four multiply-adds and the eight sums stay in registers.
 * Used for float32 models when the runtime supports WebAssembly SIMD; float64 models and runtimes without SIMD
 * use the JavaScript kernel in matmul.ts. Sums are float32, as in TensorFlow.js.
 */

const I32 = 0x7f;
const V128 = 0x7b;

function leb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}
const uleb = (value: number): number[] => {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v ? byte | 0x80 : byte);
  } while (v);
  return out;
};
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (text: string) => [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];

// parameters (addresses and strides in bytes): 0 rowBlocks, 1 colBlocks, 2 K, 3 a, 4 aRow, 5 aDepth, 6 b, 7 bDepth, 8 out
const [ROWS, COLS, K, A, A_ROW, A_DEPTH, B, B_DEPTH, OUT] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
// i32 locals
const [IB, JB, KK, PA, PB, PC, LDC, A_ROW2, A_ROW3] = [9, 10, 11, 12, 13, 14, 15, 16, 17];
// v128 locals: eight accumulators (row r: 18 + 2r, 19 + 2r), the broadcast A value, two B vectors
const ACC = (i: number) => 18 + i;
const [AV, B0, B1] = [26, 27, 28];

const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const tee = (i: number) => [0x22, ...uleb(i)];
const i32 = (v: number) => [0x41, ...leb(v)];
const [ADD, SUB, MUL, LT_U] = [[0x6a], [0x6b], [0x6c], [0x49]];
const simd = (op: number) => [0xfd, ...uleb(op)];
const v128Load = (offset: number) => [...simd(0), 0, ...uleb(offset)];
const v128Store = (offset: number) => [...simd(11), 0, ...uleb(offset)];
const f32Load = [0x2a, 2, 0];
const SPLAT = simd(19);
const FADD = simd(228);
const FMUL = simd(230);
const ZERO = [...simd(12), ...new Array(16).fill(0)];
const LOOP = [0x03, 0x40];
const END = [0x0b];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];

// out[4·ib + r][8·jb + c] = Σ_k A(4·ib + r, k) · B(k, 8·jb + c), with A(i, k) at a + i·aRow + k·aDepth and the
// eight B values of a block contiguous at b + k·bDepth + 32·jb.
function body(): number[] {
  const code: number[] = [];
  const emit = (...parts: number[][]) => parts.forEach((p) => code.push(...p));
  emit(get(COLS), i32(32), MUL, set(LDC)); // bytes per row of out: colBlocks · 8 floats · 4 bytes
  emit(get(A_ROW), i32(2), MUL, set(A_ROW2), get(A_ROW), i32(3), MUL, set(A_ROW3));
  emit(i32(0), set(IB), LOOP);
  emit(i32(0), set(JB), LOOP);
  for (let i = 0; i < 8; i++) emit(ZERO, set(ACC(i)));
  emit(get(A), get(IB), i32(4), MUL, get(A_ROW), MUL, ADD, set(PA));
  emit(get(B), get(JB), i32(32), MUL, ADD, set(PB));
  emit(get(K), set(KK), LOOP);
  emit(get(PB), v128Load(0), set(B0), get(PB), v128Load(16), set(B1));
  const rowAddress = [[...get(PA)], [...get(PA), ...get(A_ROW), ...ADD], [...get(PA), ...get(A_ROW2), ...ADD],
    [...get(PA), ...get(A_ROW3), ...ADD]];
  for (let r = 0; r < 4; r++) {
    emit(rowAddress[r], f32Load, SPLAT, set(AV));
    emit(get(ACC(2 * r)), get(AV), get(B0), FMUL, FADD, set(ACC(2 * r)));
    emit(get(ACC(2 * r + 1)), get(AV), get(B1), FMUL, FADD, set(ACC(2 * r + 1)));
  }
  emit(get(PA), get(A_DEPTH), ADD, set(PA), get(PB), get(B_DEPTH), ADD, set(PB));
  emit(get(KK), i32(1), SUB, tee(KK), brIf(0), END);
  emit(get(OUT), get(IB), i32(4), MUL, get(LDC), MUL, ADD, get(JB), i32(32), MUL, ADD, set(PC));
  for (let r = 0; r < 4; r++) {
    emit(get(PC), get(ACC(2 * r)), v128Store(0), get(PC), get(ACC(2 * r + 1)), v128Store(16));
    emit(get(PC), get(LDC), ADD, set(PC));
  }
  emit(get(JB), i32(1), ADD, tee(JB), get(COLS), LT_U, brIf(0), END);
  emit(get(IB), i32(1), ADD, tee(IB), get(ROWS), LT_U, brIf(0), END);
  emit(END);
  return code;
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const locals = [2, 9, I32, 11, V128];
  const fn = [...locals, ...body()];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 9, ...new Array(9).fill(I32), 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...name('gemm'), 0x00, 0, ...name('memory'), 0x02, 0]),
    ...section(10, [1, ...uleb(fn.length), ...fn]),
  ]);
}

interface SimdKernel {
  memory: WebAssembly.Memory;
  gemm: (
    rowBlocks: number, colBlocks: number, K: number, a: number, aRow: number, aDepth: number, b: number, bDepth: number,
    out: number,
  ) => void;
}

function instantiate(): SimdKernel | null {
  try {
    const bytes = moduleBytes();
    if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    return instance.exports as unknown as SimdKernel;
  } catch {
    return null;
  }
}

const kernel = instantiate();
let view = kernel ? new Float32Array(kernel.memory.buffer) : new Float32Array(0);

/** True when this runtime runs the SIMD kernel (WebAssembly with 128-bit SIMD). */
export const simdAvailable = kernel !== null;

function ensureFloats(count: number): Float32Array {
  if (!kernel) throw new Error('WebAssembly SIMD is not available');
  const needed = count * 4;
  const have = kernel.memory.buffer.byteLength;
  if (needed > have) kernel.memory.grow(Math.ceil((needed - have) / 65536));
  if (view.buffer !== kernel.memory.buffer) view = new Float32Array(kernel.memory.buffer);
  return view;
}

/**
 * out (M, N) (+)= A (M, K) · B (K, N) with strided float32 operands (as in gemm), summed in float32 SIMD lanes.
 * A is copied into the kernel's memory as the span it occupies, strides kept; B likewise when its columns are
 * contiguous, otherwise transposed into place (B is then a weight matrix, small next to the activations).
 */
export function simdGemm(
  M: number, N: number, K: number,
  a: Float32Array, aOffset: number, aRow: number, aCol: number,
  b: Float32Array, bOffset: number, bRow: number, bCol: number,
  out: Float32Array, outOffset: number, ldc: number, accumulate: boolean,
): void {
  const Mp = Math.ceil(M / 4) * 4;
  const Np = Math.ceil(N / 8) * 8;
  // An operand whose elements fill most of their span is copied as one block, strides kept; a sparse one (a
  // single head's columns, a transposed weight) is gathered into a compact row-major block instead.
  const aSpan = (M - 1) * aRow + (K - 1) * aCol + 1;
  const aBlock = aSpan <= 2 * M * K;
  const [aR, aD] = aBlock ? [aRow, aCol] : [K, 1];
  const aReach = aBlock ? (Mp - 1) * aRow + (K - 1) * aCol + 1 : Mp * K; // padded rows read this far
  const bSpan = (K - 1) * bRow + N;
  const bBlock = bCol === 1 && bSpan <= 2 * K * N;
  const bStride = bBlock ? bRow : Np;
  const bReach = (K - 1) * bStride + Np;
  const aBase = 0;
  const bBase = align4(aReach);
  const outBase = bBase + align4(bReach);
  const memory = ensureFloats(outBase + Mp * Np);
  if (aBlock) memory.set(a.subarray(aOffset, aOffset + aSpan), aBase);
  else gather(M, K, a, aOffset, aRow, aCol, memory, aBase, K);
  if (bBlock) memory.set(b.subarray(bOffset, bOffset + bSpan), bBase);
  else gather(K, N, b, bOffset, bRow, bCol, memory, bBase, Np);
  (kernel as SimdKernel).gemm(Mp / 4, Np / 8, K, aBase * 4, aR * 4, aD * 4, bBase * 4, bStride * 4, outBase * 4);
  if (!accumulate && Np === N && ldc === N) {
    out.set(memory.subarray(outBase, outBase + M * N), outOffset); // one block copy
    return;
  }
  for (let i = 0; i < M; i++) {
    const from = outBase + i * Np;
    const to = outOffset + i * ldc;
    if (accumulate) for (let j = 0; j < N; j++) out[to + j] += memory[from + j];
    else for (let j = 0; j < N; j++) out[to + j] = memory[from + j];
  }
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;

// Copies a strided (rows, cols) matrix into a row-major block whose rows are `stride` apart.
function gather(
  rows: number, cols: number, src: Float32Array, offset: number, rowStride: number, colStride: number,
  into: Float32Array, base: number, stride: number,
): void {
  for (let r = 0; r < rows; r++) {
    const from = offset + r * rowStride;
    const to = base + r * stride;
    if (colStride === 1) for (let c = 0; c < cols; c++) into[to + c] = src[from + c];
    else for (let c = 0; c < cols; c++) into[to + c] = src[from + c * colStride];
  }
}
