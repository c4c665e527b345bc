import { useCallback, useEffect, useRef } from 'react';
import type { FromWorker, ResumeFrom, ToWorker, TrainingSetup } from '../../engine/worker/protocol';
import type { TrainingWorkerLike } from './worker';

/** The page-side events every training page's reducer understands. */
export type WorkerControlEvent =
  | { type: 'start-sent' }
  | { type: 'pause-sent' }
  | { type: 'reset-sent' }
  | { type: 'worker-failed'; message: string };

/** What a page does with one worker: how it reads its messages, and saved weights to start it from. */
export interface WorkerConnection {
  onMessage(message: FromWorker): void;
  /** Sent with init (the weights buffer is transferred, so pass a copy). */
  resume?: ResumeFrom | null;
}

/** The controls a training page gets for its current worker. */
export interface TrainingWorkerControls {
  start(): void;
  pause(): void;
  reset(): void;
  /** Posts a message to the current worker, after calling before() (for the page's own state); false when none. */
  send(message: ToWorker, before?: () => void): boolean;
}

/**
 * Owns one training worker per setup: creates it, wires its messages to connect()'s handler and its failures to
 * dispatch, sends init, and terminates it when the setup changes or the page unmounts, so no training continues
 * on a page the reader has left. A null setup means no worker yet. connect is called once per new worker.
 */
export function useTrainingWorker(
  setup: TrainingSetup | null,
  createWorker: () => TrainingWorkerLike,
  dispatch: (event: WorkerControlEvent) => void,
  connect: (worker: TrainingWorkerLike) => WorkerConnection,
): TrainingWorkerControls {
  const workerRef = useRef<TrainingWorkerLike | null>(null);
  const connectRef = useRef(connect);
  connectRef.current = connect;

  useEffect(() => {
    if (!setup) return undefined;
    let worker: TrainingWorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      dispatch({ type: 'worker-failed', message: (error as Error).message });
      return undefined;
    }
    workerRef.current = worker;
    const connection = connectRef.current(worker);
    worker.onmessage = (event) => connection.onMessage(event.data);
    worker.onerror = (event) => dispatch({ type: 'worker-failed', message: event.message || 'the training worker stopped' });
    const weights = connection.resume?.weights;
    if (weights) worker.postMessage({ type: 'init', setup, weights, step: connection.resume?.step }, [weights]);
    else worker.postMessage({ type: 'init', setup });
    return () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      workerRef.current = null;
    };
  }, [setup, createWorker, dispatch]);

  const send = useCallback((message: ToWorker, before?: () => void) => {
    if (!workerRef.current) return false;
    // The page's own state moves first, so any reply the worker sends lands on top of it.
    before?.();
    workerRef.current.postMessage(message);
    return true;
  }, []);
  const start = useCallback(() => { send({ type: 'start' }, () => dispatch({ type: 'start-sent' })); }, [send, dispatch]);
  const pause = useCallback(() => { send({ type: 'pause' }, () => dispatch({ type: 'pause-sent' })); }, [send, dispatch]);
  const reset = useCallback(() => { send({ type: 'reset' }, () => dispatch({ type: 'reset-sent' })); }, [send, dispatch]);
  return { start, pause, reset, send };
}
