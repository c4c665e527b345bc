import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import type { ToWorker } from '../../../engine/worker/protocol';
import { advance } from '../../../engine/worker/session';
import Lab from '../../../components/lab/Lab';
import { corpusStreams, loadMobyDickCorpus, MOBY_DICK_CREDIT, textCorpus } from '../../../components/lab/corpus';
import { labFileText } from '../../../components/lab/labFile';
import type { StoredRead } from '../../../components/lab/modelStore';
import type { LabStore } from '../../../components/lab/runStore';
import type { StoredLab } from '../../../components/lab/modelStore';
import { SessionLabWorker, smallLabData } from './fakeLabWorker';

const PARAGRAPH = 'Call me Ishmael. Some years ago, never mind how long precisely, having little or no money in my purse, '
  + 'and nothing particular to interest me on shore, I thought I would sail about a little and see the watery part of the world.';
const BOOK = `${PARAGRAPH}\n\n${PARAGRAPH.toUpperCase()}`;
const loadBook = async () => textCorpus(BOOK, 'moby-dick', 'Moby-Dick, chapters 1–30', MOBY_DICK_CREDIT);

/** A store in memory that remembers every write, as IndexedDB would take it (in the background). */
class MemoryStore implements LabStore {
  readonly background = true;
  writes: StoredLab[] = [];
  constructor(private stored: StoredRead = { kind: 'empty' }) {}
  async read() { return this.stored; }
  async write(lab: StoredLab) {
    this.writes.push(lab);
    this.stored = { kind: 'model', lab };
    return null;
  }
}

/** A worker that trains 30 steps on Train and keeps running (its snapshot at step 25 comes while it runs). */
class RunningWorker extends SessionLabWorker {
  override postMessage(message: ToWorker): void {
    if (message.type !== 'start') return super.postMessage(message);
    this.received.push(message);
    this.post({ type: 'started', step: this.session!.trainer.step });
    for (let i = 0; i < 30; i++) for (const m of advance(this.session!, 50).messages) this.post(m);
  }
}

function renderLab(options: { worker?: SessionLabWorker; store?: LabStore; search?: string } = {}) {
  const worker = options.worker ?? new SessionLabWorker();
  const store = options.store ?? new MemoryStore();
  render(<Lab createWorker={() => worker} store={store} loadData={smallLabData} loadBook={loadBook} search={options.search ?? ''} />);
  return { worker, store };
}

const lastInit = (worker: SessionLabWorker) => [...worker.received].reverse().find((m) => m.type === 'init') as Extract<ToWorker, { type: 'init' }>;

describe('the built-in book', () => {
  it('is chapters 1 to 30 of Moby-Dick, in order, with a vocabulary of its own characters and its end held out', async () => {
    const book = await loadMobyDickCorpus();
    expect(book.text.startsWith('CHAPTER 1. Loomings.\n\nCall me Ishmael.')).toBe(true);
    const headings = book.text.match(/^CHAPTER \d+\./gm)!;
    expect(headings).toEqual(Array.from({ length: 30 }, (_, i) => `CHAPTER ${i + 1}.`));
    expect(book.vocabulary).toEqual([...new Set(Array.from(book.text))].sort());
    const streams = corpusStreams(book, 64);
    expect(streams.heldOut.length).toBe(Math.round(Array.from(book.text).length * 0.1));
    expect(streams.train.length + streams.heldOut.length).toBe(Array.from(book.text).length);
  });
});

