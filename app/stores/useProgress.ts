import { useStore } from 'zustand';
import type { ExerciseProgress } from '../../components/course/exercise/ExerciseProgressContext';
import type { QuizProgress } from '../../components/course/quiz/QuizProgressContext';
import { correctCount } from './progressModel';
import { createProgressStore, syncAcrossTabs, type ProgressState } from './progressStore';

/** The one progress store of the running app, saved in this browser's localStorage. */
export const progressStore = createProgressStore({ storage: () => window.localStorage });
syncAcrossTabs(progressStore, window);

/** Reads a slice of progress and re-renders when it changes. */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector);
}

/** Quiz progress backed by the persisted store, for the quiz components. */
export const storedQuizProgress: QuizProgress = {
  useAnswer: (key) => useStore(progressStore, (s) => s.answers[key]),
  useCorrectCount: (keys) => useStore(progressStore, (s) => correctCount(keys, s)),
  record: (key, answer) => progressStore.getState().recordAnswer(key, answer.selected, answer.correct),
  clear: (key) => progressStore.getState().clearAnswer(key),
};

/** The passed code of the most recently saved exercise with this checker, or null. */
function passedCodeFor(state: ProgressState, check: string): string | null {
  let best: { at: number; code: string } | null = null;
  for (const e of Object.values(state.exercises)) {
    if (e.check === check && e.passed && e.passedCode !== null && (!best || e.at > best.at)) best = { at: e.at, code: e.passedCode };
  }
  return best?.code ?? null;
}

/** Exercise progress backed by the persisted store, for exercises and for figures that run the student's code. */
export const storedExerciseProgress: ExerciseProgress = {
  useSaved: (id) => useStore(progressStore, (s) => s.exercises[id]),
  usePassedCode: (check) => useStore(progressStore, (s) => passedCodeFor(s, check)),
  save: (id, entry) => progressStore.getState().saveExercise(id, entry),
  clear: (id) => progressStore.getState().clearExercise(id),
};
