import { createContext, useContext, useState, type ReactNode } from 'react';

/** An exercise as remembered: the code last left in the editor, whether it has passed, the code that passed, its checker. */
export interface RecordedExercise {
  code: string;
  passed: boolean;
  passedCode: string | null;
  check: string;
}

/** How exercises and figures read and save exercise progress; the app backs it with the persisted store. */
export interface ExerciseProgress {
  /** Hook: what is saved for an exercise id. */
  useSaved(id: string): RecordedExercise | undefined;
  /** Hook: the code of a passed exercise with this checker, for a figure that can run the student's function. */
  usePassedCode(check: string): string | null;
  save(id: string, entry: RecordedExercise): void;
  clear(id: string): void;
}

const ExerciseProgressContext = createContext<ExerciseProgress | null>(null);

/** Supplies exercise progress to every exercise and figure below it. */
export function ExerciseProgressProvider({ value, children }: { value: ExerciseProgress; children: ReactNode }) {
  return <ExerciseProgressContext.Provider value={value}>{children}</ExerciseProgressContext.Provider>;
}

/** Progress kept in component state, for exercises shown without a provider (the gallery): nothing is saved. */
function useLocalProgress(): ExerciseProgress {
  const [saved, setSaved] = useState<Record<string, RecordedExercise>>({});
  return {
    useSaved: (id) => saved[id],
    usePassedCode: (check) => Object.values(saved).find((e) => e.passed && e.check === check)?.passedCode ?? null,
    save: (id, entry) => setSaved((s) => ({ ...s, [id]: entry })),
    clear: (id) =>
      setSaved((s) => {
        const next = { ...s };
        delete next[id];
        return next;
      }),
  };
}

/** The exercise progress in effect: the provider's, or a local one that forgets on unmount. */
export function useExerciseProgress(): ExerciseProgress {
  const provided = useContext(ExerciseProgressContext);
  const local = useLocalProgress();
  return provided ?? local;
}
