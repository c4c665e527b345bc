import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Exercise, Hint } from '../../../components/course/exercise/blocks';
import softmaxChecker from '../../../components/course/exercise/checks/softmax';
import { ExerciseProgressProvider, type ExerciseProgress, type RecordedExercise } from '../../../components/course/exercise/ExerciseProgressContext';
import type { PythonRunner, RunOutcome } from '../../../components/course/exercise/pythonRunner';
import { PythonRunnerProvider } from '../../../components/course/exercise/runnerContext';
import type { CaseOutcome } from '../../../components/course/exercise/types';

const STARTER = 'def softmax(logits):\n    return []\n';
const SOLUTION = 'def softmax(logits):\n    ...solution\n';

/** A runner that answers from a table, so the block can be tested without Python. */
function fakeRunner(answer: (source: string) => RunOutcome): PythonRunner & { sources: string[] } {
  const sources: string[] = [];
  const ready = { phase: 'ready' } as const;
  return {
    sources,
    getState: () => ready,
    subscribe: () => () => {},
    warm: () => {},
    run: async (source) => {
      sources.push(source);
      return answer(source);
    },
  };
}
const expected = (): CaseOutcome[] => softmaxChecker.cases().map((c) => ({ ok: true, value: c.expected }));
const done = (outcomes: CaseOutcome[]): RunOutcome => ({ kind: 'done', ms: 2, result: { fatal: null, outcomes, stdout: '', truncated: false } });

/** Progress kept in a plain object the test can read. */
function memoryProgress(initial: Record<string, RecordedExercise> = {}) {
  const saved = { ...initial };
  const progress: ExerciseProgress = {
    useSaved: (id) => saved[id],
    usePassedCode: () => null,
    save: (id, entry) => void (saved[id] = entry),
    clear: (id) => void delete saved[id],
  };
  return { saved, progress };
}

function renderExercise(runner: PythonRunner, progress: ExerciseProgress) {
  return render(
    <PythonRunnerProvider value={runner}>
      <ExerciseProgressProvider value={progress}>
        <Exercise id="softmax-test" check="softmax" title="Write softmax" starter={STARTER} solution={SOLUTION}>
          <p>Write softmax.</p>
          <Hint>Subtract the max.</Hint>
          <Hint>Then divide by the sum.</Hint>
        </Exercise>
      </ExerciseProgressProvider>
    </PythonRunnerProvider>,
  );
}

