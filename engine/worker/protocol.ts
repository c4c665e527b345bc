import type { GptConfig } from '../gpt/config';
import type { GradientCheckResult } from '../gpt/gradcheck';
import type { AdamOptions } from '../gpt/optimizer';
import type { LearningRateSchedule } from '../gpt/schedule';

/**
 * Batches drawn from a generator instead of windows of `train`: sequences of random tokens repeated once
 * (engine/lab/repeatedTokens.ts), the data of the induction-heads experiment. The model's vocabSize must be the
 * data's and its contextLength at least the sequences' length.
 */
export interface RepeatedRandomData {
  kind: 'repeated-random';
  vocabSize: number;
  /** The longest n of a sequence's n random tokens. */
  half: number;
  /** The shortest n (default half). */
  minHalf?: number;
  /** Tokens per sequence, random filler first (default 2·half); the model's contextLength must be at least this. */
  time?: number;
  /** Sequences in the fixed held-out batch the halves' losses and the heads' scores are measured on (default 32). */
  probeSize?: number;
  /** Seed of that held-out batch, apart from the training draws (default 999). */
  probeSeed?: number;
}

/** Everything a training run needs, sent by the page: the worker never fetches anything itself. */
export interface TrainingSetup {
  /** The model's shape; missing fields take the engine's defaults. */
  model: Partial<GptConfig>;
  /** Training token ids (unused, and may be empty, when `data` says where batches come from). */
  train: ArrayLike<number>;
  /** Held-out token ids, never trained on (unused, and may be empty, with `data`). */
  heldOut: ArrayLike<number>;
  /** Draw training batches from a generator instead of `train`; measured every heldOutEvery steps. */
  data?: RepeatedRandomData;
  batchSize: number;
  schedule: LearningRateSchedule;
  /** Adam settings; a weightDecay above 0 makes it AdamW. */
  adam?: Partial<AdamOptions>;
  /** Global gradient-norm clip (0 turns it off; default 1). */
  clipNorm?: number;
  /** Seed of the generator that picks training spans. */
  dataSeed?: number;
  /** Post a progress message every this many steps (default 1). */
  reportEvery?: number;
  /** Measure held-out loss every this many steps (default 50; 0 never). */
  heldOutEvery?: number;
  /** Post a weight snapshot every this many steps (default 0: only when asked). */
  snapshotEvery?: number;
  /** Stop after this many steps (default: the schedule's totalSteps, or never when that is 0). */
  maxSteps?: number;
}

/**
 * Saved weights to start from instead of fresh ones: the flat float32 parameters in tensor-spec order (as a
 * snapshot posts them), and the step they were saved at. The worker checks their length and that all are finite.
 */
export interface ResumeFrom {
  weights?: ArrayBuffer;
  /** The step the weights were saved at (default 0). */
  step?: number;
}

/** Messages the page sends to the training worker. */
export type ToWorker =
  | ({ type: 'init'; setup: TrainingSetup } & ResumeFrom)
  | { type: 'start' }
  | { type: 'pause' }
  /** Back to fresh weights (or the given saved ones) and their step, with the same setup or a new one. */
  | ({ type: 'reset'; setup?: TrainingSetup } & ResumeFrom)
  /** Ask for the weights now, and the attention of every head for a token sequence if one is given. */
  | { type: 'snapshot'; attentionInput?: number[] }
  /** Run the finite-difference gradient check on the current weights (in float64, on a copy). */
  | { type: 'gradcheck' };

/** One step's numbers, as streamed to the page. */
export interface ProgressMessage {
  type: 'progress';
  step: number;
  loss: number;
  learningRate: number;
  gradientNorm: number;
  /** Steps per second over the last time slice. */
  stepsPerSecond: number;
  /** Present on the steps where held-out loss was measured. */
  heldOutLoss?: number;
  /** With repeated-random data, on the same steps: the held-out loss on the tokens before the repeat. */
  firstHalfLoss?: number;
  /** … and on the repeat's tokens after its first, which only copying can predict. */
  secondHalfLoss?: number;
  /** … and headScores[layer][head], each head's prefix-matching score on the held-out batch. */
  headScores?: number[][];
}

