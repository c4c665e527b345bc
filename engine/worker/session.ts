import { createRng, type Rng } from '../random';
import { createGpt, checkTokens, forwardSequence } from '../gpt/forward';
import { createTrainer, heldOutLoss, sampleBatch, trainStep, type Trainer } from '../gpt/train';
import { modelFromWeights } from '../gpt/serialize';
import { createWorkspace, type Workspace } from '../gpt/workspace';
import { checkRepeatedShape, repeatedBatch, repeatedTime, type RepeatedBatch, type RepeatedTokensShape } from '../lab/repeatedTokens';
import { measureInduction } from '../lab/inductionProbe';
import type { FromWorker, ProgressMessage, ResumeFrom, TrainingSetup } from './protocol';

/** A training run's state, independent of the worker that hosts it (so it can be tested directly). */
export interface TrainingSession {
  setup: TrainingSetup;
  trainer: Trainer;
  rng: Rng;
  train: Int32Array;
  heldOut: Int32Array;
  evalWorkspace: Workspace;
  maxSteps: number;
  diverged: boolean;
  /** With setup.data: the generator's shape and the fixed held-out batch it is measured on (evalWorkspace's shape). */
  repeated: { shape: RepeatedTokensShape; probe: RepeatedBatch } | null;
}

/**
 * Builds a model and trainer from a setup, with fresh weights or saved ones (resume); throws a readable error for
 * bad data, settings or weights (wrong length, or a weight that is not a finite number).
 */
export function createSession(setup: TrainingSetup, resume: ResumeFrom = {}): TrainingSession {
  const model = createGpt(setup.model);
  if (resume.weights) {
    try {
      model.params.data.set(modelFromWeights(model.config, resume.weights).params.data);
    } catch (error) {
      throw new RangeError(`saved weights: ${(error as Error).message}`);
    }
  }
  if (setup.data) return createRepeatedSession(setup, model, resume);
  const { contextLength: T, vocabSize: V } = model.config;
  const train = Int32Array.from(setup.train);
  const heldOut = Int32Array.from(setup.heldOut);
  try {
    checkTokens(train, V);
    checkTokens(heldOut, V);
  } catch (error) {
    throw new RangeError(`training data: ${(error as Error).message}`);
  }
  if (train.length < T + 1 || heldOut.length < T + 1) {
    throw new RangeError(`training and held-out data need at least ${T + 1} tokens each (context ${T} + 1)`);
  }
  // held-out batches share the trainer's kernels (and, on the SIMD path, its WebAssembly memory)
  const evalBatch = Math.max(1, Math.min(setup.batchSize, Math.floor((heldOut.length - 1) / T)));
  const trainer = createTrainer(model, {
    batchSize: setup.batchSize, schedule: setup.schedule, adam: setup.adam, clipNorm: setup.clipNorm,
    evalBatchSize: evalBatch,
  });
  trainer.step = resume.step ?? 0;
  return {
    setup, trainer, train, heldOut, rng: createRng(setup.dataSeed ?? 1),
    evalWorkspace: trainer.evalWorkspace ?? createWorkspace(model.config, evalBatch, T),
    maxSteps: maxStepsOf(setup), diverged: false, repeated: null,
  };
}

function maxStepsOf(setup: TrainingSetup): number {
  return setup.maxSteps ?? (setup.schedule.totalSteps > 0 ? setup.schedule.totalSteps : Infinity);
}

// Training on sequences of random tokens repeated once: batches come from the generator, and every measurement
// reads one fixed held-out batch drawn from its own seed, so the curves are comparable from step to step.
function createRepeatedSession(setup: TrainingSetup, model: ReturnType<typeof createGpt>, resume: ResumeFrom): TrainingSession {
  const data = setup.data as NonNullable<TrainingSetup['data']>;
  const { vocabSize: V, contextLength } = model.config;
  const shape: RepeatedTokensShape = { vocabSize: data.vocabSize, half: data.half, minHalf: data.minHalf, time: data.time };
  checkRepeatedShape(shape);
  const time = repeatedTime(shape);
  if (data.vocabSize !== V) throw new RangeError(`repeated data draws from ${data.vocabSize} tokens but the model has ${V}`);
  if (time > contextLength) throw new RangeError(`repeated sequences are ${time} tokens; the model reads at most ${contextLength}`);
  const probe = repeatedBatch(shape, data.probeSize ?? 32, createRng(data.probeSeed ?? 999));
  const trainer = createTrainer(model, {
    batchSize: setup.batchSize, time, schedule: setup.schedule, adam: setup.adam, clipNorm: setup.clipNorm,
    evalBatchSize: probe.batchSize,
  });
  trainer.step = resume.step ?? 0;
  const empty = new Int32Array(0);
  return {
    setup, trainer, train: empty, heldOut: empty, rng: createRng(setup.dataSeed ?? 1),
    evalWorkspace: trainer.evalWorkspace ?? createWorkspace(model.config, probe.batchSize, time),
    maxSteps: maxStepsOf(setup), diverged: false, repeated: { shape, probe },
  };
}

