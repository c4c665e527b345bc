import type { Rng } from '../random';
import { allocTensors, type GptTensors } from './params';
import type { GptModel } from './forward';
import { forwardInto } from './forward';
import { lossAndGradient, type Batch } from './backward';
import { clipGradientNorm, createAdam, type AdamOptions, type AdamState } from './optimizer';
import { learningRateAt, type LearningRateSchedule } from './schedule';
import { createWorkspace, type Workspace } from './workspace';
import { defaultKernelPath, type KernelChoice, type KernelPath } from './wasm/detect';
import { createWasmTraining, type WasmTraining } from './wasm/training';

/** How a model is trained: batch shape, learning-rate schedule, optimizer and clipping. */
export interface TrainerOptions {
  batchSize: number;
  /** Tokens per training sequence; defaults to the model's context length. */
  time?: number;
  schedule: LearningRateSchedule;
  /** Adam settings; a weightDecay above 0 makes it AdamW. */
  adam?: Partial<AdamOptions>;
  /** Clip the global gradient norm to this value; 0 turns clipping off. */
  clipNorm?: number;
  /** Which kernels to train with (default 'auto': WebAssembly SIMD where available, else TypeScript). */
  kernels?: KernelChoice;
  /** Also make a workspace for held-out batches of this many sequences (trainer.evalWorkspace), on the same kernels. */
  evalBatchSize?: number;
}

/** A model together with everything a training run keeps between steps. */
export interface Trainer {
  model: GptModel;
  grads: GptTensors;
  workspace: Workspace;
  /** The held-out workspace asked for with evalBatchSize, or null. */
  evalWorkspace: Workspace | null;
  optimizer: AdamState;
  schedule: LearningRateSchedule;
  clipNorm: number;
  /** Updates made so far. */
  step: number;
  /** Which kernels run this trainer's steps. */
  kernels: KernelPath;
}

/** What one training step did. */
export interface StepResult {
  /** 0-based index of the step just taken. */
  step: number;
  loss: number;
  /** The gradient's global norm before clipping. */
  gradientNorm: number;
  learningRate: number;
  /** True when the loss, the gradient or the updated weights stopped being finite numbers. */
  diverged: boolean;
}

/**
 * Sets up training for a model: gradient buffers, workspace and optimizer state. On the WebAssembly path the
 * model's weights move into the kernels' memory (model.params is replaced by views there, same values); with
 * kernels 'auto' a runtime without SIMD, or a float64 model, trains on the TypeScript kernels instead.
 */
export function createTrainer(model: GptModel, options: TrainerOptions): Trainer {
  const time = options.time ?? model.config.contextLength;
  const choice = options.kernels ?? 'auto';
  const evalBatchSize = options.evalBatchSize ?? 0;
  const common = { model, schedule: options.schedule, clipNorm: options.clipNorm ?? 1, step: 0 };
  const path = model.config.dtype === 'float32' || choice === 'wasm' ? defaultKernelPath(choice) : 'typescript';
  if (path !== 'typescript') {
    let wasm: WasmTraining | null = null;
    try {
      const { batchSize, adam } = options;
      wasm = createWasmTraining(model.config, path, batchSize, time, model.params.data, adam, evalBatchSize);
    } catch (error) {
      // 'auto' falls back where the page forbids compiling WebAssembly or its memory cannot grow; 'wasm' says why
      if (choice === 'wasm') throw error;
    }
    if (wasm) {
      model.params = wasm.params;
      const { grads, workspace, evalWorkspace, optimizer } = wasm;
      return { ...common, grads, workspace, evalWorkspace, optimizer, kernels: path };
    }
  }
  return {
    ...common,
    grads: allocTensors(model.config),
    workspace: createWorkspace(model.config, options.batchSize, time),
    evalWorkspace: evalBatchSize > 0 ? createWorkspace(model.config, evalBatchSize, time) : null,
    optimizer: createAdam(model.config, model.params, options.adam),
    kernels: 'typescript',
  };
}

/** One step: batch → loss and gradients → clip → Adam update. A non-finite loss or gradient leaves weights untouched. */
export function trainStep(trainer: Trainer, batch: Batch): StepResult {
  const { model, grads } = trainer;
  grads.data.fill(0);
  const loss = lossAndGradient(model, grads, trainer.workspace, batch);
  const gradientNorm = clipGradientNorm(grads.data, trainer.clipNorm);
  const learningRate = learningRateAt(trainer.schedule, trainer.step);
  const step = trainer.step;
  if (!Number.isFinite(loss) || !Number.isFinite(gradientNorm)) {
    return { step, loss, gradientNorm, learningRate, diverged: true };
  }
  trainer.workspace.kernels.adamUpdate(trainer.optimizer, model.params.data, grads.data, learningRate);
  trainer.step += 1;
  return { step, loss, gradientNorm, learningRate, diverged: !allFinite(model.params.data) };
}

/** True when every entry is a finite number. */
export function allFinite(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return false;
  return true;
}

/** B random spans of T + 1 consecutive tokens from a token stream: inputs are the first T, targets the last T. */
export function sampleBatch(tokens: ArrayLike<number>, batchSize: number, time: number, rng: Rng): Batch {
  if (tokens.length < time + 1) throw new RangeError(`need at least ${time + 1} tokens, got ${tokens.length}`);
  const inputs = new Int32Array(batchSize * time);
  const targets = new Int32Array(batchSize * time);
  for (let b = 0; b < batchSize; b++) {
    const start = rng.int(tokens.length - time);
    for (let t = 0; t < time; t++) {
      inputs[b * time + t] = tokens[start + t];
      targets[b * time + t] = tokens[start + t + 1];
    }
  }
  return { batchSize, time, inputs, targets };
}

/**
 * Mean next-token loss over a held-out token stream, read as consecutive spans (no randomness, so the number
 * is comparable from step to step). Reads at most maxSpans spans.
 */
export function heldOutLoss(model: GptModel, tokens: ArrayLike<number>, workspace: Workspace, maxSpans = 64): number {
  const B = workspace.batchSize;
  const T = workspace.time;
  const spans = Math.min(maxSpans, Math.floor((tokens.length - 1) / T));
  if (spans < 1) throw new RangeError(`held-out data needs at least ${T + 1} tokens`);
  const inputs = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  let total = 0;
  let count = 0;
  for (let first = 0; first < spans; first += B) {
    targets.fill(-1);
    inputs.fill(0);
    for (let b = 0; b < B && first + b < spans; b++) {
      const start = (first + b) * T;
      for (let t = 0; t < T; t++) {
        inputs[b * T + t] = tokens[start + t];
        targets[b * T + t] = tokens[start + t + 1];
      }
    }
    forwardInto(model, workspace, inputs);
    const part = workspace.kernels.crossEntropy(workspace.logits, targets, B * T, model.config.vocabSize);
    total += part.loss * part.count;
    count += part.count;
  }
  return total / count;
}
