import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { makeGptConfig, type GptConfig } from '../../engine/gpt/config';
import type { GptModel } from '../../engine/gpt/forward';
import { modelFromWeights } from '../../engine/gpt/serialize';
import type { TrainingSetup } from '../../engine/worker/protocol';
import { initialLabState, labReducer, type LabState } from './labState';
import type { LabWorkerLike } from './worker';
import type { LossPoint } from '../sims/training-preview/previewState';

/** Weights to resume from once the worker has built a model of the same shape. */
export interface PendingLoad {
  model: GptModel;
  step: number;
  /** The loss curve it was trained along, when known. */
  points?: LossPoint[];
}

/** The Lab's run, the latest model the page has a copy of, and what a student can do. */
export interface LabRun {
  state: LabState;
  /** The weights of the latest snapshot, for the heatmap, the generator and saving; null before the first. */
  model: { model: GptModel; step: number } | null;
  start(): void;
  pause(): void;
  reset(): void;
  checkGradients(): void;
}

/**
 * Owns one Lab worker per setup: initialises it, resumes saved weights if given, folds its messages into state,
 * keeps the latest snapshot as a model, and terminates the worker when the setup changes or the page unmounts.
 */
export function useLabRun(setup: TrainingSetup | null, createWorker: () => LabWorkerLike, pending: PendingLoad | null): LabRun {
  const [state, dispatch] = useReducer(labReducer, initialLabState);
  const [model, setModel] = useState<LabRun['model']>(null);
  const workerRef = useRef<LabWorkerLike | null>(null);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  useEffect(() => {
    if (!setup) return undefined;
    let worker: LabWorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      dispatch({ type: 'worker-failed', message: (error as Error).message });
      return undefined;
    }
    workerRef.current = worker;
    setModel(null);
    // Saved weights of the same shape go with init, so the worker starts from them; any other shape starts fresh.
    const load = pendingRef.current;
    const shape = makeGptConfig(setup.model);
    const resume = load && ['layers', 'width', 'heads', 'contextLength', 'vocabSize'].every(
      (key) => load.model.config[key as keyof GptConfig] === shape[key as keyof GptConfig]) ? load : null;
    worker.onmessage = (event) => {
      const message = event.data;
      // Progress and snapshots arrive several times a second: render them as transitions, which React renders in
      // slices, so the chart and the heatmap never hold the main thread for long.
      if (message.type === 'snapshot') {
        try {
          const next = { model: modelFromWeights(message.config, message.weights), step: message.step };
          startTransition(() => setModel(next));
        } catch (error) {
          dispatch({ type: 'worker-failed', message: (error as Error).message });
        }
        return;
      }
      if (message.type === 'progress') {
        startTransition(() => dispatch(message));
        return;
      }
      dispatch(message);
      if (message.type === 'ready') {
        if (resume && pendingRef.current === resume) {
          pendingRef.current = null;
          dispatch({ type: 'loaded', step: message.step });
          dispatch({ type: 'restore-points', points: resume.points ?? [] });
        }
        worker.postMessage({ type: 'snapshot' });
      } else if (message.type === 'paused' || message.type === 'finished') {
        worker.postMessage({ type: 'snapshot' });
      }
    };
    worker.onerror = (event) => dispatch({ type: 'worker-failed', message: event.message || 'the training worker stopped' });
    if (resume) {
      const weights = Float32Array.from(resume.model.params.data).buffer;
      worker.postMessage({ type: 'init', setup, weights, step: resume.step }, [weights]);
    } else {
      worker.postMessage({ type: 'init', setup });
    }
    return () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      workerRef.current = null;
    };
  }, [setup, createWorker]);

  const start = useCallback(() => {
    if (!workerRef.current) return;
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
  const checkGradients = useCallback(() => {
    if (!workerRef.current) return;
    dispatch({ type: 'gradcheck-sent' });
    workerRef.current.postMessage({ type: 'gradcheck' });
  }, []);
  return { state, model, start, pause, reset, checkGradients };
}
