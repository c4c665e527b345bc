import { useCallback, useReducer } from 'react';
import type { Tokenizer } from '../../../engine/tokenizer';
import type { TrainingSetup } from '../../../engine/worker/protocol';
import { useTrainingWorker, type WorkerConnection } from '../../training/useTrainingWorker';
import type { TrainingWorkerLike } from '../../training/worker';
import { sampleText } from './sampleText';
import { initialPreviewState, previewReducer, type PreviewState } from './previewState';

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
 * The preview's training run: one worker for the life of the component (see useTrainingWorker), with its
 * messages folded into state and every snapshot turned into a sample of text.
 */
export function useTrainingRun(
  setup: TrainingSetup,
  createWorker: () => TrainingWorkerLike,
  tokenizer: Tokenizer,
): TrainingRun {
  const [state, dispatch] = useReducer(previewReducer, initialPreviewState);
  const connect = (): WorkerConnection => ({
    onMessage(message) {
      if (message.type !== 'snapshot') return dispatch(message);
      try {
        dispatch({ type: 'sampled', step: message.step, text: sampleText(message.config, message.weights, tokenizer) });
      } catch (error) {
        dispatch({ type: 'worker-failed', message: (error as Error).message });
      }
    },
  });
  const { start, pause, reset, send } = useTrainingWorker(setup, createWorker, dispatch, connect);
  const requestSample = useCallback(() => { send({ type: 'snapshot' }); }, [send]);
  return { state, start, pause, reset, requestSample };
}
