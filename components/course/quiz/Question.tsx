import { Children, isValidElement, useEffect, useId, useRef, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { Choice, type ChoiceProps } from './Choice';
import { useQuizId } from './quizId';
import { useQuizProgress } from './QuizProgressContext';
import { QuestionFeedback } from './QuestionFeedback';
import { scoreQuestion } from './scoreQuestion';

/** Props of a quiz question as written in MDX. */
export interface QuestionProps {
  id: string;
  prompt: string;
  /** "Select all that apply": checkboxes instead of radio buttons. */
  multiple?: boolean;
  children?: ReactNode;
}

/** A choice's data, read from the `<Choice>` elements written in the lesson. */
export interface ChoiceData {
  label: string;
  correct: boolean;
  explain: string;
}

/** Reads the `<Choice>` children of a question into plain data. */
export function readChoices(children: ReactNode): ChoiceData[] {
  return Children.toArray(children)
    .filter((c): c is ReactElement<ChoiceProps> => isValidElement(c) && c.type === Choice)
    .map((c) => ({
      label: Children.toArray(c.props.children).join('').trim(),
      correct: Boolean(c.props.correct),
      explain: c.props.explain,
    }));
}

/** One quiz question: a fieldset of choices, a check button, feedback that explains, and a retry. */
export function Question({ id, prompt, multiple = false, children }: QuestionProps) {
  const quizId = useQuizId() ?? 'quiz';
  const key = `${quizId}/${id}`;
  const progress = useQuizProgress();
  const saved = progress.useAnswer(key);
  const choices = readChoices(children);
  const [draft, setDraft] = useState<number[]>([]);
  const baseId = useId();
  const selected = saved ? saved.selected : draft;
  // The button a keyboard user pressed disappears after answering or retrying, so focus moves on with them.
  const [moveFocus, setMoveFocus] = useState<'feedback' | 'choices' | null>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (moveFocus === 'feedback') feedbackRef.current?.focus();
    if (moveFocus === 'choices') fieldsetRef.current?.querySelector('input')?.focus();
    setMoveFocus(null);
  }, [moveFocus]);

  const toggle = (index: number) => {
    if (saved) return;
    setDraft((d) => (multiple ? (d.includes(index) ? d.filter((i) => i !== index) : [...d, index].sort((a, b) => a - b)) : [index]));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saved || draft.length === 0) return;
    progress.record(key, { selected: draft, correct: scoreQuestion(choices, draft).correct });
    setMoveFocus('feedback');
  };
  const retry = () => {
    setDraft([]);
    progress.clear(key);
    setMoveFocus('choices');
  };

  return (
    <form className="question" onSubmit={submit} noValidate>
      <fieldset ref={fieldsetRef}>
        <legend>
          {prompt}
          {multiple && !/select all/i.test(prompt) && <span className="question-hint"> (select all that apply)</span>}
        </legend>
        <ul className="choices">
          {choices.map((choice, i) => {
            const inputId = `${baseId}-${i}`;
            return (
              <li key={i}>
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={key}
                  checked={selected.includes(i)}
                  disabled={saved !== undefined}
                  onChange={() => toggle(i)}
                />
                <label htmlFor={inputId}>{choice.label}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="question-actions">
        {saved ? (
          !saved.correct && (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )
        ) : (
          <button type="submit" disabled={draft.length === 0}>
            Check answer
          </button>
        )}
      </div>
      <QuestionFeedback ref={feedbackRef} choices={choices} answer={saved} />
    </form>
  );
}