/** The next training batch: from the repeated-random generator, or random windows of the training tokens. */
function nextBatch(session: TrainingSession) {
  const { setup, trainer, repeated } = session;
  if (repeated) return repeatedBatch(repeated.shape, setup.batchSize, session.rng);
  return sampleBatch(session.train, setup.batchSize, trainer.workspace.time, session.rng);
}

/** The held-out numbers of a progress message: the loss, and with repeated data the halves' losses and scores. */
function measureInto(session: TrainingSession, progress: ProgressMessage): void {
  const { trainer, repeated } = session;
  if (!repeated) {
    progress.heldOutLoss = heldOutLoss(trainer.model, session.heldOut, session.evalWorkspace);
    return;
  }
  const measure = measureInduction(trainer.model, session.evalWorkspace, repeated.probe);
  progress.heldOutLoss = measure.loss;
  progress.firstHalfLoss = measure.firstHalfLoss;
  progress.secondHalfLoss = measure.secondHalfLoss;
  progress.headScores = measure.headScores;
}

/** The outcome of one step: the messages to post, and whether the run must stop. */
export interface StepOutcome {
  messages: FromWorker[];
  stop: 'diverged' | 'finished' | null;
}

/** Takes one training step and says what to report; stepsPerSecond is filled in by the caller's timing. */
export function advance(session: TrainingSession, stepsPerSecond: number): StepOutcome {
  const { trainer, setup } = session;
  const result = trainStep(trainer, nextBatch(session));
  if (result.diverged) {
    session.diverged = true;
    const what = !Number.isFinite(result.loss) ? `the loss became ${result.loss}`
      : !Number.isFinite(result.gradientNorm) ? `the gradient norm became ${result.gradientNorm}`
        : 'a weight stopped being a finite number';
    const reason = `${what} at step ${result.step}; lower the learning rate and reset`;
    return { messages: [{ type: 'diverged', step: result.step, reason }], stop: 'diverged' };
  }
  const messages: FromWorker[] = [];
  const done = trainer.step;
  const heldOutEvery = setup.heldOutEvery ?? 50;
  const progress: ProgressMessage = {
    type: 'progress', step: done, loss: result.loss, learningRate: result.learningRate,
    gradientNorm: result.gradientNorm, stepsPerSecond,
  };
  if (heldOutEvery > 0 && done % heldOutEvery === 0) measureInto(session, progress);
  const reportEvery = Math.max(1, setup.reportEvery ?? 1);
  if (done % reportEvery === 0 || progress.heldOutLoss !== undefined) messages.push(progress);
  const snapshotEvery = setup.snapshotEvery ?? 0;
  if (snapshotEvery > 0 && done % snapshotEvery === 0) messages.push(snapshot(session));
  const finished = done >= session.maxSteps;
  if (finished) messages.push({ type: 'finished', step: done });
  return { messages, stop: finished ? 'finished' : null };
}

/** The held-out loss of the session's current weights, measured as the progress messages measure it. */
export function measureHeldOut(session: TrainingSession): number {
  const progress: ProgressMessage = { type: 'progress', step: session.trainer.step, loss: NaN, learningRate: 0, gradientNorm: 0, stepsPerSecond: 0 };
  measureInto(session, progress);
  return progress.heldOutLoss as number;
}

/** The current weights (copied to a fresh float32 buffer the caller can transfer) and, if asked, attention. */
export function snapshot(session: TrainingSession, attentionInput?: number[]): Extract<FromWorker, { type: 'snapshot' }> {
  const { model, step } = session.trainer;
  const weights = Float32Array.from(model.params.data).buffer;
  const message: Extract<FromWorker, { type: 'snapshot' }> = { type: 'snapshot', step, config: model.config, weights };
  if (attentionInput && attentionInput.length > 0) {
    message.attention = forwardSequence(model, attentionInput.slice(-model.config.contextLength)).attention;
  }
  return message;
}
