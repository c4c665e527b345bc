/*
 * The training worker says which kernels its run uses ('wasm-simd', 'wasm-relaxed-simd' or 'typescript'); the Lab
 * says it in words, so the reader knows whether the fast path or the readable reference is doing the work.
 */

const KERNEL_NAMES: Record<string, string> = {
  'wasm-simd': 'WebAssembly SIMD',
  'wasm-relaxed-simd': 'WebAssembly relaxed SIMD',
  typescript: 'TypeScript (this browser has no WebAssembly SIMD)',
};

/** The Lab's words for the kernel path a run trains on; a dash until the worker has said, and unknown names as sent. */
export function kernelsText(kernels: string | null): string {
  if (kernels === null || kernels.trim() === '') return '—';
  return KERNEL_NAMES[kernels] ?? kernels.trim();
}
