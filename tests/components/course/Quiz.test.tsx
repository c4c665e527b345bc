import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Choice } from '../../../components/course/quiz/Choice';
import { Question } from '../../../components/course/quiz/Question';
import { Quiz } from '../../../components/course/quiz/Quiz';
import { QuizProgressProvider, type QuizProgress, type RecordedAnswer } from '../../../components/course/quiz/QuizProgressContext';

function SkyQuiz() {
  return (
    <Quiz id="sky">
      <Question id="colour" prompt="Which colour is the sky on a clear day?">
        <Choice explain="Grass is green.">Green</Choice>
        <Choice correct explain="Air scatters blue light most.">Blue</Choice>
      </Question>
      <Question id="evens" multiple prompt="Which numbers are even? Select all that apply.">
        <Choice correct explain="2 divides 2.">2</Choice>
        <Choice explain="3 is odd.">3</Choice>
        <Choice correct explain="2 divides 4.">4</Choice>
      </Question>
    </Quiz>
  );
}

describe('a quiz', () => {
  it('explains a wrong answer, then lets the learner try again and get it right', async () => {
    const user = userEvent.setup();
    render(<SkyQuiz />);
    const question = screen.getByRole('group', { name: 'Which colour is the sky on a clear day?' });
    const form = question.closest('form')!;
    expect(within(form).getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await user.click(within(question).getByRole('radio', { name: 'Green' }));
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    const feedback = within(form).getByRole('status');
    expect(feedback).toHaveTextContent('Not quite.');
    expect(feedback).toHaveTextContent('Green: Grass is green.');
    expect(within(question).getByRole('radio', { name: 'Blue' })).toBeDisabled();
    expect(feedback).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    expect(within(question).getByRole('radio', { name: 'Green' })).toHaveFocus();
    await user.click(within(question).getByRole('radio', { name: 'Blue' }));
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('status')).toHaveTextContent('Correct.Blue: Air scatters blue light most.');
    expect(within(form).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('marks a select-all answer wrong while a correct choice is missing, and says so', async () => {
    const user = userEvent.setup();
    render(<SkyQuiz />);
    const question = screen.getByRole('group', { name: /Which numbers are even/ });
    const form = question.closest('form')!;
    await user.click(within(question).getByRole('checkbox', { name: '2' }));
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('status')).toHaveTextContent('Not quite.');
    expect(within(form).getByRole('status')).toHaveTextContent('One correct choice is still unselected.');
  });

  it('keeps score across its questions', async () => {
    const user = userEvent.setup();
    render(<SkyQuiz />);
    expect(screen.getByText('0 of 2 questions answered correctly.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Blue' }));
    await user.click(within(screen.getByRole('group', { name: /sky/ }).closest('form')!).getByRole('button', { name: 'Check answer' }));
    const evens = screen.getByRole('group', { name: /even/ });
    await user.click(within(evens).getByRole('checkbox', { name: '2' }));
    await user.click(within(evens).getByRole('checkbox', { name: '4' }));
    await user.click(within(evens.closest('form')!).getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('All 2 questions answered correctly.')).toBeInTheDocument();
  });

  it('saves answers under quizId/questionId and shows a saved answer with its explanation', async () => {
    const user = userEvent.setup();
    const store: Record<string, RecordedAnswer> = { 'sky/evens': { selected: [0, 2], correct: true } };
    const progress: QuizProgress = {
      useAnswer: (key) => store[key],
      useCorrectCount: (keys) => keys.filter((k) => store[k]?.correct).length,
      record: (key, answer) => {
        store[key] = answer;
      },
      clear: (key) => delete store[key],
    };
    render(
      <QuizProgressProvider value={progress}>
        <SkyQuiz />
      </QuizProgressProvider>,
    );
    const evens = screen.getByRole('group', { name: /even/ });
    expect(within(evens).getByRole('checkbox', { name: '4' })).toBeChecked();
    expect(within(evens.closest('form')!).getByRole('status')).toHaveTextContent('Correct.');
    await user.click(screen.getByRole('radio', { name: 'Green' }));
    await user.click(within(screen.getByRole('group', { name: /sky/ }).closest('form')!).getByRole('button', { name: 'Check answer' }));
    expect(store['sky/colour']).toEqual({ selected: [0], correct: false });
  });
});
