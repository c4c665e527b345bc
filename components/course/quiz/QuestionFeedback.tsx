import type { ChoiceData } from './Question';
import type { RecordedAnswer } from './QuizProgressContext';
import { scoreQuestion } from './scoreQuestion';

/** The feedback region of a question: present from the start so screen readers announce its changes. */
export function QuestionFeedback({ choices, answer }: { choices: ChoiceData[]; answer: RecordedAnswer | undefined }) {
  if (!answer) return <div role="status" className="feedback" />;
  const score = scoreQuestion(choices, answer.selected);
  const missed = score.missed.length;
  return (
    <div role="status" className={`feedback ${score.correct ? 'feedback-right' : 'feedback-wrong'}`}>
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
