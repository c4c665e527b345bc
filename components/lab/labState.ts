import type { GptConfig } from '../../engine/gpt/config';
import type { GradientCheckResult } from '../../engine/gpt/gradcheck';
import { initialPreviewState, previewReducer, type PreviewEvent, type PreviewState } from '../sims/training-preview/previewState';
import type { LossPoint } from '../sims/training-preview/previewState';

/** A finished gradient check, with the step and shape it was run on. */
export interface GradientReport {
  step: number;
  config: GptConfig;
  result: GradientCheckResult;
  tolerance: number;
}

/** The Lab's run: the preview's run state plus speed, the gradient check, and restores. */
export interface LabState extends PreviewState {
  stepsPerSecond: number;
  gradients: GradientReport | null;
  checking: boolean;
  /** Which kernels the worker trains with, as its ready message said; null before it has said. */
  kernels: string | null;
  /**
   * True once the worker itself has said it stopped (paused, finished, or loaded saved weights). A pause the page
   * sent shows at once, but the worker may take a step or two more: only its reply makes the weights final.
   */
  settled: boolean;
}

/** The Lab's events: the preview's, plus the Lab worker's replies and a restore of saved points. */
export type LabEvent =
  | PreviewEvent
  | { type: 'loaded'; step: number }
  | { type: 'restore-points'; points: LossPoint[] }
  | { type: 'gradcheck-sent' }
  | ({ type: 'gradcheck' } & GradientReport);

/** Before the worker has said anything. */
export const initialLabState: LabState = { ...initialPreviewState, stepsPerSecond: 0, gradients: null, checking: false, kernels: null, settled: false };

/** A held-out measurement the worker sent with a reply, when it is a finite number. */
function measured(step: number, loss: number | undefined): { step: number; loss: number } | null {
  return loss !== undefined && Number.isFinite(loss) ? { step, loss } : null;
}

/** Events after which the worker may still be stepping, so its weights are not final. */
const UNSETTLING = new Set<LabEvent['type']>(['ready', 'start-sent', 'started', 'pause-sent', 'reset-sent']);

/** Folds one event into the Lab's state; the run itself is the preview's reducer, so both read a run the same way. */
export function labReducer(state: LabState, event: LabEvent): LabState {
  switch (event.type) {
    case 'paused':
      // The worker may take a few more steps before it reads the pause: its count is the true one.
      if (state.status !== 'running' && state.status !== 'paused') return state;
      return { ...state, status: 'paused', step: event.step, settled: true, heldOut: measured(event.step, event.heldOutLoss) ?? state.heldOut };
    case 'loaded':
      return { ...state, status: 'paused', step: event.step, settled: true };
    case 'restore-points': {
      const last = [...event.points].reverse().find((p) => p.heldOutLoss !== undefined);
      // A measurement of the restored weights themselves (sent with ready) is newer than any stored point.
      const heldOut = state.heldOut && (!last || state.heldOut.step >= last.step) ? state.heldOut
        : last ? { step: last.step, loss: last.heldOutLoss as number } : null;
      return { ...state, points: event.points, heldOut };
    }
    case 'gradcheck-sent':
      return { ...state, checking: true, gradients: null };
    case 'gradcheck':
      return { ...state, checking: false, gradients: { step: event.step, config: event.config, result: event.result, tolerance: event.tolerance } };
    default: {
      const run = previewReducer(state, event);
      const stepsPerSecond = event.type === 'progress' && Number.isFinite(event.stepsPerSecond) && event.stepsPerSecond > 0
        ? event.stepsPerSecond : run.status === 'ready' ? 0 : state.stepsPerSecond;
      const cleared = event.type === 'ready' || event.type === 'reset-sent';
      return {
        ...state, ...run, stepsPerSecond,
        gradients: cleared ? null : state.gradients,
        checking: cleared || event.type === 'error' ? false : state.checking,
        kernels: event.type === 'ready' ? event.kernels : state.kernels,
        heldOut: event.type === 'ready' ? measured(event.step, event.heldOutLoss) : run.heldOut,
        settled: event.type === 'finished' ? run.status === 'finished'
          : UNSETTLING.has(event.type) ? false : state.settled,
      };
    }
  }
}
