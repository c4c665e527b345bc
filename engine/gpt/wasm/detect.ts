/*
 * Feature detection for the WebAssembly kernels. Each probe is the smallest valid module that uses the feature:
 * a function returning a v128 constant (plain SIMD), and one calling f32x4.relaxed_madd (relaxed SIMD).
 */

/** Which kernels a trainer runs: WebAssembly SIMD (plain or relaxed) or the TypeScript reference. */
export type KernelPath = 'wasm-simd' | 'wasm-relaxed-simd' | 'typescript';

/** What a caller may ask for: the WebAssembly kernels, the TypeScript ones, or whatever is fastest here. */
export type KernelChoice = 'wasm' | 'typescript' | 'auto';

// (module (func (result v128) v128.const i32x4 0 0 0 0))
const SIMD_PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11,
];

// (module (func (result v128) v128.const 0 v128.const 0 v128.const 0 f32x4.relaxed_madd))
const RELAXED_PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 61, 1, 59, 0,
  253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  253, 133, 2, 11,
];

function validates(bytes: number[]): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array(bytes));
  } catch {
    return false;
  }
}

/** True when this runtime runs WebAssembly with 128-bit SIMD. */
export const simdSupported: boolean = validates(SIMD_PROBE);

/** True when this runtime also has relaxed SIMD (fused multiply-add), as current Chromium does. */
export const relaxedSimdSupported: boolean = simdSupported && validates(RELAXED_PROBE);

/** The kernels a trainer gets for a choice: 'auto' takes WebAssembly SIMD where the runtime has it. */
export function defaultKernelPath(choice: KernelChoice = 'auto'): KernelPath {
  if (choice === 'typescript') return 'typescript';
  if (!simdSupported) {
    if (choice === 'wasm') throw new Error('this runtime has no WebAssembly SIMD; use the TypeScript kernels');
    return 'typescript';
  }
  return relaxedSimdSupported ? 'wasm-relaxed-simd' : 'wasm-simd';
}