describe('the Lab on other texts', () => {
  it('trains on pasted text over its own characters, holds out its end, and writes only those characters', async () => {
    const user = userEvent.setup();
    const { worker } = renderLab({ worker: new SessionLabWorker(12) });
    await screen.findByText('Ready: press Train to start.');
    await user.click(screen.getByRole('radio', { name: 'Your text' }));
    const box = screen.getByLabelText('Paste or type your text');
    fireEvent.change(box, { target: { value: PARAGRAPH } });
    await user.click(screen.getByRole('button', { name: 'Train on this text' }));
    const vocabulary = new Set(Array.from(PARAGRAPH)).size;
    await waitFor(() => expect(screen.getByTestId('lab-vocab-size')).toHaveTextContent(String(vocabulary)));
    await screen.findByText('Ready: press Train to start.');
    const { setup } = lastInit(worker);
    expect(setup.model.vocabSize).toBe(vocabulary);
    expect(setup.train.length + setup.heldOut.length).toBe(Array.from(PARAGRAPH).length);
    const length = Array.from(PARAGRAPH).length;
    expect(setup.heldOut.length).toBe(Math.round(length * 0.1)); // the last tenth, here more than one window of 17
    expect(Array.from(setup.heldOut)).toEqual(Array.from(PARAGRAPH.slice(length - setup.heldOut.length)).map((c) => [...new Set(Array.from(PARAGRAPH))].sort().indexOf(c)));
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByText('Paused at step 12.');
    await user.click(screen.getByRole('button', { name: 'Generate text' }));
    const written = await screen.findByTestId('lab-written-text');
    const allowed = new Set(Array.from(PARAGRAPH));
    expect(written.textContent!.length).toBeGreaterThan(100);
    expect(Array.from(written.textContent!).filter((c) => !allowed.has(c))).toEqual([]);
  });

  it('refuses a short text, a 6 MB file and a binary file with a sentence, and changes nothing', async () => {
    const user = userEvent.setup();
    const { worker } = renderLab();
    await screen.findByText('Ready: press Train to start.');
    const inits = () => worker.received.filter((m) => m.type === 'init').length;
    const before = inits();
    await user.click(screen.getByRole('radio', { name: 'Your text' }));
    fireEvent.change(screen.getByLabelText('Paste or type your text'), { target: { value: 'too short' } });
    await user.click(screen.getByRole('button', { name: 'Train on this text' }));
    expect(screen.getByTestId('lab-data-problem')).toHaveTextContent('That text has 9 characters; the Lab needs at least 100 to train on and hold some out. Nothing changed: the Lab keeps training on 20 first names.');
    const file = screen.getByLabelText('Or open a text file');
    fireEvent.change(file, { target: { files: [new File([new Uint8Array(6 * 1024 * 1024).fill(97)], 'big.txt', { type: 'text/plain' })] } });
    await waitFor(() => expect(screen.getByTestId('lab-data-problem')).toHaveTextContent('big.txt is 6.0 MB; the Lab trains on text files of at most 5.0 MB.'));
    fireEvent.change(file, { target: { files: [new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])], 'cat.png')] } });
    await waitFor(() => expect(screen.getByTestId('lab-data-problem')).toHaveTextContent('cat.png is a binary file, not plain text (it holds NUL bytes).'));
    expect(screen.getByTestId('lab-vocab-size')).toHaveTextContent('27');
    expect(inits()).toBe(before);
  });

  it('opens a UTF-8 file and trains on it', async () => {
    const user = userEvent.setup();
    const { worker } = renderLab();
    await screen.findByText('Ready: press Train to start.');
    await user.click(screen.getByRole('radio', { name: 'Your text' }));
    fireEvent.change(screen.getByLabelText('Or open a text file'), { target: { files: [new File([`${PARAGRAPH} Café — naïve.`], 'notes.txt', { type: 'text/plain' })] } });
    await screen.findByText('your text (notes.txt)');
    await waitFor(() => expect(lastInit(worker).setup.model.vocabSize).toBe(new Set(Array.from(`${PARAGRAPH} Café — naïve.`)).size));
  });

  it('offers Moby-Dick with its source and licence, and says a short text is too short for a long context', async () => {
    const user = userEvent.setup();
    const { worker } = renderLab();
    await screen.findByText('Ready: press Train to start.');
    await user.click(screen.getByRole('radio', { name: 'Moby-Dick' }));
    expect(screen.getByText(MOBY_DICK_CREDIT)).toBeInTheDocument();
    await screen.findByText('Moby-Dick, chapters 1–30');
    await waitFor(() => expect(lastInit(worker).setup.model.vocabSize).toBe(new Set(Array.from(BOOK)).size));
    await user.click(screen.getByRole('radio', { name: 'Your text' }));
    fireEvent.change(screen.getByLabelText('Paste or type your text'), { target: { value: PARAGRAPH.slice(0, 120) } });
    await user.click(screen.getByRole('button', { name: 'Train on this text' }));
    await screen.findByText('Ready: press Train to start.');
    await user.selectOptions(screen.getByLabelText('Context'), '64');
    expect(await screen.findByTestId('lab-data-problem')).toHaveTextContent(/Your text is too short for a context of 64: the text has 120 characters; a context of 64 needs at least 130/);
  });

  it('takes a checkpoint while training runs, and resumes from it on the next visit, saying so', async () => {
    const user = userEvent.setup();
    const store = new MemoryStore();
    renderLab({ worker: new RunningWorker(), store });
    await screen.findByText('Ready: press Train to start.');
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByText('Checkpoint saved in this browser at step 25.');
    expect(store.writes.map((w) => [w.step, w.running, w.corpus?.kind, w.seed])).toEqual([[25, true, 'names', 1]]);
    cleanup();
    const next = new SessionLabWorker();
    render(<Lab createWorker={() => next} store={store} loadData={smallLabData} loadBook={loadBook} search="" />);
    await screen.findByText('Restored the model saved at step 25. It was a checkpoint taken while training ran: press Resume training to go on from there.');
    await waitFor(() => expect(next.received.some((m) => m.type === 'init' && m.step === 25 && m.weights instanceof ArrayBuffer)).toBe(true));
    await screen.findByText('Paused at step 25.');
    // Reset after a restore is fresh weights at step 0, not the restored ones again.
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await screen.findByText('Ready: press Train to start.');
    expect(screen.getByTestId('lab-step')).toHaveTextContent('0');
  });

  it('sets up a shared link’s run, seed included, and names each value it refused', async () => {
    const { worker } = renderLab({ search: '?corpus=moby-dick&layers=1&heads=2&width=20&context=32&rate=0.003&seed=5' });
    await screen.findByText(/^Set up from a shared link: Moby-Dick, chapters 1–30, seed 5\. Press Train to run it\. width=20 is not a width 2 heads divide/);
    await waitFor(() => expect(lastInit(worker)?.setup).toMatchObject({ model: { layers: 1, heads: 2, width: 32, contextLength: 32, seed: 1238 }, dataSeed: 5 }));
    expect((screen.getByTestId('lab-share-url') as HTMLInputElement).value).toMatch(/\?corpus=moby-dick&layers=1&heads=2&width=32&context=32&rate=0.003&seed=5$/);
  });

  it('refuses to import a model of another text, saying what to open first', async () => {
    const user = userEvent.setup();
    renderLab();
    await screen.findByText('Ready: press Train to start.');
    const corpus = textCorpus(PARAGRAPH, 'text', 'your text (ishmael.txt)');
    const model = createGpt({ vocabSize: corpus.vocabulary.length, layers: 1, heads: 1, width: 16, contextLength: 16 });
    const file = new File([labFileText(model, 40, corpus)], 'ishmael.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import weights'), file);
    expect(await screen.findByText(/^ishmael\.json was not imported: it was trained on your text \(ishmael\.txt\), a text with \d+ different characters\. Choose Your text and open that text first/)).toBeInTheDocument();
  });
});
