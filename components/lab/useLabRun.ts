import { startTransition, useCallback, useReducer, useRef, useState } from 'react';
import { makeGptConfig } from '../../engine/gpt/config';
import type { GptModel } from '../../engine/gpt/forward';
import { modelFromWeights } from '../../engine/gpt/serialize';
import type { TrainingSetup } from '../../engine/worker/protocol';
import { initialLabState, labReducer, type LabState } from './labState';
import { useTrainingWorker, type WorkerConnection } from '../training/useTrainingWorker';
import type { TrainingWorkerLike } from '../training/worker';
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
 * The Lab's run: one training worker per setup (see useTrainingWorker), started from the saved weights when they
 * fit the setup's shape, with its messages folded into state and the latest snapshot kept as a model.
 */
export function useLabRun(setup: TrainingSetup | null, createWorker: () => TrainingWorkerLike, pending: PendingLoad | null): LabRun {
  const [state, dispatch] = useReducer(labReducer, initialLabState);
  const [model, setModel] = useState<LabRun['model']>(null);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  // The saved weights already handed to a worker: a later ready (after Reset) is fresh weights, not these again.
  const usedRef = useRef<PendingLoad | null>(null);

  const connect = (worker: TrainingWorkerLike): WorkerConnection => {
    setModel(null);
    // Saved weights of the same shape go with init, so the worker starts from them; any other shape starts fresh.
    const load = pendingRef.current;
    const shape = makeGptConfig(setup?.model);
    const resume = load && load !== usedRef.current && SHAPE_KEYS.every((key) => load.model.config[key] === shape[key]) ? load : null;
    const onMessage: WorkerConnection['onMessage'] = (message) => {
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
        if (resume && pendingRef.current === resume && usedRef.current !== resume) {
          usedRef.current = resume;
          dispatch({ type: 'loaded', step: message.step });
          dispatch({ type: 'restore-points', points: resume.points ?? [] });
        }
        worker.postMessage({ type: 'snapshot' });
      } else if (message.type === 'paused' || message.type === 'finished') {
        worker.postMessage({ type: 'snapshot' });
      }
    };
    const weights = resume ? Float32Array.from(resume.model.params.data).buffer : undefined;
    return { onMessage, resume: resume ? { weights, step: resume.step } : null };
  };
  const { start, pause, reset, send } = useTrainingWorker(setup, createWorker, dispatch, connect);
  const checkGradients = useCallback(() => {
    send({ type: 'gradcheck' }, () => dispatch({ type: 'gradcheck-sent' }));
  }, [send]);
  return { state, model, start, pause, reset, checkGradients };
}

/** The config fields that decide the weights' layout: saved weights resume only when all of them match. */
const SHAPE_KEYS = ['layers', 'width', 'heads', 'contextLength', 'vocabSize'] as const;