describe('an exercise', () => {
  it('passes a correct run, says so, and saves the code that passed', async () => {
    const user = userEvent.setup();
    const { saved, progress } = memoryProgress({ 'softmax-test': { code: 'my code', passed: false, passedCode: null, check: 'softmax' } });
    const runner = fakeRunner(() => done(expected()));
    renderExercise(runner, progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    expect(within(block).getByRole('button', { name: 'Show the solution' })).toBeDisabled();
    await user.click(within(block).getByRole('button', { name: 'Run' }));
    expect(await within(block).findByText('All 6 cases passed.')).toBeInTheDocument();
    expect(runner.sources).toEqual(['my code']);
    expect(saved['softmax-test']).toEqual({ code: 'my code', passed: true, passedCode: 'my code', check: 'softmax' });
  });

  it('names a recognised mistake and shows the failing case with the first wrong value marked', async () => {
    const user = userEvent.setup();
    const outcomes = expected();
    const large = softmaxChecker.cases().findIndex((c) => c.label.startsWith('large'));
    outcomes[large] = { ok: false, error: { type: 'OverflowError', message: 'math range error', line: 4 } };
    renderExercise(fakeRunner(() => done(outcomes)), memoryProgress().progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    await user.click(within(block).getByRole('button', { name: 'Run' }));
    expect(await within(block).findByText('5 of 6 cases passed.')).toBeInTheDocument();
    expect(within(block).getByRole('note', { name: 'A known mistake' })).toHaveTextContent(/subtract the largest logit/i);
    expect(within(block).getByText(/OverflowError on line 4: math range error/)).toBeInTheDocument();
    expect(within(block).getByRole('button', { name: 'Go to line 4' })).toBeInTheDocument();
  });

  it('marks the first wrong element of a wrong answer', async () => {
    const user = userEvent.setup();
    const outcomes = expected();
    outcomes[0] = { ok: true, value: [0.1, 0.2, 0.7] };
    renderExercise(fakeRunner(() => done(outcomes)), memoryProgress().progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    await user.click(within(block).getByRole('button', { name: 'Run' }));
    const marks = await within(block).findAllByText(/first wrong value/);
    expect(marks.map((m) => m.parentElement!.textContent)).toEqual(['(first wrong value:) 0.0900306', '(first wrong value:) 0.1']);
  });

  it('shows a syntax error with its line instead of the cases', async () => {
    const user = userEvent.setup();
    const fatal = { type: 'SyntaxError', message: "expected ':'", line: 2 };
    renderExercise(fakeRunner(() => ({ kind: 'done', ms: 1, result: { fatal, outcomes: [], stdout: '', truncated: false } })), memoryProgress().progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    await user.click(within(block).getByRole('button', { name: 'Run' }));
    expect(await within(block).findByText("Your code could not run: SyntaxError on line 2: expected ':'.")).toBeInTheDocument();
    expect(within(block).queryByRole('list', { name: 'Test cases' })).toBeNull();
  });

  it('says a run that never finished was stopped, and offers the solution only after a run, with a confirmation', async () => {
    const user = userEvent.setup();
    renderExercise(fakeRunner(() => ({ kind: 'timeout', seconds: 5 })), memoryProgress().progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    await user.click(within(block).getByRole('button', { name: 'Run' }));
    expect(await within(block).findByText('Your code ran for 5 seconds without finishing, so it was stopped.')).toBeInTheDocument();
    await user.click(within(block).getByRole('button', { name: 'Show the solution' }));
    expect(within(block).getByRole('button', { name: 'Not yet' })).toHaveFocus();
    expect(within(block).queryByText('A solution')).toBeNull();
    await user.click(within(block).getByRole('button', { name: 'Not yet' }));
    await user.click(within(block).getByRole('button', { name: 'Show the solution' }));
    await user.click(within(block).getByRole('button', { name: 'Yes, show it' }));
    expect(within(block).getByText('A solution')).toBeInTheDocument();
    expect(within(block).getByText('...solution', { exact: false })).toBeInTheDocument();
  });

  it('reveals hints one at a time', async () => {
    const user = userEvent.setup();
    renderExercise(fakeRunner(() => done(expected())), memoryProgress().progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    expect(within(block).queryByText('Subtract the max.')).toBeNull();
    await user.click(within(block).getByRole('button', { name: 'Show a hint (2 left)' }));
    expect(within(block).getByText('Subtract the max.')).toBeInTheDocument();
    expect(within(block).queryByText('Then divide by the sum.')).toBeNull();
    await user.click(within(block).getByRole('button', { name: 'Show a hint (1 left)' }));
    expect(within(block).getByText('Then divide by the sum.')).toBeInTheDocument();
    expect(within(block).getByRole('button', { name: 'No more hints' })).toBeDisabled();
  });

  it('asks before Reset replaces the code, and keeps it when the student says so', async () => {
    const user = userEvent.setup();
    const { saved, progress } = memoryProgress({ 'softmax-test': { code: 'mine', passed: true, passedCode: 'mine', check: 'softmax' } });
    renderExercise(fakeRunner(() => done(expected())), progress);
    const block = await screen.findByRole('region', { name: /Exercise: Write softmax/ });
    expect(within(block).getByText('Passed')).toBeInTheDocument();
    await user.click(within(block).getByRole('button', { name: 'Reset code' }));
    await user.click(within(block).getByRole('button', { name: 'Keep my code' }));
    expect(saved['softmax-test'].code).toBe('mine');
    await user.click(within(block).getByRole('button', { name: 'Reset code' }));
    await user.click(within(block).getByRole('button', { name: 'Replace my code' }));
    await waitFor(() => expect(saved['softmax-test'].code).toBe(STARTER));
    // Resetting the code does not take away a pass already earned.
    expect(saved['softmax-test'].passed).toBe(true);
  });
});
