import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeGptConfig } from '../../../engine/gpt/config';
import { createGpt } from '../../../engine/gpt/forward';
import { tensorSpecs } from '../../../engine/gpt/params';
import { saveModel } from '../../../engine/gpt/serialize';
import Lab from '../../../components/lab/Lab';
import { LAB_STORAGE_KEY } from '../../../components/lab/modelStore';
import { LatePauseLabWorker, memoryStorage, SessionLabWorker, smallLabData } from './fakeLabWorker';

function renderLab(options: { worker?: SessionLabWorker; storage?: Storage | null } = {}) {
  const worker = options.worker ?? new SessionLabWorker();
  const storage = options.storage === undefined ? memoryStorage() : options.storage;
  render(<Lab createWorker={() => worker} storage={storage} loadData={smallLabData} />);
  return { worker, storage };
}

async function ready() {
  await screen.findByText('Ready: press Train to start.');
}

describe('the Lab page', () => {
  it('shows the parameter count of the hand formula V·C + T·C + L·(12C² + 13C) + 2C + C·V, and follows the dials', async () => {
    const user = userEvent.setup();
    renderLab();
    await ready();
    // 27·32 + 16·32 + 2·(12·1024 + 13·32) + 2·32 + 32·27 = 864 + 512 + 25,408 + 64 + 864
    expect(screen.getByTestId('lab-params')).toHaveTextContent('27,712');
    await user.selectOptions(screen.getByLabelText('Layers'), '1');
    await user.selectOptions(screen.getByLabelText('Width'), '64');
    // 27·64 + 16·64 + (12·4096 + 13·64) + 2·64 + 64·27 = 1,728 + 1,024 + 49,984 + 128 + 1,728
    expect(screen.getByTestId('lab-params')).toHaveTextContent('54,592');
    expect(screen.getByTestId('lab-mine-parameters')).toHaveTextContent('54,592');
    await ready();
  });

  it('offers the largest model, 4 layers of width 128 over 64 characters, with its size and training memory shown before it starts', async () => {
    const user = userEvent.setup();
    renderLab();
    await ready();
    // 4.2 MB: 950,528 floats of activations at batch 32 and 27,712 parameters kept four times (see memory.test.ts).
    expect(screen.getByTestId('lab-memory')).toHaveTextContent('4.2 MB');
    expect(within(screen.getByLabelText('Context')).getAllByRole('option').map((o) => o.textContent)).toEqual(['8', '12', '16', '24', '32', '48', '64']);
    await user.selectOptions(screen.getByLabelText('Layers'), '4');
    await user.selectOptions(screen.getByLabelText('Width'), '128');
    // 27·128 + 16·128 + 4·(12·16,384 + 13·128) + 2·128 + 128·27 = 3,456 + 2,048 + 793,088 + 256 + 3,456
    expect(screen.getByTestId('lab-params')).toHaveTextContent('802,304');
    // N = 512: 4 · (1,310,720 + 2,048 + 32,768) + 815,360 = 6,197,504 floats of activations, and 802,304 · 4 floats of
    // weights, gradients and Adam's moments: 37,626,880 bytes. (Context 64 is counted in memory.test.ts: this test's
    // small data set is too short for it.)
    expect(screen.getByTestId('lab-memory')).toHaveTextContent('37.6 MB');
    await ready();
  });

  it('keeps the width a multiple of the head count when the heads change', async () => {
    const user = userEvent.setup();
    renderLab();
    await ready();
    await user.selectOptions(screen.getByLabelText('Heads'), '3');
    expect(Number((screen.getByLabelText('Width') as HTMLSelectElement).value) % 3).toBe(0);
  });

  it('marks unknown typed characters and caps a long word at the context length minus the boundary', async () => {
    renderLab();
    await ready();
    const input = screen.getByLabelText('Word');
    fireEvent.change(input, { target: { value: 'Zo3😀' } });
    expect(screen.getByTestId('lab-typed-note')).toHaveTextContent('2 characters are not a–z and left out (struck through).');
    expect(within(screen.getByTestId('lab-typed')).getAllByText('(unknown)')).toHaveLength(2);
    fireEvent.change(input, { target: { value: 'a'.repeat(40) } });
    expect(screen.getByTestId('lab-typed-note')).toHaveTextContent('Only the first 15 characters fit the context.');
    const heatmap = await screen.findByRole('region', { name: /Attention of layer 1, head 1/ });
    expect(within(heatmap).getAllByRole('row')).toHaveLength(17); // header + boundary + 15 letters
  });

  it('trains, pauses with the worker’s own step count, saves the model, and restores it on the next visit', async () => {
    const user = userEvent.setup();
    const { storage } = renderLab({ worker: new SessionLabWorker(12) });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByText('Paused at step 12.');
    await screen.findByText('Saved in this browser at step 12.');
    expect(JSON.parse(storage!.getItem(LAB_STORAGE_KEY)!).step).toBe(12);
    const next = new SessionLabWorker();
    render(<Lab createWorker={() => next} storage={storage} loadData={smallLabData} />);
    await screen.findByText('Restored the model saved at step 12.');
    await screen.findAllByText('Paused at step 12.');
    expect(next.received.some((m) => m.type === 'init' && m.weights instanceof ArrayBuffer && m.step === 12)).toBe(true);
  });

  it('saves a paused model at the step the worker stopped at, not at a snapshot taken while the pause was on its way', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const savedSteps: number[] = [];
    const setItem = storage.setItem;
    storage.setItem = (key, value) => {
      savedSteps.push(JSON.parse(value).step);
      setItem(key, value);
    };
    renderLab({ worker: new LatePauseLabWorker(), storage });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    await screen.findByText('Paused at step 7.');
    await screen.findByText('Saved in this browser at step 7.');
    expect(savedSteps).toEqual([7]);
  });

  it('says so when the stored model is corrupt, and starts fresh', async () => {
    renderLab({ storage: memoryStorage({ [LAB_STORAGE_KEY]: '{"version":1,"model":"{not json"}' }) });
    await ready();
    expect(screen.getByTestId('lab-keep-status')).toHaveTextContent(/could not be restored \(the file is not JSON/);
  });

  it('says so when the browser blocks storage, without crashing', async () => {
    renderLab({ storage: memoryStorage({}, true) });
    await ready();
    expect(screen.getByTestId('lab-keep-status')).toHaveTextContent('This browser blocks saved data for this site');
  });

  it('pauses a diverged run with a sentence and offers a reset with the next lower learning rate', async () => {
    const user = userEvent.setup();
    renderLab({ worker: new SessionLabWorker(0, true) });
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByText(/Training stopped at step 3: the loss stopped being a finite number/);
    expect(document.body.textContent).not.toMatch(/NaN/);
    await user.click(screen.getByRole('button', { name: 'Reset with learning rate 0.003' }));
    expect((screen.getByLabelText('Learning rate') as HTMLSelectElement).value).toBe('0.003');
    await ready();
  });

  it('refuses an imported file that is not a saved model, with a message naming it', async () => {
    renderLab();
    await ready();
    const file = new File(['hello'], 'notes.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Import weights'), { target: { files: [file] } });
    });
    expect(await screen.findByText(/notes\.json was not imported: the file is not JSON/)).toBeInTheDocument();
  });

  it('refuses an imported model wider than the dials go, saying which shapes the Lab shows', async () => {
    renderLab();
    await ready();
    const wide = saveModel(createGpt({ vocabSize: 27, layers: 1, heads: 4, width: 144, contextLength: 8 }));
    const file = new File([wide], 'wide.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Import weights'), { target: { files: [file] } });
    });
    expect(await screen.findByText(/a width from 16 to 128 that the heads divide, and a context of 8, 12, 16, 24, 32, 48, 64\)/)).toBeInTheDocument();
  });

  it('verifies the gradients of the current model tensor by tensor, below the tolerance', async () => {
    const user = userEvent.setup();
    renderLab();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Verify gradients' }));
    const status = await screen.findByText(/worst relative error is/);
    expect(status).toHaveTextContent(/below the tolerance 1\.0 × 10\^−6/);
    const table = screen.getByRole('region', { name: 'Worst relative error per tensor' });
    // One row per parameter tensor of the default two-layer model, plus the header.
    const tensors = tensorSpecs(makeGptConfig({ vocabSize: 27, layers: 2, heads: 4, width: 32, contextLength: 16 })).length;
    expect(within(table).getAllByRole('row')).toHaveLength(tensors + 1);
  });
});
