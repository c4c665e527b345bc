import type { HarnessResult } from './harness';
import type { FromPythonWorker, ToPythonWorker } from './protocol';
import type { Value } from './types';

/** How long student code may run before the worker is stopped, in milliseconds. */
export const TIME_LIMIT_MS = 5_000;

/** Where the Python runtime stands, for the loading bar and the Run button. */
export type RuntimeState =
  | { phase: 'idle' }
  | { phase: 'loading'; loaded: number; total: number }
  | { phase: 'ready' }
  | { phase: 'failed'; message: string };

/** How one run ended. */
export type RunOutcome =
  | { kind: 'done'; result: HarnessResult; ms: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'failed'; message: string };

/** The part of a Worker the runner uses, so tests can hand it a fake. */
export interface WorkerLike {
  postMessage(message: ToPythonWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromPythonWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Runs student code in a worker: one run at a time, each stopped after the time limit. */
export interface PythonRunner {
  getState(): RuntimeState;
  subscribe(listener: (state: RuntimeState) => void): () => void;
  /** Starts loading Python if it is not loaded yet (the first Run does this too). */
  warm(): void;
  run(source: string, functionName: string, cases: Value[][]): Promise<RunOutcome>;
}

interface Pending {
  id: number;
  message: ToPythonWorker;
  resolve(outcome: RunOutcome): void;
}

/**
 * Creates a runner around worker instances made by createWorker. A run that passes the time limit terminates its
 * worker (the only way to stop a loop in another thread) and a fresh one starts loading at once, from the cache.
 */
export function createPythonRunner(createWorker: () => WorkerLike, timeLimitMs = TIME_LIMIT_MS): PythonRunner {
  let state: RuntimeState = { phase: 'idle' };
  const listeners = new Set<(s: RuntimeState) => void>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const queue: Pending[] = [];
  let current: Pending | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const setState = (next: RuntimeState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const finish = (outcome: RunOutcome) => {
    if (timer) clearTimeout(timer);
    timer = null;
    const done = current;
    current = null;
    done?.resolve(outcome);
    pump();
  };
  const failAll = (message: string) => {
    const waiting = [current, ...queue.splice(0)].filter((p): p is Pending => p !== null);
    current = null;
    for (const p of waiting) p.resolve({ kind: 'failed', message });
  };

  const boot = () => {
    const w = createWorker();
    worker = w;
    setState({ phase: 'loading', loaded: 0, total: 0 });
    w.onmessage = (event) => {
      if (worker !== w) return;
      const m = event.data;
      if (m.type === 'progress') setState({ phase: 'loading', loaded: m.loaded, total: m.total });
      else if (m.type === 'ready') setState({ phase: 'ready' });
      else if (m.type === 'load-failed') {
        setState({ phase: 'failed', message: m.message });
        failAll(`Python could not be loaded: ${m.message}`);
        w.terminate();
        worker = null;
      } else if (m.type === 'started' && current?.id === m.id) {
        timer = setTimeout(() => {
          w.terminate();
          worker = null;
          finish({ kind: 'timeout', seconds: timeLimitMs / 1000 });
          boot();
        }, timeLimitMs);
      } else if (m.type === 'result' && current?.id === m.id) finish({ kind: 'done', result: m.result, ms: m.ms });
    };
    w.onerror = (event) => {
      if (worker !== w) return;
      event.preventDefault?.();
      const message = event.message || 'the Python worker stopped';
      w.terminate();
      worker = null;
      setState({ phase: 'failed', message });
      failAll(`Python stopped: ${message}`);
    };
  };

  function pump() {
    if (current || queue.length === 0) return;
    if (!worker) boot();
    current = queue.shift()!;
    worker!.postMessage(current.message);
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    warm() {
      if (!worker) boot();
    },
    run(source, functionName, cases) {
      return new Promise((resolve) => {
        const id = nextId++;
        queue.push({ id, resolve, message: { type: 'run', id, source, functionName, cases } });
        pump();
      });
    },
  };
}

let shared: PythonRunner | null = null;

/** The page's one Python runner, shared by every exercise and figure; its worker starts on first use. */
export function sharedPythonRunner(): PythonRunner {
  shared ??= createPythonRunner(
    () => new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python' }) as unknown as WorkerLike,
  );
  return shared;
}
