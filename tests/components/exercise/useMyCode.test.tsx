import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExerciseProgressProvider, type ExerciseProgress } from '../../../components/course/exercise/ExerciseProgressContext';
import type { PythonRunner, RunOutcome } from '../../../components/course/exercise/pythonRunner';
import { PythonRunnerProvider } from '../../../components/course/exercise/runnerContext';
import type { Value } from '../../../components/course/exercise/types';
import SoftmaxTemperature from '../../../components/sims/softmax-temperature/SoftmaxTemperature';

/** A runner standing in for the student's Python: it records each call and answers with a fixed function. */
function fakeRunner(answer: (args: Value[]) => RunOutcome) {
  const calls: { source: string; functionName: string; args: Value[] }[] = [];
  const ready = { phase: 'ready' } as const;
  const runner: PythonRunner = {
    getState: () => ready,
    subscribe: () => () => {},
    warm: () => {},
    run: async (source, functionName, cases) => {
      calls.push({ source, functionName, args: cases[0] });
      return answer(cases[0]);
    },
  };
  return { runner, calls };
}
const returns = (value: Value): RunOutcome => ({ kind: 'done', ms: 1, result: { fatal: null, outcomes: [{ ok: true, value }], stdout: '', truncated: false } });

function progressWith(code: string | null): ExerciseProgress {
  return { useSaved: () => undefined, usePassedCode: (check) => (check === 'softmax-temperature' ? code : null), save: () => {}, clear: () => {} };
}

function renderFigure(runner: PythonRunner, code: string | null) {
  return render(
    <PythonRunnerProvider value={runner}>
      <ExerciseProgressProvider value={progressWith(code)}>
        <SoftmaxTemperature />
      </ExerciseProgressProvider>
    </PythonRunnerProvider>,
  );
}

const probabilityCells = () => ['mat', 'sofa', 'roof', 'moon'].map((w) => document.querySelector(`[data-prob="${w}"]`)!.textContent);

describe('the softmax figure and the student’s own softmax', () => {
  it('offers no switch before the exercise has passed', () => {
    renderFigure(fakeRunner(() => returns([])).runner, null);
    expect(screen.queryByRole('checkbox', { name: /Use my softmax/ })).toBeNull();
  });

  it('draws what the student’s function returns for the figure’s logits and temperature, and says so', async () => {
    const user = userEvent.setup();
    const { runner, calls } = fakeRunner(() => returns([0.4, 0.3, 0.2, 0.1]));
    renderFigure(runner, 'def softmax(logits, temperature): ...');
    await user.click(screen.getByRole('checkbox', { name: 'Use my softmax (from the exercise)' }));
    expect(await screen.findByText('Using your softmax.')).toBeInTheDocument();
    expect(probabilityCells()).toEqual(['0.400', '0.300', '0.200', '0.100']);
    expect(screen.getByRole('table')).toHaveAccessibleName(/computed by your softmax/);
    expect(calls[0]).toEqual({ source: 'def softmax(logits, temperature): ...', functionName: 'softmax', args: [[2, 1, 0.5, -1], 1] });
  });

  it('falls back to the course’s softmax and says why when the student’s function raises', async () => {
    const user = userEvent.setup();
    const failing = fakeRunner(() => ({ kind: 'done', ms: 1, result: { fatal: null, outcomes: [{ ok: false, error: { type: 'ZeroDivisionError', message: 'division by zero', line: 3 } }], stdout: '', truncated: false } }));
    renderFigure(failing.runner, 'code');
    const before = probabilityCells();
    await user.click(screen.getByRole('checkbox', { name: /Use my softmax/ }));
    const status = await screen.findByText(/^Showing the course's softmax/);
    expect(status).toHaveTextContent("Showing the course's softmax: ZeroDivisionError on line 3: division by zero.");
    expect(probabilityCells()).toEqual(before);
    expect(within(screen.getByRole('table')).queryByText(/computed by your softmax/)).toBeNull();
  });
});
