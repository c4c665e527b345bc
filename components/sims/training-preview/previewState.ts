import type { FromWorker } from '../../../engine/worker/protocol';

/** Where the preview run is. */
export type PreviewStatus = 'loading' | 'ready' | 'running' | 'paused' | 'finished' | 'diverged' | 'resetting' | 'failed';

/** One reported step: its training loss, and the held-out loss on the steps where it was measured. */
export interface LossPoint {
  step: number;
  loss: number;
  heldOutLoss?: number;
}

/** Everything the preview shows, built only from what the worker reported. */
export interface PreviewState {
  status: PreviewStatus;
  step: number;
  points: LossPoint[];
  /** The latest held-out loss and the step it was measured at. */
  heldOut: { step: number; loss: number } | null;
  parameterCount: number | null;
  /** A sentence for the reader when the run diverged or the worker failed; never a raw NaN. */
  problem: string | null;
  /** Text the model wrote from a snapshot of its weights, and the step of that snapshot. */
  sample: { step: number; text: string } | null;
}

/** What the reducer reacts to: the worker's messages, and the page's own requests. */
export type PreviewEvent =
  | FromWorker
  | { type: 'start-sent' }
  | { type: 'pause-sent' }
  | { type: 'reset-sent' }
  | { type: 'sampled'; step: number; text: string }
  | { type: 'worker-failed'; message: string };

/** The state before the worker has said anything. */
export const initialPreviewState: PreviewState = {
  status: 'loading', step: 0, points: [], heldOut: null, parameterCount: null, problem: null, sample: null,
};

/** The sentence shown when a run diverges: what happened, in words, and what to do. */
export function divergedSentence(step: number): string {
  return `Training stopped at step ${step}: the loss stopped being a finite number, so the steps had grown too large. ` +
    'Press Reset to start again from fresh weights.';
}

/** Applies one event to the preview's state; pure, so a test can replay a whole run without a worker. */
export function previewReducer(state: PreviewState, event: PreviewEvent): PreviewState {
  switch (event.type) {
    case 'ready':
      return { ...initialPreviewState, status: 'ready', step: event.step, parameterCount: event.parameterCount };
    case 'start-sent':
      return state.status === 'ready' || state.status === 'paused' ? { ...state, status: 'running' } : state;
    case 'pause-sent':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'reset-sent':
      return { ...initialPreviewState, status: 'resetting', parameterCount: state.parameterCount };
    case 'started':
      return state.status === 'resetting' ? state : { ...state, status: 'running' };
    case 'paused':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'progress': {
      // Steps still in flight from before a reset belong to the old run.
      if (state.status === 'resetting' || state.status === 'loading') return state;
      if (!Number.isFinite(event.loss) || (event.heldOutLoss !== undefined && !Number.isFinite(event.heldOutLoss))) {
        return { ...state, status: 'diverged', step: event.step, problem: divergedSentence(event.step) };
      }
      const point: LossPoint = { step: event.step, loss: event.loss };
      if (event.heldOutLoss !== undefined) point.heldOutLoss = event.heldOutLoss;
      return {
        ...state,
        step: event.step,
        points: [...state.points, point],
        heldOut: event.heldOutLoss !== undefined ? { step: event.step, loss: event.heldOutLoss } : state.heldOut,
      };
    }
    case 'finished':
      return state.status === 'resetting' ? state : { ...state, status: 'finished', step: event.step };
    case 'diverged':
      return state.status === 'resetting' ? state : { ...state, status: 'diverged', step: event.step, problem: divergedSentence(event.step) };
    case 'error':
    case 'worker-failed':
      return { ...state, status: 'failed', problem: `The training could not run: ${event.message}` };
    case 'sampled':
      return state.status === 'resetting' ? state : { ...state, sample: { step: event.step, text: event.text } };
    case 'snapshot':
    case 'gradcheck':
      return state;
  }
}
