import { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Question, type QuestionProps } from './Question';
import { QuizIdContext } from './quizId';
import { EnsureQuizProgress, useQuizProgress } from './QuizProgressContext';

/** "2 of 3 questions answered correctly", announced politely as it changes. */
function ScoreLine({ keys }: { keys: string[] }) {
  const right = useQuizProgress().useCorrectCount(keys);
  return (
    <p className="quiz-score" aria-live="polite">
      {right === keys.length && keys.length > 0
        ? `All ${keys.length} questions answered correctly.`
        : `${right} of ${keys.length} questions answered correctly.`}
    </p>
  );
}

/** A quiz: a group of questions whose answers are saved under `<id>/<questionId>`. */
export function Quiz({ id, children }: { id: string; children?: ReactNode }) {
  const keys = Children.toArray(children)
    .filter((c): c is ReactElement<QuestionProps> => isValidElement(c) && c.type === Question)
    .map((q) => `${id}/${q.props.id}`);
  return (
    <EnsureQuizProgress>
      <QuizIdContext.Provider value={id}>
        <section className="quiz" aria-label="Quiz">
          {children}
          <ScoreLine keys={keys} />
        </section>
      </QuizIdContext.Provider>
    </EnsureQuizProgress>
  );
}
