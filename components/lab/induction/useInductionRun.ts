import { startTransition, useCallback, useReducer, useRef, useState } from 'react';
import type { TrainingSetup } from '../../../engine/worker/protocol';
import { useTrainingWorker, type WorkerConnection } from '../../training/useTrainingWorker';
import type { TrainingWorkerLike } from '../../training/worker';
import { inductionReducer, initialInductionState, type InductionEvent, type InductionState } from './inductionState';

/** Every head's attention on the picture's sequence, and the step it was taken at. */
export interface AttentionView {
  step: number;
  /** attention[layer][head] is a T × T matrix (rows: the token looking). */
  attention: Float64Array[][][];
}

/** The preset's run and what a student can do with it. */
export interface InductionRun {
  state: InductionState;
  attention: AttentionView | null;
  start(): void;
  pause(): void;
  reset(): void;
}

/**
 * One training worker for the preset (see useTrainingWorker): its messages folded into state, stamped with the
 * page's clock so the seconds of training can be shown, and, after every measurement, a snapshot of the heads'
 * attention on `sequence` for the heatmap (one at a time, so a slow page never queues them up).
 */
export function useInductionRun(setup: TrainingSetup, createWorker: () => TrainingWorkerLike, sequence: number[]): InductionRun {
  const [state, rawDispatch] = useReducer(inductionReducer, initialInductionState);
  const [attention, setAttention] = useState<AttentionView | null>(null);
  const dispatch = useCallback((event: InductionEvent) => rawDispatch({ ...event, at: performance.now() }), []);
  const sequenceRef = useRef(sequence);
  sequenceRef.current = sequence;

  const connect = (worker: TrainingWorkerLike): WorkerConnection => {
    setAttention(null);
    let waiting = false;
    const ask = () => {
      if (waiting) return;
      waiting = true;
      worker.postMessage({ type: 'snapshot', attentionInput: sequenceRef.current });
    };
    const onMessage: WorkerConnection['onMessage'] = (message) => {
      if (message.type === 'snapshot') {
        waiting = false;
        const view = message.attention ? { step: message.step, attention: message.attention } : null;
        if (view) startTransition(() => setAttention(view));
        return;
      }
      if (message.type === 'progress') {
        // progress arrives many times a second: a transition lets React draw the charts in slices
        startTransition(() => dispatch(message));
        if (message.headScores) ask();
        return;
      }
      dispatch(message);
      if (message.type === 'ready' || message.type === 'paused' || message.type === 'finished') ask();
    };
    return { onMessage };
  };
  const { start, pause, reset } = useTrainingWorker(setup, createWorker, dispatch, connect);
  return { state, attention, start, pause, reset };
}
