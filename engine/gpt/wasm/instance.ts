import { relaxedSimdKernels, simdKernels } from './compiledKernels';
import type { KernelPath } from './detect';

/*
 * One WebAssembly instance per trainer, each with its own memory, sized once when the trainer is made: the
 * TypeScript side holds Float32Array views into that memory, and since the memory never grows afterwards the
 * views stay valid for the trainer's life. Page 0 holds the kernels' own static data; tensors start at page 1.
 */

/** The kernels' exports; pointers are byte addresses into the instance's memory, sizes are element counts. */
export interface KernelExports {
  memory: WebAssembly.Memory;
  gemm(M: number, N: number, K: number, a: number, aRow: number, aCol: number, b: number, bRow: number,
    bCol: number, out: number, ldc: number, accumulate: number, scratch: number, region: number): void;
  gemmScratchBytes(N: number, K: number): number;
  addBias(out: number, bias: number, N: number, C: number): void;
  addResidualAndBias(out: number, residual: number, bias: number, N: number, C: number): void;
  addColumnSums(dBias: number, dy: number, N: number, C: number): void;
  layerNormForward(out: number, mean: number, rstd: number, x: number, gain: number, bias: number, N: number,
    C: number, epsilon: number): void;
  layerNormBackward(dx: number, dGain: number, dBias: number, dy: number, x: number, mean: number, rstd: number,
    gain: number, N: number, C: number): void;
  geluForward(out: number, tanhOut: number, x: number, length: number): void;
  geluBackward(dy: number, x: number, tanhOut: number, length: number): void;
  adamUpdate(w: number, g: number, m: number, v: number, mask: number, length: number, b1: number, b2: number,
    c1: number, c2: number, eps: number, lr: number, decay: number): void;
  attentionForward(ctx: number, probs: number, qkv: number, B: number, T: number, C: number, H: number,
    scratch: number): void;
  attentionBackward(dqkv: number, dctx: number, probs: number, qkv: number, B: number, T: number, C: number,
    H: number, ds: number, scratch: number): void;
  crossEntropy(logits: number, targets: number, N: number, V: number, grad: number, scale: number): number;
}

const PAGE = 65536;
const modules = new Map<KernelPath, WebAssembly.Module>();

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function compiled(path: KernelPath): WebAssembly.Module {
  let module = modules.get(path);
  if (!module) {
    module = new WebAssembly.Module(decode(path === 'wasm-relaxed-simd' ? relaxedSimdKernels : simdKernels));
    modules.set(path, module);
  }
  return module;
}

/** A fixed-size region of one instance's memory, handed out front to back in 16-byte aligned pieces. */
export interface KernelArena {
  path: KernelPath;
  exports: KernelExports;
  /** A zeroed float32 view of `length` entries. */
  floats(length: number): Float32Array;
  /** A zeroed int32 view of `length` entries. */
  ints(length: number): Int32Array;
  /** The byte address of a view into this arena (throws for an array that lives elsewhere). */
  address(view: Float32Array | Float64Array | Int32Array): number;
}

/** Instantiates the kernels with room for `bytes` bytes of tensors (each piece rounded up to 16 bytes). */
export function createArena(path: Exclude<KernelPath, 'typescript'>, bytes: number): KernelArena {
  const instance = new WebAssembly.Instance(compiled(path), {});
  const exports = instance.exports as unknown as KernelExports;
  const memory = exports.memory;
  const needed = Math.ceil((PAGE + bytes) / PAGE);
  const have = memory.buffer.byteLength / PAGE;
  if (needed > have) memory.grow(needed - have);
  const buffer = memory.buffer;
  const end = buffer.byteLength;
  let next = PAGE;
  const take = (byteLength: number): number => {
    const at = next;
    next += Math.ceil(byteLength / 16) * 16;
    if (next > end) throw new RangeError(`kernel memory is full (${end} bytes)`);
    return at;
  };
  return {
    path, exports,
    floats: (length) => new Float32Array(buffer, take(length * 4), length),
    ints: (length) => new Int32Array(buffer, take(length * 4), length),
    address(view) {
      if (view.buffer !== buffer) throw new Error('this tensor is not in the WebAssembly kernels\' memory');
      return view.byteOffset;
    },
  };
}

/** Bytes an arena needs for pieces of these float counts, counting each piece's 16-byte rounding. */
export function arenaBytes(lengths: readonly number[]): number {
  return lengths.reduce((sum, n) => sum + Math.ceil((n * 4) / 16) * 16, 0);
}
