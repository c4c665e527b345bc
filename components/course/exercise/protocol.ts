import type { HarnessResult } from './harness';
import type { Value } from './types';

/** Messages the page sends the Python worker. */
export type ToPythonWorker = { type: 'run'; id: number; source: string; functionName: string; cases: Value[][] };

/** Messages the Python worker sends back. */
export type FromPythonWorker =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'ready'; ms: number }
  | { type: 'load-failed'; message: string }
  /** Sent just before the student's code starts, so the time limit counts their code and not the loading. */
  | { type: 'started'; id: number }
  | { type: 'result'; id: number; result: HarnessResult; ms: number };
