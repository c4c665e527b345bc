import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { pendingWork, reloadCosts } from '../../../app/pwa/activity';
import Lab from '../../../components/lab/Lab';
import { Choice } from '../../../components/course/quiz/Choice';
import { Question } from '../../../components/course/quiz/Question';
import { Quiz } from '../../../components/course/quiz/Quiz';
import type { ToWorker } from '../../../engine/worker/protocol';
import { memoryStorage, SessionLabWorker, smallLabData } from '../../components/lab/fakeLabWorker';

/** A Lab worker that starts and then keeps running until told otherwise, as a real one does for minutes. */
class RunningLabWorker extends SessionLabWorker {
  override postMessage(message: ToWorker): void {
    if (message.type !== 'start') return super.postMessage(message);
    queueMicrotask(() => this.onmessage?.({ data: { type: 'started', step: this.session!.trainer.step } }));
  }
}

describe('work a reload would lose', () => {
  it('is an answer chosen but not checked, and stops being one once the answer is checked and saved', async () => {
    const user = userEvent.setup();
    render(
      <Quiz id="sky">
        <Question id="colour" prompt="Which colour is the sky on a clear day?">
          <Choice explain="Grass is green.">Green</Choice>
          <Choice correct explain="Air scatters blue light most.">Blue</Choice>
        </Question>
      </Quiz>,
    );
    expect(pendingWork()).toEqual({ training: false, uncheckedAnswer: false });
    const question = screen.getByRole('group', { name: 'Which colour is the sky on a clear day?' });
    await user.click(within(question).getByRole('radio', { name: 'Blue' }));
    expect(pendingWork()).toEqual({ training: false, uncheckedAnswer: true });
    await user.click(within(question.closest('form')!).getByRole('button', { name: 'Check answer' }));
    expect(within(question.closest('form')!).getByRole('status')).toHaveTextContent('Correct.');
    expect(pendingWork()).toEqual({ training: false, uncheckedAnswer: false });
  });

  it('is a Lab run while it trains, and not once it is paused', async () => {
    const user = userEvent.setup();
    render(<Lab createWorker={() => new RunningLabWorker()} storage={memoryStorage()} loadData={smallLabData} />);
    await screen.findByText('Ready: press Train to start.');
    expect(pendingWork().training).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByText('Training…');
    expect(pendingWork().training).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByText(/^Paused at step \d+\.$/);
    expect(pendingWork().training).toBe(false);
  });

  it('is told to the reader in one sentence per kind of loss, and not at all when nothing would be lost', () => {
    expect(reloadCosts({ training: false, uncheckedAnswer: false })).toEqual([]);
    expect(reloadCosts({ training: true, uncheckedAnswer: true })).toEqual([
      'Reloading stops the training run in progress.',
      'The choice you selected but have not checked yet will be cleared.',
    ]);
  });
});
