import { useStore } from 'zustand';
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
