import { createContext, useContext } from 'react';

/** The id of the quiz that encloses a question. */
export const QuizIdContext = createContext<string | null>(null);

/** The id of the quiz a question sits in. */
export function useQuizId(): string | null {
  return useContext(QuizIdContext);
}
