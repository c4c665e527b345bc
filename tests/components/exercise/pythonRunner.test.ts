import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromPythonWorker, ToPythonWorker } from '../../../components/course/exercise/protocol';
import { createPythonRunner, type WorkerLike } from '../../../components/course/exercise/pythonRunner';

/** A worker that records what it is sent and lets the test answer for it. */
class FakeWorker implements WorkerLike {
  sent: ToPythonWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromPythonWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToPythonWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: FromPythonWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromPythonWorker>);
  }
}

const result = { fatal: null, outcomes: [{ ok: true as const, value: 1 }], stdout: '', truncated: false };

describe('the Python runner', () => {
  let workers: FakeWorker[];
  const make = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  };
  beforeEach(() => {
    workers = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('starts no worker until it is used, then reports loading progress and readiness', () => {
    const runner = createPythonRunner(make);
    const states: string[] = [];
    runner.subscribe((s) => states.push(s.phase === 'loading' ? `loading ${s.loaded}/${s.total}` : s.phase));
    expect(workers).toHaveLength(0);
    runner.warm();
    workers[0].say({ type: 'progress', loaded: 3_100_000, total: 13_500_000 });
    workers[0].say({ type: 'ready', ms: 900 });
    expect(states).toEqual(['loading 0/0', 'loading 3100000/13500000', 'ready']);
  });

  it('runs one request at a time, in order', async () => {
    const runner = createPythonRunner(make);
    const first = runner.run('a', 'f', [[1]]);
    const second = runner.run('b', 'f', [[2]]);
    expect(workers[0].sent.map((m) => m.source)).toEqual(['a']);
    workers[0].say({ type: 'started', id: 1 });
    workers[0].say({ type: 'result', id: 1, result, ms: 3 });
    await expect(first).resolves.toEqual({ kind: 'done', result, ms: 3 });
    expect(workers[0].sent.map((m) => m.source)).toEqual(['a', 'b']);
    workers[0].say({ type: 'started', id: 2 });
    workers[0].say({ type: 'result', id: 2, result, ms: 4 });
    await expect(second).resolves.toMatchObject({ kind: 'done', ms: 4 });
  });

  it('counts the time limit from the start of the code, not from loading Python', async () => {
    const runner = createPythonRunner(make, 5_000);
    const run = runner.run('while True: pass', 'f', [[]]);
    vi.advanceTimersByTime(20_000); // still loading: no limit yet
    expect(workers[0].terminated).toBe(false);
    workers[0].say({ type: 'started', id: 1 });
    vi.advanceTimersByTime(4_999);
    expect(workers[0].terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(run).resolves.toEqual({ kind: 'timeout', seconds: 5 });
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2); // a fresh worker is loading for the next run
  });

  it('ignores a late answer from a stopped worker and runs the next request on the new one', async () => {
    const runner = createPythonRunner(make, 5_000);
    const stuck = runner.run('loop', 'f', [[]]);
    workers[0].say({ type: 'started', id: 1 });
    vi.advanceTimersByTime(5_000);
    await stuck;
    const next = runner.run('ok', 'f', [[]]);
    workers[0].say({ type: 'result', id: 2, result, ms: 1 }); // the old worker cannot answer any more
    expect(workers[1].sent.map((m) => m.source)).toEqual(['ok']);
    workers[1].say({ type: 'started', id: 2 });
    workers[1].say({ type: 'result', id: 2, result, ms: 1 });
    await expect(next).resolves.toMatchObject({ kind: 'done' });
  });

  it('fails every waiting run when Python cannot load, and tries again on the next run', async () => {
    const runner = createPythonRunner(make);
    const a = runner.run('a', 'f', [[]]);
    const b = runner.run('b', 'f', [[]]);
    workers[0].say({ type: 'load-failed', message: 'pyodide.asm.wasm answered 404' });
    await expect(a).resolves.toEqual({ kind: 'failed', message: 'Python could not be loaded: pyodide.asm.wasm answered 404' });
    await expect(b).resolves.toMatchObject({ kind: 'failed' });
    expect(runner.getState()).toEqual({ phase: 'failed', message: 'pyodide.asm.wasm answered 404' });
    void runner.run('c', 'f', [[]]);
    expect(workers).toHaveLength(2);
  });
});
