import { createContext, useContext, useState, type ReactNode } from 'react';

/** An answer as remembered between visits: the chosen indices and whether they were right. */
export interface RecordedAnswer {
  selected: number[];
  correct: boolean;
}

/** How quizzes read and save answers; the app backs this with its persisted progress store. */
export interface QuizProgress {
  /** Hook: the recorded answer for a `<quizId>/<questionId>` key, re-rendering when it changes. */
  useAnswer(key: string): RecordedAnswer | undefined;
  /** Hook: how many of the given keys have a correct recorded answer. */
  useCorrectCount(keys: readonly string[]): number;
  record(key: string, answer: RecordedAnswer): void;
  clear(key: string): void;
}

const QuizProgressContext = createContext<QuizProgress | null>(null);

/** Supplies quiz progress to every quiz below it. */
export function QuizProgressProvider({ value, children }: { value: QuizProgress; children: ReactNode }) {
  return <QuizProgressContext.Provider value={value}>{children}</QuizProgressContext.Provider>;
}

/** Answers kept in component state, for quizzes rendered without a provider (nothing is saved). */
function useLocalProgress(): QuizProgress {
  const [answers, setAnswers] = useState<Record<string, RecordedAnswer>>({});
  const [api] = useState<Pick<QuizProgress, 'record' | 'clear'>>(() => ({
    record: (key, answer) => setAnswers((a) => ({ ...a, [key]: answer })),
    clear: (key) =>
      setAnswers((a) => {
        const next = { ...a };
        delete next[key];
        return next;
      }),
  }));
  return {
    ...api,
    useAnswer: (key) => answers[key],
    useCorrectCount: (keys) => keys.filter((key) => answers[key]?.correct).length,
  };
}

/** The quiz progress in effect: the provider's, or a local one that forgets on unmount. */
export function useQuizProgress(): QuizProgress {
  const provided = useContext(QuizProgressContext);
  const local = useLocalProgress();
  return provided ?? local;
}

/** Shares one unsaved progress among a quiz's questions when no provider is present (e.g. a preview). */
export function EnsureQuizProgress({ children }: { children: ReactNode }) {
  const provided = useContext(QuizProgressContext);
  const local = useLocalProgress();
  return provided ? <>{children}</> : <QuizProgressContext.Provider value={local}>{children}</QuizProgressContext.Provider>;
}
