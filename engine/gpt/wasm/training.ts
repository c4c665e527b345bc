import { hasMlp, type Floats, type GptConfig } from '../config';
import { typescriptKernels, type KernelSet } from '../kernelSet';
import { allocTensors, tensorCount, type GptTensors } from '../params';
import { createAdam, type AdamOptions, type AdamState } from '../optimizer';
import { createWorkspace, type Workspace } from '../workspace';
import { arenaBytes, createArena } from './instance';
import { wasmKernels } from './kernels';
import type { KernelPath } from './detect';

/** Everything a training run touches, laid out in one WebAssembly memory, with the kernels that run on it. */
export interface WasmTraining {
  params: GptTensors;
  grads: GptTensors;
  workspace: Workspace;
  /** A second workspace for held-out batches of evalBatchSize sequences, or null when none was asked for. */
  evalWorkspace: Workspace | null;
  optimizer: AdamState;
  kernels: KernelSet;
}

// Bytes gemm packs for an output N columns wide over depth K, summed in blocks of 256 (as gemmScratchBytes in
// assembly/gemm.ts).
const gemmBytes = (N: number, K: number) => Math.ceil(N / 8) * Math.min(K, 256) * 32;

/**
 * The largest gemm scratch a step needs: the widest output over the deepest sum any product of the model has. The
 * MLP's 4C is the widest hidden layer; an attention-only model's is the 3C of its queries, keys and values.
 */
export function gemmScratchFloats(config: GptConfig, batchSize: number, time: number): number {
  const { width: C, vocabSize: V } = config;
  const hidden = hasMlp(config) ? 4 * C : 3 * C;
  const widest = Math.max(hidden, V, time);
  const deepest = Math.max(batchSize * time, hidden, V, time);
  return gemmBytes(widest, deepest) / 4;
}

function workspaceLengths(config: GptConfig, batchSize: number, time: number): number[] {
  const lengths: number[] = [];
  const none = new Float32Array(0);
  const alloc = (length: number) => { lengths.push(length); return none; };
  createWorkspace(config, batchSize, time, { alloc, kernels: typescriptKernels });
  return lengths;
}

/**
 * Lays out weights (copied from `weights`), gradients, Adam's moments and the workspace of a float32 model in a
 * fresh instance of the WebAssembly kernels, sized once so the views never move; evalBatchSize > 0 adds a
 * workspace for held-out batches.
 */
export function createWasmTraining(
  config: GptConfig, path: Exclude<KernelPath, 'typescript'>, batchSize: number, time: number,
  weights: Floats, adam: Partial<AdamOptions> = {}, evalBatchSize = 0,
): WasmTraining {
  if (config.dtype !== 'float32') throw new RangeError('the WebAssembly kernels run float32 models only');
  const P = tensorCount(config);
  const widest = Math.max(batchSize, evalBatchSize);
  const scratchFloats = gemmScratchFloats(config, widest, time);
  const N = widest * time;
  const lengths = [P, P, P, P, P, scratchFloats, N, ...workspaceLengths(config, batchSize, time)];
  if (evalBatchSize > 0) lengths.push(...workspaceLengths(config, evalBatchSize, time));
  const arena = createArena(path, arenaBytes(lengths));
  const params = allocTensors(config, arena.floats(P));
  params.data.set(weights);
  const grads = allocTensors(config, arena.floats(P));
  const optimizer = createAdam(config, params, adam);
  optimizer.firstMoment = arena.floats(P);
  optimizer.secondMoment = arena.floats(P);
  const decay = arena.floats(P);
  decay.set(optimizer.decayMask);
  const kernels = wasmKernels(arena, { gemm: arena.floats(scratchFloats), targets: arena.ints(N), decay });
  const storage = { alloc: arena.floats, kernels };
  const workspace = createWorkspace(config, batchSize, time, storage);
  const evalWorkspace = evalBatchSize > 0 ? createWorkspace(config, evalBatchSize, time, storage) : null;
  return { params, grads, workspace, evalWorkspace, optimizer, kernels };
}

/** A kernel set with an arena of `floats` spare entries, for checking kernels on arrays copied in. */
export interface StandaloneKernels {
  kernels: KernelSet;
  floats: (length: number) => Float32Array;
  ints: (length: number) => Int32Array;
  /** The weight-decay mask adamUpdate reads (length `params`). */
  decay: Float32Array;
}

/** Instantiates the kernels on their own, sized for tensors of `floats` entries in all and `params` weights. */
export function standaloneWasmKernels(
  path: Exclude<KernelPath, 'typescript'>, floats: number, scratchFloats: number, maxTargets: number, params: number,
): StandaloneKernels {
  const arena = createArena(path, arenaBytes([floats, scratchFloats, params, maxTargets]));
  const decay = arena.floats(params);
  const kernels = wasmKernels(arena, { gemm: arena.floats(scratchFloats), targets: arena.ints(maxTargets), decay });
  return { kernels, floats: arena.floats, ints: arena.ints, decay };
}