/** Messages the training worker sends to the page. */
export type FromWorker =
  /** kernels: which kernels train this run ('wasm-simd', 'wasm-relaxed-simd' or 'typescript'), for the page to show. */
  /** heldOutLoss: measured on the loaded weights when the run started from saved ones. */
  | { type: 'ready'; config: GptConfig; parameterCount: number; step: number; kernels: string; heldOutLoss?: number }
  | { type: 'started'; step: number }
  | ProgressMessage
  /** heldOutLoss: the held-out loss of the weights as they stopped, so an export can be checked against it. */
  | { type: 'paused'; step: number; heldOutLoss?: number }
  | { type: 'finished'; step: number }
  /** weights: the flat float32 parameters, in the order of the config's tensor specs (a transferred buffer). */
  | { type: 'snapshot'; step: number; config: GptConfig; weights: ArrayBuffer; attention?: Float64Array[][][] }
  /** The loss, gradient or weights stopped being finite numbers; the run is stopped until a reset. */
  | { type: 'diverged'; step: number; reason: string }
  /** The gradient check's per-tensor worst errors at this step, and the bound they must stay under. */
  | { type: 'gradcheck'; step: number; config: GptConfig; result: GradientCheckResult; tolerance: number }
  | { type: 'error'; message: string };

const kinds = new Set(['init', 'start', 'pause', 'reset', 'snapshot', 'gradcheck']);

/** Checks an incoming message's shape; returns an explanation when it is not a ToWorker message. */
export function readToWorker(data: unknown): ToWorker | { invalid: string } {
  if (!data || typeof data !== 'object' || !kinds.has((data as { type?: unknown }).type as string)) {
    return { invalid: `unknown message ${JSON.stringify((data as { type?: unknown } | null)?.type ?? data)}` };
  }
  const message = data as ToWorker;
  if (message.type === 'init' && !isSetup(message.setup)) {
    return { invalid: 'init needs a setup with train, heldOut, batchSize and schedule' };
  }
  if (message.type === 'reset' && message.setup !== undefined && !isSetup(message.setup)) {
    return { invalid: 'reset setup needs train, heldOut, batchSize and schedule' };
  }
  const setup = message.type === 'init' || message.type === 'reset' ? message.setup : undefined;
  if (setup?.data !== undefined && !isRepeatedData(setup.data)) {
    return {
      invalid: `${message.type} setup.data must be { kind: 'repeated-random', vocabSize ≥ 2, half ≥ 2, `
        + 'minHalf from 2 to half, time ≥ 2·half, probeSize ≥ 1 } (whole numbers)',
    };
  }
  if ((message.type === 'init' || message.type === 'reset') && !isResume(message)) {
    return { invalid: `${message.type} weights must be an ArrayBuffer and step a whole number ≥ 0` };
  }
  return message;
}

function isResume(message: ResumeFrom): boolean {
  const { weights, step } = message;
  if (weights !== undefined && !(weights instanceof ArrayBuffer)) return false;
  return step === undefined || (Number.isInteger(step) && step >= 0);
}

function isRepeatedData(data: unknown): data is RepeatedRandomData {
  if (!data || typeof data !== 'object') return false;
  const d = data as Partial<RepeatedRandomData>;
  const whole = (x: unknown, min: number) => Number.isInteger(x) && (x as number) >= min;
  const optional = (x: unknown, min: number) => x === undefined || whole(x, min);
  return d.kind === 'repeated-random' && whole(d.vocabSize, 2) && whole(d.half, 2)
    && optional(d.minHalf, 2) && (d.minHalf === undefined || (d.minHalf as number) <= (d.half as number))
    && optional(d.time, 2 * (d.half as number)) && optional(d.probeSize, 1) && optional(d.probeSeed, 0);
}

function isSetup(setup: unknown): setup is TrainingSetup {
  if (!setup || typeof setup !== 'object') return false;
  const s = setup as Partial<TrainingSetup>;
  const isList = (x: unknown) => !!x && typeof (x as ArrayLike<number>).length === 'number';
  return isList(s.train) && isList(s.heldOut) && typeof s.batchSize === 'number' && !!s.schedule
    && typeof s.schedule === 'object';
}
