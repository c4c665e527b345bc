/**
 * The contract between an exercise's checker (TypeScript, beside the engine), the Python runner (in a worker) and
 * the results the page shows. Values cross the worker boundary as plain data: numbers (NaN and ±∞ included),
 * booleans, strings, null and nested lists.
 */

/** A value a student's function takes or returns. */
export type Value = number | boolean | string | null | Value[];

/** One test case: the arguments the student's function is called with and what the engine says it must return. */
export interface ExerciseCase {
  /** What the case tries, shown in the results ("large logits", "a single token"). */
  label: string;
  args: Value[];
  /** Computed by engine/ when the checker runs, never pasted. */
  expected: Value;
}

/** What running the student's function on one case gave: a value, or the error it raised. */
export type CaseOutcome =
  | { ok: true; value: Value }
  | { ok: false; error: PythonError };

/** A Python exception, located in the student's code when it came from there. */
export interface PythonError {
  /** The exception's class name, e.g. `OverflowError`, `SyntaxError`. */
  type: string;
  message: string;
  /** 1-based line in the student's code, or null when the error did not come from it. */
  line: number | null;
}

/** Absolute and relative tolerance: |actual − expected| ≤ absolute + relative·|expected|. */
export interface Tolerance {
  absolute: number;
  relative: number;
}

/** A known wrong answer, recognised from the outcomes and named with a hint aimed at it. */
export interface Mistake {
  id: string;
  /** What the student sees, e.g. "you got inf: subtract the max first". */
  hint: string;
  /** True when these outcomes look like this mistake. */
  matches(outcomes: readonly CaseOutcome[], cases: readonly ExerciseCase[]): boolean;
  /** A Python implementation that makes this mistake; the tests run it and expect this hint. */
  example: string;
}

/** Everything that checks one exercise; one file per checker under checks/, named by its id. */
export interface Checker {
  /** The Python function the student writes, e.g. `softmax`. */
  functionName: string;
  tolerance: Tolerance;
  /** The cases with their expected values, computed by the engine each time. */
  cases(): ExerciseCase[];
  /** At least two known mistakes, tried in order; the first that matches is named. */
  mistakes: Mistake[];
}

/** How one case went, for the results list. */
export type CaseResult =
  | { label: string; status: 'passed' }
  | {
      label: string;
      status: 'failed';
      args: Value[];
      expected: Value;
      actual: Value;
      /** Where actual first differs from expected: indices into the nested lists, [] for the whole value. */
      firstWrong: number[];
      /** Why it differs there, e.g. "expected 0.25, got 0.3" or "expected a list of 3, got 2". */
      reason: string;
    }
  | { label: string; status: 'error'; args: Value[]; expected: Value; error: PythonError };

/** The verdict on one run of the student's code. */
export interface RunReport {
  passed: boolean;
  cases: CaseResult[];
  /** The hint of the first known mistake that matched, when the run did not pass. */
  mistake: { id: string; hint: string } | null;
  /** An error that stopped every case (a syntax error, a missing function), shown instead of the cases. */
  fatal: PythonError | null;
}
