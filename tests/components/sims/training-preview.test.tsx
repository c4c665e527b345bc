import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { FromWorker, ProgressMessage, ToWorker } from '../../../engine/worker/protocol';
import { advance, createSession, snapshot, type TrainingSession } from '../../../engine/worker/session';
import { tensorCount } from '../../../engine/gpt/params';
import TrainingPreview from '../../../components/sims/training-preview/TrainingPreview';
import TrainingPreviewLazy from '../../../components/sims/training-preview';
import { previewSetup } from '../../../components/sims/training-preview/previewSetup';
import type { TrainingWorkerLike } from '../../../components/training/worker';
import { pendingWork } from '../../../app/pwa/activity';

afterEach(cleanup);

/** A stand-in for the worker: the same session code, stepped by the test instead of by timers. */
class SessionWorker implements TrainingWorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  session: TrainingSession | null = null;
  private replies: FromWorker[] = [];

  /** Records a message and queues the reply, as a real worker answers later, not during the call. */
  postMessage(message: ToWorker): void {
    this.received.push(message);
    if (message.type === 'init' || message.type === 'reset') {
      const setup = message.type === 'init' ? message.setup : this.session!.setup;
      this.session = createSession(setup);
      const config = this.session.trainer.model.config;
      this.reply({ type: 'ready', config, parameterCount: tensorCount(config), step: 0, kernels: 'wasm-simd' });
    } else if (message.type === 'start') this.reply({ type: 'started', step: this.session!.trainer.step });
    else if (message.type === 'pause') this.reply({ type: 'paused', step: this.session!.trainer.step });
    else if (message.type === 'snapshot') this.reply(snapshot(this.session!));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Delivers the queued replies. */
  flush(): void {
    const replies = this.replies;
    this.replies = [];
    for (const reply of replies) this.emit(reply);
  }
  /** Posts a message as the worker would, inside act so React renders it. */
  emit(message: FromWorker): void {
    act(() => this.onmessage?.({ data: message }));
  }
  private reply(message: FromWorker): void {
    this.replies.push(message);
  }
  /** Takes n real training steps and posts what they report; returns the progress messages. */
  run(n: number): ProgressMessage[] {
    this.flush();
    const progress: ProgressMessage[] = [];
    for (let i = 0; i < n; i++) {
      for (const message of advance(this.session!, 100).messages) {
        if (message.type === 'progress') progress.push(message);
        this.emit(message);
      }
    }
    return progress;
  }
}

function renderWithFake() {
  const worker = new SessionWorker();
  const view = render(<TrainingPreview createWorker={() => worker} />);
  worker.flush();
  return { worker, view };
}

