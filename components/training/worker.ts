import type { FromWorker, ToWorker } from '../../engine/worker/protocol';

/** The part of a Worker a training page uses, so tests can hand in a fake that runs the session code in-thread. */
export interface TrainingWorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Starts the engine's training worker (Vite bundles it as its own module chunk). */
export function createTrainingWorker(): TrainingWorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this browser cannot run code in the background (no Web Workers)');
  return new Worker(new URL('../../engine/worker/training.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as TrainingWorkerLike;
}
