import { createContext, useContext } from 'react';
import { sharedPythonRunner, type PythonRunner } from './pythonRunner';

const RunnerContext = createContext<PythonRunner | null>(null);

/** Lets tests (and the gallery) hand exercises and figures their own runner instead of the page's shared worker. */
export const PythonRunnerProvider = RunnerContext.Provider;

/** The Python runner in effect: the provided one, or the page's shared worker (started on first use). */
export function usePythonRunner(): PythonRunner {
  return useContext(RunnerContext) ?? sharedPythonRunner();
}