describe('TrainingPreview', () => {
  it('is ready with 17 tokens, where a uniform guess scores ln 17 = 2.833', () => {
    const { worker } = renderWithFake();
    expect(worker.received[0]).toMatchObject({ type: 'init' });
    expect(screen.getByTestId('status')).toHaveTextContent('Ready: press Start to train.');
    expect(screen.getByText('Uniform guess over 17 tokens, ln 17')).toBeInTheDocument();
    expect(screen.getByTestId('uniform-loss')).toHaveTextContent('2.833'); // ln 17 = 2.8332133
    expect(screen.getByTestId('train-loss')).toHaveTextContent('not measured yet');
  });

  it('shows the step and the latest losses the worker reports, and both fall well below the uniform guess in 50 steps', async () => {
    const user = userEvent.setup();
    const { worker } = renderWithFake();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(worker.received.at(-1)).toEqual({ type: 'start' });
    const progress = worker.run(50);
    const last = progress.at(-1)!;
    expect(last.step).toBe(50);
    expect(screen.getByTestId('step')).toHaveTextContent('50 of 1200');
    expect(screen.getByTestId('train-loss')).toHaveTextContent(last.loss.toFixed(3));
    expect(screen.getByTestId('held-out-loss')).toHaveTextContent(last.heldOutLoss!.toFixed(3));
    expect(screen.getByText('Held-out loss (step 50)')).toBeInTheDocument();
    // Learning happened: both losses end well under ln 17 = 2.833.
    expect(last.loss).toBeLessThan(2.833 * 0.7);
    expect(last.heldOutLoss!).toBeLessThan(2.833 * 0.7);
    expect(screen.getByRole('img')).toHaveAccessibleName(
      new RegExp(`${last.loss.toFixed(3)} at step 50; held-out loss ${last.heldOutLoss!.toFixed(3)} at step 50`),
    );
  });

  it('pauses and resumes with the same button, telling the worker each time', async () => {
    const user = userEvent.setup();
    const { worker } = renderWithFake();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    worker.run(10);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(worker.received.at(-1)).toEqual({ type: 'pause' });
    worker.flush();
    expect(screen.getByTestId('status')).toHaveTextContent('Paused at step 10.');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(worker.received.at(-1)).toEqual({ type: 'start' });
    expect(screen.getByTestId('status')).toHaveTextContent('Training…');
  });

  it('counts as work a reload would lose while it trains, and not once it is paused', async () => {
    const user = userEvent.setup();
    const { worker } = renderWithFake();
    expect(pendingWork().training).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    worker.run(3);
    expect(pendingWork().training).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    worker.flush();
    expect(pendingWork().training).toBe(false);
  });

  it('says in words that a diverged run stopped, never shows NaN, and recovers with Reset', async () => {
    const user = userEvent.setup();
    const { worker, view } = renderWithFake();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    worker.run(5);
    worker.emit({ type: 'diverged', step: 6, reason: 'the loss became NaN at step 6; lower the learning rate and reset' });
    expect(screen.getByTestId('status')).toHaveTextContent(
      'Training stopped at step 6: the loss stopped being a finite number, so the steps had grown too large. Press Reset to start again from fresh weights.',
    );
    expect(view.container).not.toHaveTextContent(/NaN|Infinity/);
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(worker.received.at(-1)).toEqual({ type: 'reset' });
    expect(screen.getByTestId('status')).toHaveTextContent('Resetting to fresh weights…');
    worker.flush();
    expect(screen.getByTestId('status')).toHaveTextContent('Ready: press Start to train.');
    expect(screen.getByTestId('step')).toHaveTextContent('0 of 1200');
    expect(screen.getByRole('button', { name: 'Start' })).toBeEnabled();
  });

  it('treats a non-finite loss in a progress message as divergence rather than drawing it', async () => {
    const user = userEvent.setup();
    const { worker, view } = renderWithFake();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    worker.emit({ type: 'progress', step: 3, loss: Number.NaN, learningRate: 1e-3, gradientNorm: 1, stepsPerSecond: 1 });
    expect(screen.getByTestId('status')).toHaveTextContent('Training stopped at step 3');
    expect(view.container).not.toHaveTextContent('NaN');
  });

  it('says when the run has finished all 1200 steps and moves focus from the disabled button to Reset', async () => {
    const user = userEvent.setup();
    const { worker } = renderWithFake();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    worker.emit({ type: 'finished', step: 1200 });
    expect(screen.getByTestId('status')).toHaveTextContent('Finished: all 1200 steps done.');
    expect(screen.getByRole('button', { name: 'Reset' })).toHaveFocus();
  });

  it('writes 60 characters after "the " from a snapshot of the untrained and then the paused model, all from its 17-character alphabet', async () => {
    const user = userEvent.setup();
    const { worker } = renderWithFake();
    const sampleButton = screen.getByRole('button', { name: 'Write a sample' });
    await user.click(sampleButton);
    worker.flush();
    expect(screen.getByTestId('sample')).toHaveTextContent(/^Before any training, asked to continue the , the model writes: the /);
    const untrained = screen.getByTestId('sample').querySelectorAll('q')[1].textContent;
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(sampleButton).toBeDisabled();
    worker.run(50);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    worker.flush();
    await user.click(sampleButton);
    expect(worker.received.at(-1)).toEqual({ type: 'snapshot' });
    worker.flush();
    const shown = screen.getByTestId('sample');
    // The quotation marks come from <q> in CSS, so the text itself holds none.
    expect(shown).toHaveTextContent(/^After 50 steps, asked to continue the , the model writes: the /);
    const text = shown.querySelectorAll('q')[1].textContent ?? '';
    expect(text).toHaveLength(4 + 60);
    expect([...text].every((c) => 'acdeghilmnorstw .'.includes(c))).toBe(true);
    expect(text).not.toBe(untrained);
    // The same weights and seed write the same text: asking again changes nothing.
    await user.click(sampleButton);
    worker.flush();
    expect(screen.getByTestId('sample').querySelectorAll('q')[1].textContent).toBe(text);
  });

  it('terminates its worker when it leaves the page', () => {
    const { worker, view } = renderWithFake();
    view.unmount();
    expect(worker.terminated).toBe(true);
  });

  it('states its model with the parameter count the engine reports', () => {
    renderWithFake();
    const setup = previewSetup();
    const count = tensorCount(createSession(setup).trainer.model.config);
    expect(screen.getByText(/The model: 1 block/)).toHaveTextContent(`${count.toLocaleString('en-US')} parameters`);
  });

  it('explains, through the lazy wrapper, that training cannot run where there are no Web Workers', async () => {
    render(<TrainingPreviewLazy />);
    expect(await screen.findByText(/The training could not run: this browser cannot run code in the background/)).toBeInTheDocument();
  });
});
