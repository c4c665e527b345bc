import { firstDifference } from './compare';
import type { CaseOutcome, CaseResult, Checker, ExerciseCase, PythonError, RunReport } from './types';

/** Judges one run: each case passed, failed (with the first wrong element) or raised; then names a known mistake. */
export function evaluateRun(checker: Checker, cases: readonly ExerciseCase[], outcomes: readonly CaseOutcome[], fatal: PythonError | null = null): RunReport {
  if (fatal) return { passed: false, cases: [], mistake: null, fatal };
  const results: CaseResult[] = cases.map((c, i) => {
    const outcome = outcomes[i];
    if (!outcome) return { label: c.label, status: 'error', args: c.args, expected: c.expected, error: { type: 'NoResult', message: 'this case did not run', line: null } };
    if (!outcome.ok) return { label: c.label, status: 'error', args: c.args, expected: c.expected, error: outcome.error };
    const difference = firstDifference(outcome.value, c.expected, checker.tolerance);
    if (!difference) return { label: c.label, status: 'passed' };
    return { label: c.label, status: 'failed', args: c.args, expected: c.expected, actual: outcome.value, firstWrong: difference.path, reason: difference.reason };
  });
  const passed = results.every((r) => r.status === 'passed');
  const mistake = passed ? null : checker.mistakes.find((m) => m.matches(outcomes, cases)) ?? null;
  return { passed, cases: results, mistake: mistake && { id: mistake.id, hint: mistake.hint }, fatal: null };
}
