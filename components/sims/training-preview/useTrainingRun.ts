import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Tokenizer } from '../../../engine/tokenizer';
import type { TrainingSetup } from '../../../engine/worker/protocol';
import { sampleText } from './sampleText';
import { initialPreviewState, previewReducer, type PreviewState } from './previewState';
import type { TrainingWorkerLike } from './worker';

/** The preview's run and the three things a reader can do to it. */
export interface TrainingRun {
  state: PreviewState;
  start(): void;
  pause(): void;
  reset(): void;
  /** Asks the worker for its weights and writes a sample with them. */
  requestSample(): void;
}

/**
 * Owns one training worker for the life of the component: starts it with the setup, folds its messages into
 * state, and terminates it on unmount so no training continues on a page the reader has left.
 */
export function useTrainingRun(
  setup: TrainingSetup,
  createWorker: () => TrainingWorkerLike,
  tokenizer: Tokenizer,
): TrainingRun {
  const [state, dispatch] = useReducer(previewReducer, initialPreviewState);
  const workerRef = useRef<TrainingWorkerLike | null>(null);

  useEffect(() => {
    let worker: TrainingWorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      dispatch({ type: 'worker-failed', message: (error as Error).message });
      return undefined;
    }
    workerRef.current = worker;
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type !== 'snapshot') return dispatch(message);
      try {
        dispatch({ type: 'sampled', step: message.step, text: sampleText(message.config, message.weights, tokenizer) });
      } catch (error) {
        dispatch({ type: 'worker-failed', message: (error as Error).message });
      }
    };
    worker.onerror = (event) => dispatch({ type: 'worker-failed', message: event.message || 'the training worker stopped' });
    worker.postMessage({ type: 'init', setup });
    return () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      workerRef.current = null;
    };
  }, [setup, createWorker, tokenizer]);

  const start = useCallback(() => {
    if (!workerRef.current) return;
    // The page's own state moves first, so any reply the worker sends lands on top of it.
    dispatch({ type: 'start-sent' });
    workerRef.current.postMessage({ type: 'start' });
  }, []);
  const pause = useCallback(() => {
    if (!workerRef.current) return;
    dispatch({ type: 'pause-sent' });
    workerRef.current.postMessage({ type: 'pause' });
  }, []);
  const reset = useCallback(() => {
    if (!workerRef.current) return;
    dispatch({ type: 'reset-sent' });
    workerRef.current.postMessage({ type: 'reset' });
  }, []);
  const requestSample = useCallback(() => {
    workerRef.current?.postMessage({ type: 'snapshot' });
  }, []);
  return { state, start, pause, reset, requestSample };
}
