import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../../../engine/worker/protocol';
import { makeGptConfig } from '../../../../engine/gpt/config';
import InductionLab from '../../../../components/lab/induction/InductionLab';
import { INDUCTION_SETUP } from '../../../../components/lab/induction/inductionPreset';
import type { TrainingWorkerLike } from '../../../../components/training/worker';

/** A scripted worker: replies like the real one, and the test decides what each measurement says. */
class ScriptedWorker implements TrainingWorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  received: ToWorker[] = [];
  step = 0;
  readonly config = makeGptConfig(INDUCTION_SETUP.model);

  emit(message: FromWorker): void {
    act(() => this.onmessage?.({ data: message }));
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    const reply = (m: FromWorker) => queueMicrotask(() => this.onmessage?.({ data: m }));
    if (message.type === 'init' || message.type === 'reset') {
      this.step = 0;
      reply({ type: 'ready', config: this.config, parameterCount: 1, step: 0, kernels: 'wasm-simd' });
    } else if (message.type === 'start') reply({ type: 'started', step: this.step });
    else if (message.type === 'pause') reply({ type: 'paused', step: this.step });
    else if (message.type === 'snapshot') {
      const T = message.attentionInput?.length ?? 0;
      // every head looks at the token after the earlier copy: n − 1 places back, as a perfect induction head does
      const n = T / 2;
      const matrix = Array.from({ length: T }, (_, i) => {
        const row = new Float64Array(T);
        row[i >= n ? i - n + 1 : 0] = 1;
        return row;
      });
      const heads = Array.from({ length: 2 }, () => Array.from({ length: 2 }, () => matrix));
      reply({ type: 'snapshot', step: this.step, config: this.config, weights: new ArrayBuffer(0), attention: heads });
    }
  }

  /** One measured progress message at `step` with the given scores and half losses. */
  measure(step: number, headScores: number[][], firstHalfLoss: number, secondHalfLoss: number): void {
    this.step = step;
    this.emit({
      type: 'progress', step, loss: 2, learningRate: 3e-3, gradientNorm: 1, stepsPerSecond: 250, heldOutLoss: 2,
      firstHalfLoss, secondHalfLoss, headScores,
    });
  }

  terminate(): void {
    this.onmessage = null;
  }
}

async function renderLab() {
  const worker = new ScriptedWorker();
  render(<InductionLab createWorker={() => worker} />);
  await screen.findByText('Ready: press Train to start.');
  return worker;
}

describe('the induction preset', () => {
  it('trains in the worker on repeated random tokens with an attention-only model', async () => {
    const worker = await renderLab();
    const init = worker.received[0];
    expect(init.type).toBe('init');
    const setup = init.type === 'init' ? init.setup : null;
    expect(setup?.data?.kind).toBe('repeated-random');
    expect(setup?.model.mlp).toBe(false);
    expect(setup?.model.layers).toBe(2);
  });

  it('says when a layer-2 head becomes an induction head, and shows it in the table and the charts’ descriptions', async () => {
    const user = userEvent.setup();
    const worker = await renderLab();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByRole('button', { name: 'Pause' });
    worker.measure(25, [[0.1, 0.12], [0.08, 0.1]], 2.8, 2.7);
    expect(screen.getByTestId('induction-status')).toHaveTextContent(/no induction head yet; the best head, 1\.2, scores 0\.12/);
    worker.measure(50, [[0.15, 0.2], [0.83, 0.1]], 2.8, 0.4);
    const status = screen.getByTestId('induction-status');
    expect(status).toHaveTextContent(/Head 2\.1 became an induction head: score 0\.83 at step 50/);
    const table = screen.getByTestId('induction-score-table');
    const row = within(table).getByRole('rowheader', { name: /layer 2, head 1 \(induction head\)/ }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0.08', '0.83', '0.83', 'step 50']);
    expect(screen.getByRole('img', { name: /layer 2, head 1 0\.83/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /in the repeat 2\.70 at step 25 and 0\.40 at step 50/ })).toBeInTheDocument();
    expect(screen.getByTestId('induction-second-loss')).toHaveTextContent('0.400');
    // the heatmap shows the strongest head's attention on the picture's sequence
    expect(await screen.findByRole('region', { name: /Attention of layer 2, head 1, the strongest head/ })).toBeInTheDocument();
  });

  it('pauses, resumes and resets from the keyboard', async () => {
    const user = userEvent.setup();
    const worker = await renderLab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Train' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Pause' });
    worker.measure(25, [[0.1, 0.1], [0.1, 0.1]], 2.8, 2.7);
    await user.keyboard('{Enter}');
    await screen.findByText(/Paused at step 25/);
    await user.tab();
    await user.keyboard('{Enter}');
    await screen.findByText('Ready: press Train to start.');
    expect(worker.received.map((m) => m.type)).toEqual(expect.arrayContaining(['start', 'pause', 'reset']));
    expect(screen.queryByTestId('induction-score-table')).toBeNull();
  });

  it('says so in words when a run diverges, and never shows NaN', async () => {
    const user = userEvent.setup();
    const worker = await renderLab();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByRole('button', { name: 'Pause' });
    worker.emit({ type: 'diverged', step: 40, reason: 'the loss became NaN at step 40; lower the learning rate and reset' });
    expect(screen.getByTestId('induction-status')).toHaveTextContent(/Training stopped at step 40.*Press Reset/);
    worker.measure(50, [[NaN, 0.1], [0.1, 0.1]], NaN, 0.1);
    expect(document.body.textContent).not.toMatch(/NaN/);
  });
});
