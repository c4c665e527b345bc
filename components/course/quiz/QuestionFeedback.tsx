import type { Ref } from 'react';
import type { ChoiceData } from './Question';
import type { RecordedAnswer } from './QuizProgressContext';
import { scoreQuestion } from './scoreQuestion';

/** The feedback region of a question: present from the start so screen readers announce its changes. */
export function QuestionFeedback({ choices, answer, ref }: { choices: ChoiceData[]; answer: RecordedAnswer | undefined; ref?: Ref<HTMLDivElement> }) {
  if (!answer) return <div ref={ref} role="status" className="feedback" tabIndex={-1} />;
  const score = scoreQuestion(choices, answer.selected);
  const missed = score.missed.length;
  return (
    <div ref={ref} role="status" tabIndex={-1} className={`feedback ${score.correct ? 'feedback-right' : 'feedback-wrong'}`}>
      <p className="feedback-verdict">{score.correct ? 'Correct.' : 'Not quite.'}</p>
      <ul>
        {answer.selected
          .filter((i) => i >= 0 && i < choices.length)
          .map((i) => (
            <li key={i}>
              <strong>{choices[i].label}:</strong> {choices[i].explain}
            </li>
          ))}
      </ul>
      {!score.correct && missed > 0 && score.wrongPicks.length === 0 && (
        <p>{missed === 1 ? 'One correct choice is still unselected.' : `${missed} correct choices are still unselected.`}</p>
      )}
    </div>
  );
}
