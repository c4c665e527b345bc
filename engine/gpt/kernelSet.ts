import type { Floats } from './config';
import type { KernelPath } from './wasm/detect';
import {
  addBias, addColumnSums, addResidualAndBias, crossEntropy, geluBackward, geluForward, layerNormBackward,
  layerNormForward,
} from './kernels';
import { matmul, matmulTransposedA, matmulTransposedB } from './matmul';
import { causalAttentionBackward, causalAttentionForward } from './attention';
import { adamUpdate, type AdamState } from './optimizer';

/**
 * Every kernel a training step calls, with the signatures of the TypeScript ones. The forward and backward passes
 * call them through a workspace's kernel set, so the same code runs on the TypeScript reference or on the
 * WebAssembly SIMD kernels (wasm/kernels.ts), whose tensors all live in one WebAssembly memory.
 */
export interface KernelSet {
  /** Which implementation this is. */
  path: KernelPath;
  matmul: typeof matmul;
  matmulTransposedA: typeof matmulTransposedA;
  matmulTransposedB: typeof matmulTransposedB;
  addBias: typeof addBias;
  addResidualAndBias: typeof addResidualAndBias;
  addColumnSums: typeof addColumnSums;
  layerNormForward: typeof layerNormForward;
  layerNormBackward: typeof layerNormBackward;
  geluForward: typeof geluForward;
  geluBackward: typeof geluBackward;
  causalAttentionForward: typeof causalAttentionForward;
  causalAttentionBackward: typeof causalAttentionBackward;
  crossEntropy: typeof crossEntropy;
  adamUpdate: (state: AdamState, weights: Floats, grads: Floats, learningRate: number) => void;
}

/** The readable TypeScript kernels: float32 or float64, any runtime; the reference the SIMD kernels are tested against. */
export const typescriptKernels: KernelSet = {
  path: 'typescript',
  matmul, matmulTransposedA, matmulTransposedB, addBias, addResidualAndBias, addColumnSums,
  layerNormForward, layerNormBackward, geluForward, geluBackward, causalAttentionForward, causalAttentionBackward,
  crossEntropy, adamUpdate,
};
