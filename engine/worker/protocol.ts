import type { GptConfig } from '../gpt/config';
import type { GradientCheckResult } from '../gpt/gradcheck';
import type { AdamOptions } from '../gpt/optimizer';
import type { LearningRateSchedule } from '../gpt/schedule';

/** Everything a training run needs, sent by the page: the worker never fetches anything itself. */
export interface TrainingSetup {
  /** The model's shape; missing fields take the engine's defaults. */
  model: Partial<GptConfig>;
  /** Training token ids. */
  train: ArrayLike<number>;
  /** Held-out token ids, never trained on. */
  heldOut: ArrayLike<number>;
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

function isSetup(setup: unknown): setup is TrainingSetup {
  if (!setup || typeof setup !== 'object') return false;
  const s = setup as Partial<TrainingSetup>;
  const isList = (x: unknown) => !!x && typeof (x as ArrayLike<number>).length === 'number';
  return isList(s.train) && isList(s.heldOut) && typeof s.batchSize === 'number' && !!s.schedule
    && typeof s.schedule === 'object';
}
