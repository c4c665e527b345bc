import type { ProgressMessage } from '../../../engine/worker/protocol';
import { strongestHead } from '../../../engine/lab/inductionProbe';
import { initialPreviewState, previewReducer, type PreviewEvent, type PreviewState } from '../../sims/training-preview/previewState';

/** A head's prefix-matching score above this counts as an induction head (the acceptance bar of the preset). */
export const INDUCTION_THRESHOLD = 0.5;

/** One measurement on the held-out repeated sequences. */
export interface InductionPoint {
  step: number;
  firstHalfLoss: number;
  secondHalfLoss: number;
  /** headScores[layer][head], 0-based. */
  headScores: number[][];
  /** Seconds of training (time spent running, pauses left out) when it was measured. */
  seconds: number;
}

/** The first measurement at which some head scored above the threshold, and the head (0-based). */
export interface InductionJump {
  step: number;
  layer: number;
  head: number;
  score: number;
  seconds: number;
}

/** The preset's run: the preview's run state plus the measurements, speed, and the moment the jump was seen. */
export interface InductionState extends PreviewState {
  measures: InductionPoint[];
  stepsPerSecond: number;
  jump: InductionJump | null;
  /** Milliseconds of training before the current stretch, and when the current stretch began (null when stopped). */
  trainedMs: number;
  runningSince: number | null;
  /** Which kernels the worker trains with, as its ready message said. */
  kernels: string | null;
}

/** The page's events: the preview's, each stamped with the page's clock (ms) so training time can be counted. */
export type InductionEvent = PreviewEvent & { at?: number };

/** Before the worker has said anything. */
export const initialInductionState: InductionState = {
  ...initialPreviewState, measures: [], stepsPerSecond: 0, jump: null, trainedMs: 0, runningSince: null, kernels: null,
};

/** Seconds of training up to the page time `at`. */
export function trainingSeconds(state: InductionState, at: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, at - state.runningSince);
  return (state.trainedMs + running) / 1000;
}

function allFinite(message: ProgressMessage): boolean {
  const values = [message.firstHalfLoss, message.secondHalfLoss, ...(message.headScores ?? []).flat()];
  return values.every((v) => v === undefined || Number.isFinite(v));
}

/** Folds one event into the state; the run itself is the preview's reducer, so a diverged or reset run reads the same. */
export function inductionReducer(state: InductionState, event: InductionEvent): InductionState {
  const at = event.at ?? 0;
  if (event.type === 'ready') return { ...initialInductionState, ...previewReducer(state, event), kernels: event.kernels };
  if (event.type === 'reset-sent') return { ...initialInductionState, ...previewReducer(state, event), kernels: state.kernels };
  const run = previewReducer(state, event);
  const wasRunning = state.runningSince !== null;
  const isRunning = run.status === 'running';
  // the clock runs from the worker's 'started' (or the page's start) until the run stops for any reason
  const trainedMs = wasRunning && !isRunning ? state.trainedMs + Math.max(0, at - (state.runningSince as number)) : state.trainedMs;
  const runningSince = isRunning ? (state.runningSince ?? at) : null;
  const next: InductionState = { ...state, ...run, trainedMs, runningSince };
  if (event.type !== 'progress' || run.status === 'resetting' || run.status === 'loading') return next;
  if (Number.isFinite(event.stepsPerSecond) && event.stepsPerSecond > 0) next.stepsPerSecond = event.stepsPerSecond;
  if (!allFinite(event)) {
    return { ...next, status: 'diverged', problem: `Training stopped at step ${event.step}: a measured loss or score stopped being a finite number. Press Reset to start again.` };
  }
  if (event.headScores === undefined || event.firstHalfLoss === undefined || event.secondHalfLoss === undefined) return next;
  const point: InductionPoint = {
    step: event.step, firstHalfLoss: event.firstHalfLoss, secondHalfLoss: event.secondHalfLoss,
    headScores: event.headScores, seconds: trainingSeconds(next, at),
  };
  next.measures = [...state.measures, point];
  const best = strongestHead(event.headScores);
  if (!state.jump && best && best.score > INDUCTION_THRESHOLD) next.jump = { ...best, step: event.step, seconds: point.seconds };
  return next;
}
