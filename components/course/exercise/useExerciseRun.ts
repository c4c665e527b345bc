import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { loadChecker } from './checks';
import { evaluateRun } from './evaluate';
import type { PythonRunner, RuntimeState } from './pythonRunner';
import type { RunReport } from './types';

/** What the last Run produced. */
export type RunView =
  | { kind: 'none' }
  | { kind: 'running' }
  | { kind: 'report'; report: RunReport; stdout: string; truncated: boolean; ms: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'failed'; message: string };

/** The runtime's loading state, re-rendering as it changes. */
export function useRuntimeState(runner: PythonRunner): RuntimeState {
  return useSyncExternalStore(
    useCallback((listener) => runner.subscribe(listener), [runner]),
    () => runner.getState(),
  );
}

/**
 * Runs a student's code against an exercise's checker: the cases and their expected values come from the engine
 * (the checker computes them each run), the code runs in the worker, and the verdict is judged here from plain data.
 */
export function useExerciseRun(runner: PythonRunner, check: string, onReport: (report: RunReport, code: string) => void) {
  const [view, setView] = useState<RunView>({ kind: 'none' });
  const mounted = useRef(true);
  // Set on every mount, not only the first: React's development mode mounts, unmounts and mounts again.
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const run = useCallback(
    async (code: string) => {
      setView({ kind: 'running' });
      try {
        const checker = await loadChecker(check);
        const cases = checker.cases();
        const outcome = await runner.run(code, checker.functionName, cases.map((c) => c.args));
        if (!mounted.current) return;
        if (outcome.kind === 'timeout') return setView({ kind: 'timeout', seconds: outcome.seconds });
        if (outcome.kind === 'failed') return setView({ kind: 'failed', message: outcome.message });
        const report = evaluateRun(checker, cases, outcome.result.outcomes, outcome.result.fatal);
        setView({ kind: 'report', report, stdout: outcome.result.stdout, truncated: outcome.result.truncated, ms: outcome.ms });
        onReport(report, code);
      } catch (error) {
        if (mounted.current) setView({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [check, onReport, runner],
  );
  return { view, run };
}
