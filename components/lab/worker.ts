import type { FromWorker, ToWorker } from '../../engine/worker/protocol';

/** The part of a Worker the Lab uses, so tests can hand in a fake that runs the same session code in-thread. */
export interface LabWorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** Starts the engine's training worker for the Lab (Vite bundles it as its own module chunk). */
export function createLabWorker(): LabWorkerLike {
  if (typeof Worker === 'undefined') throw new Error('this browser cannot run code in the background (no Web Workers)');
  return new Worker(new URL('../../engine/worker/training.worker.ts', import.meta.url), { type: 'module' }) as unknown as LabWorkerLike;
}
