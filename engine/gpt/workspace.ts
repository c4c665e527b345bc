import { allocFloats, hasMlp, type Floats, type GptConfig } from './config';
import { typescriptKernels, type KernelSet } from './kernelSet';

/** What one block keeps from its forward pass so the backward pass can run without recomputing. */
export interface LayerActivations {
  /** (N, C) the residual stream entering the block. */
  input: Floats;
  ln1: Floats; ln1Mean: Floats; ln1Rstd: Floats;
  /** (N, 3C) queries | keys | values. */
  qkv: Floats;
  /** (B, H, T, T) attention weights, zero above the diagonal. */
  probs: Floats;
  /** (N, C) the heads' outputs, concatenated. */
  ctx: Floats;
  /** (N, C) the residual stream after attention (empty in an attention-only model, whose attention writes the block's output). */
  mid: Floats;
  ln2: Floats; ln2Mean: Floats; ln2Rstd: Floats;
  /** (N, 4C) the MLP before GELU, the tanh inside GELU, and after GELU; these and ln2 are empty without an MLP. */
  fc: Floats; fcTanh: Floats; act: Floats;
}

/** Every buffer a forward and backward pass over a (B, T) batch writes to, allocated once and reused. */
export interface Workspace {
  batchSize: number;
  time: number;
  layers: LayerActivations[];
  /** (N, C) the residual stream after the last block. */
  residual: Floats;
  final: Floats; finalMean: Floats; finalRstd: Floats;
  /** (N, V) next-token scores; dLogits holds the loss's gradient with respect to them. */
  logits: Floats; dLogits: Floats;
  /** Gradient scratch shared by all blocks. */
  dResidual: Floats; dNorm: Floats; dQkv: Floats; dCtx: Floats; dFc: Floats;
  /** (T, T) scratch for the attention backward pass. */
  attentionScratch: Floats;
  /** The kernels the passes over this workspace run (the TypeScript ones unless it lives in WebAssembly memory). */
  kernels: KernelSet;
}

/** Where a workspace's buffers come from and which kernels run on them (default: fresh arrays, TypeScript). */
export interface WorkspaceStorage {
  alloc: (length: number) => Floats;
  kernels: KernelSet;
}

/** Allocates the buffers for batches of B sequences of T tokens (T ≤ contextLength). */
export function createWorkspace(
  config: GptConfig, batchSize: number, time: number, storage?: WorkspaceStorage,
): Workspace {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batch size must be a positive integer');
  if (!Number.isInteger(time) || time < 1 || time > config.contextLength) {
    throw new RangeError(`sequence length must be an integer from 1 to ${config.contextLength} (got ${time})`);
  }
  const { width: C, heads: H, vocabSize: V, dtype } = config;
  const N = batchSize * time;
  const f = storage ? storage.alloc : (length: number) => allocFloats(dtype, length);
  // an attention-only model allocates nothing for the MLP's activations (m = 0), so its memory count says so
  const m = hasMlp(config) ? 1 : 0;
  const layers: LayerActivations[] = [];
  for (let l = 0; l < config.layers; l++) {
    layers.push({
      input: f(N * C), ln1: f(N * C), ln1Mean: f(N), ln1Rstd: f(N), qkv: f(N * 3 * C),
      probs: f(batchSize * H * time * time), ctx: f(N * C), mid: f(m * N * C),
      ln2: f(m * N * C), ln2Mean: f(m * N), ln2Rstd: f(m * N),
      fc: f(m * N * 4 * C), fcTanh: f(m * N * 4 * C), act: f(m * N * 4 * C),
    });
  }
  return {
    batchSize, time, layers,
    residual: f(N * C), final: f(N * C), finalMean: f(N), finalRstd: f(N),
    logits: f(N * V), dLogits: f(N * V),
    dResidual: f(N * C), dNorm: f(N * C), dQkv: f(N * 3 * C), dCtx: f(N * C), dFc: f(m * N * 4 * C),
    attentionScratch: f(time * time),
    kernels: storage ? storage.kernels : typescriptKernels,
  };
}
