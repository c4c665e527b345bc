import { makeGptConfig } from './config';
import { parameterCount, type ModelShape } from './flops';
import { typescriptKernels } from './kernelSet';
import { createWorkspace } from './workspace';

/** What training a model keeps in memory, in bytes, split so the page can say where it goes. */
export interface TrainingMemory {
  /** Weights, their gradients and Adam's two moments: four float32 copies of every parameter. */
  parameters: number;
  /** The forward pass's activations and the backward pass's scratch for one batch (the training workspace). */
  activations: number;
  total: number;
}

/** Bytes of one float32. */
const FLOAT_BYTES = 4;

/**
 * The memory one training step of a model needs, counted from the very buffers training allocates: the workspace is
 * laid out with a counting allocator (nothing is allocated), so the figure follows any change to the workspace.
 */
export function trainingMemory(shape: ModelShape & { heads: number }, batchSize: number): TrainingMemory {
  let floats = 0;
  const config = makeGptConfig(shape);
  const none = new Float32Array(0);
  createWorkspace(config, batchSize, config.contextLength, {
    alloc: (length) => {
      floats += length;
      return none;
    },
    kernels: typescriptKernels,
  });
  const parameters = 4 * parameterCount(shape) * FLOAT_BYTES;
  const activations = floats * FLOAT_BYTES;
  return { parameters, activations, total: parameters + activations };
}
