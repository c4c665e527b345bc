import { useEffect, useRef, useState } from 'react';
import { useExerciseProgress } from './ExerciseProgressContext';
import { usePythonRunner } from './runnerContext';
import { describeError } from './ExerciseResults';
import type { Value } from './types';

/** A figure's view of the student's own function: whether there is one, whether it is in use, and what it returned. */
export interface StudentFunction {
  /** True once the exercise with this checker has passed. */
  available: boolean;
  using: boolean;
  setUsing(on: boolean): void;
  /** What the student's function returned for the current arguments, or null while it runs or when not in use. */
  value: Value | null;
  /** Why the figure is showing the course's own numbers although using is on (an error, a timeout). */
  problem: string | null;
}

/**
 * Runs the student's passed code for a checker on the figure's current arguments, in the exercise worker. Only the
 * latest arguments' answer is kept, so a slider dragged quickly never shows a stale result.
 */
export function useStudentFunction(check: string, functionName: string, args: Value[]): StudentFunction {
  const code = useExerciseProgress().usePassedCode(check);
  const runner = usePythonRunner();
  const [using, setUsing] = useState(false);
  const [value, setValue] = useState<Value | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0);
  const key = JSON.stringify(args);
  const active = using && code !== null;
  useEffect(() => {
    if (!active) {
      setValue(null);
      setProblem(null);
      return;
    }
    const ticket = ++latest.current;
    void runner.run(code, functionName, [JSON.parse(key) as Value[]]).then((outcome) => {
      if (ticket !== latest.current) return;
      if (outcome.kind === 'timeout') return setProblem(`your ${functionName} did not finish within ${outcome.seconds} s`);
      if (outcome.kind === 'failed') return setProblem(outcome.message);
      const { fatal, outcomes } = outcome.result;
      const first = outcomes[0];
      if (fatal) return setProblem(describeError(fatal));
      if (!first) return setProblem('your function returned nothing');
      if (!first.ok) return setProblem(describeError(first.error));
      setProblem(null);
      setValue(first.value);
    });
  }, [active, code, functionName, key, runner]);
  return { available: code !== null, using: active, setUsing, value: active ? value : null, problem: active ? problem : null };
}

/** Reads a student's result as a list of n finite numbers, or null when it is not one. */
export function asNumbers(value: Value | null, n: number): number[] | null {
  if (!Array.isArray(value) || value.length !== n) return null;
  return value.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (value as number[]) : null;
}
