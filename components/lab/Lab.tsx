import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parameterCount } from '../../engine/gpt/flops';
import { AttentionPanel } from './AttentionPanel';
import { corpusStreams, loadMobyDickCorpus, loadNamesCorpus, textCorpus, type CorpusKind, type CorpusStreams, type LabCorpus, type NamesCorpus, type TextCorpus } from './corpus';
import { DataPanel } from './DataPanel';
import { GeneratePanel } from './GeneratePanel';
import { Gpt2Panel } from './Gpt2Panel';
import { GradientPanel } from './GradientPanel';
import { KeepPanel } from './KeepPanel';
import type { LabFile } from './labFile';
import { CONTEXT_CHOICES, DEFAULT_SETTINGS, labSetup, MAX_WIDTH, settingsFromConfig, type LabSettings } from './labSettings';
import type { StoredCorpus } from './modelStore';
import { startFromStore } from './restoreRun';
import { browserLabStore, storageLabStore, type LabStore } from './runStore';
import { readShareQuery } from './shareLink';
import { TrainPanel } from './TrainPanel';
import { TrickPanel } from './TrickPanel';
import { useLabRun, type PendingLoad } from './useLabRun';
import { createTrainingWorker, type TrainingWorkerLike } from '../training/worker';
import './lab.css';

/** Seconds between checkpoints while training runs (where the store takes them without stalling the page). */
export const CHECKPOINT_SECONDS = 5;

/** Props: how to start the worker, where to keep the run and how to load the corpora (tests pass fakes). */
export interface LabProps {
  createWorker?: () => TrainingWorkerLike;
  /** Where the run is kept between visits (default: IndexedDB, else localStorage). */
  store?: LabStore;
  /** A Storage to keep the run in instead, as JSON (tests, and browsers without IndexedDB). */
  storage?: Storage | null;
  loadData?: () => Promise<NamesCorpus>;
  loadBook?: () => Promise<TextCorpus>;
  /** The page's query string: a shared link carries a built-in run's corpus, dials and seed. */
  search?: string;
}

/** The stored form of a corpus: built-in ones by name, the student's text in full (it lives only in this browser). */
function storedCorpus(corpus: LabCorpus): StoredCorpus {
  const vocabulary = [...corpus.vocabulary];
  return corpus.kind === 'text' ? { kind: 'text', title: corpus.title, text: corpus.text, vocabulary } : { kind: corpus.kind, title: corpus.title, vocabulary };
}

/** The token streams for a context, or the sentence that says why this text cannot train at it. */
function streamsOrProblem(corpus: LabCorpus | null, contextLength: number): { streams: CorpusStreams | null; problem: string | null } {
  if (!corpus) return { streams: null, problem: null };
  try {
    return { streams: corpusStreams(corpus, contextLength), problem: null };
  } catch (error) {
    return { streams: null, problem: `Your text is too short for a context of ${contextLength}: ${(error as Error).message}. Pick a shorter context or a longer text.` };
  }
}

/** The whole Lab: choose a text, train, watch attention, generate, verify gradients, keep the model, the trick, GPT-2. */
export default function Lab({
  createWorker = createTrainingWorker, store: givenStore, storage, loadData = loadNamesCorpus, loadBook = loadMobyDickCorpus,
  search = typeof location !== 'undefined' ? location.search : '',
}: LabProps) {
  const store = useMemo(() => givenStore ?? (storage !== undefined ? storageLabStore(storage) : browserLabStore()), [givenStore, storage]);
  const [corpus, setCorpus] = useState<LabCorpus | null>(null);
  const [settings, setSettings] = useState<LabSettings>(DEFAULT_SETTINGS);
  const [pending, setPending] = useState<PendingLoad | null>(null);
  const [generation, setGeneration] = useState(0);
  const [storageNote, setStorageNote] = useState<string | null>(null);
  const [dataProblem, setDataProblem] = useState<string | null>(null);
  // Counts corpus changes, so the panels that hold a typed prompt start again from one the new text can read.
  const [corpusId, setCorpusId] = useState(0);
  const lastSaved = useRef(0);

  // Where the Lab starts: a shared link's run, else the run kept in this browser, else fresh on the names.
  useEffect(() => {
    let live = true;
    const shared = readShareQuery(search);
    const start = shared
      ? (shared.corpus === 'moby-dick' ? loadBook() : loadData()).then((c) => ({
        corpus: c as LabCorpus, settings: shared.settings, pending: null,
        note: [`Set up from a shared link: ${c.title}, seed ${shared.settings.seed}. Press Train to run it.`, ...shared.problems.map((p) => `${p}.`)].join(' '),
      }))
      : store.read().then((read) => startFromStore(read, { names: loadData, book: loadBook }));
    start.then((s) => {
      if (!live) return;
      lastSaved.current = s.pending?.step ?? 0;
      setCorpus(s.corpus);
      setSettings(s.settings);
      setPending(s.pending);
      setStorageNote(s.note);
    }, (e: Error) => live && setDataProblem(`The Lab's text could not be loaded: ${e.message}`));
    return () => { live = false; };
  }, [store, loadData, loadBook, search]);

  const { streams, problem: streamProblem } = useMemo(() => streamsOrProblem(corpus, settings.contextLength), [corpus, settings.contextLength]);
  // generation is in the dependencies so an import of the same shape still restarts the worker with its weights.
  const setup = useMemo(() => (corpus && streams ? labSetup(settings, corpus.vocabulary.length, streams.train, streams.heldOut) : null),
    [corpus, streams, settings, generation]);
  const run = useLabRun(setup, createWorker, pending);
  const { state, model } = run;

  const lastCheckpoint = useRef(-Infinity);
  const save = useCallback((latest: NonNullable<typeof model>, points: typeof state.points, running: boolean) => {
    if (!corpus) return;
    lastSaved.current = latest.step;
    lastCheckpoint.current = performance.now();
    void store.write({
      model: latest.model, step: latest.step, learningRate: settings.learningRate, points, corpus: storedCorpus(corpus), seed: settings.seed, running,
    }).then((problem) => setStorageNote(problem ?? (running ? `Checkpoint saved in this browser at step ${latest.step}.` : `Saved in this browser at step ${latest.step}.`)));
  }, [store, settings.learningRate, settings.seed, corpus]);
  // Saved when training stops, at the step the worker stopped at (settled: its own reply, not the page's request).
  useEffect(() => {
    if (!model || model.step === 0 || model.step === lastSaved.current) return;
    if (!state.settled || model.step !== state.step) return;
    save(model, state.points, false);
  }, [model, state.settled, state.step, state.points, save]);
  // While training runs, a checkpoint every few seconds where the store takes it in the background (IndexedDB keeps
  // the weights' buffer as it is); a store that must encode the weights as text is written only when training stops.
  useEffect(() => {
    if (!store.background || !model || state.status !== 'running' || model.step === lastSaved.current) return;
    if (performance.now() - lastCheckpoint.current < CHECKPOINT_SECONDS * 1000) return;
    save(model, state.points, true);
  }, [store, model, state.status, state.points, save]);
  const latest = useRef({ model, points: state.points, running: state.status === 'running' });
  latest.current = { model, points: state.points, running: state.status === 'running' };
  useEffect(() => {
    const onHide = () => {
      const { model: current, points, running } = latest.current;
      if (document.visibilityState === 'hidden' && current && current.step > 0 && current.step !== lastSaved.current) save(current, points, running);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [save]);

  const changeSettings = useCallback((next: LabSettings) => {
    setPending(null);
    setSettings(next);
    setGeneration((g) => g + 1);
  }, []);
  const changeCorpus = useCallback((next: LabCorpus) => {
    setPending(null);
    setCorpus(next);
    setCorpusId((n) => n + 1);
    setGeneration((g) => g + 1);
  }, []);
  const pickCorpus = useCallback((kind: Exclude<CorpusKind, 'text'>) => {
    if (corpus?.kind === kind) return;
    (kind === 'moby-dick' ? loadBook() : loadData()).then(changeCorpus, (e: Error) => setStorageNote(`That text could not be loaded: ${e.message}.`));
  }, [corpus, loadBook, loadData, changeCorpus]);
  const trainOnText = useCallback((text: string, title: string) => changeCorpus(textCorpus(text, 'text', title)), [changeCorpus]);

  const importModel = useCallback(async (file: LabFile): Promise<string | null> => {
    const next = settingsFromConfig(file.model.config, settings.learningRate);
    if (!next) return `that model has a shape the Lab cannot show (it needs 1–4 layers and heads, a width from 16 to ${MAX_WIDTH} that the heads divide, and a context of ${CONTEXT_CHOICES.join(', ')}).`;
    let target: LabCorpus;
    if (file.corpus.kind === 'text') {
      // The student's text is not in the file: the model can only go with a text of exactly its characters.
      if (corpus?.kind !== 'text' || corpus.vocabulary.join('') !== file.vocabulary.join('')) {
        return `it was trained on ${file.corpus.title}, a text with ${file.vocabulary.length} different characters. Choose Your text and open that text first, then import the model.`;
      }
      target = corpus;
    } else {
      target = corpus?.kind === file.corpus.kind ? corpus : await (file.corpus.kind === 'moby-dick' ? loadBook() : loadData());
      if (target.vocabulary.join('') !== file.vocabulary.join('')) return `its vocabulary is not that of ${target.title}.`;
    }
    setPending({ model: file.model, step: file.step });
    if (target !== corpus) setCorpusId((n) => n + 1);
    setCorpus(target);
    setSettings(next);
    setGeneration((g) => g + 1);
    return null;
  }, [settings.learningRate, corpus, loadBook, loadData]);

  const vocabSize = corpus?.vocabulary.length ?? 27;
  const params = parameterCount({ ...settings, vocabSize });
  const locked = state.status === 'running' || state.status === 'resetting';
  const unit = corpus?.kind === 'names' ? 'names' : 'characters';
  const data = !corpus ? { trainCount: 0, heldOutCount: 0, unit } as const
    : corpus.kind === 'names' ? { trainCount: corpus.trainNames.size, heldOutCount: corpus.heldOutNames.size, unit } as const
      : { trainCount: streams?.train.length ?? 0, heldOutCount: streams?.heldOut.length ?? 0, unit } as const;
  if (dataProblem) return <p role="alert">{dataProblem}</p>;
  return (
    <div className="lab">
      <section aria-labelledby="lab-train">
        <h2 id="lab-train">1. Train the transformer</h2>
        <DataPanel key={corpus ? 'ready' : 'loading'} corpus={corpus} locked={locked} problem={streamProblem} onPick={pickCorpus} onText={trainOnText} />
        <TrainPanel state={state} settings={settings} parameterCount={params} vocabSize={vocabSize} data={data}
          onSettings={changeSettings} onStart={run.start} onPause={run.pause} onReset={run.reset} />
      </section>
      <section aria-labelledby="lab-attention">
        <h2 id="lab-attention">2. Watch attention</h2>
        {corpus ? <AttentionPanel key={corpusId} model={model} corpus={corpus} /> : <p>Loading the text…</p>}
      </section>
      <section aria-labelledby="lab-generate">
        <h2 id="lab-generate">3. Generate</h2>
        {corpus ? <GeneratePanel key={corpusId} model={model} corpus={corpus} /> : <p>Loading the text…</p>}
      </section>
      <section aria-labelledby="lab-gradients">
        <h2 id="lab-gradients">4. Verify the gradients</h2>
        <GradientPanel state={state} onCheck={run.checkGradients} />
      </section>
      <section aria-labelledby="lab-keep">
        <h2 id="lab-keep">5. Keep the model</h2>
        <KeepPanel model={model} corpus={corpus} settings={settings} storageNote={storageNote} onImport={importModel} />
      </section>
      <section aria-labelledby="lab-trick">
        <h2 id="lab-trick">6. The trick behind attention</h2>
        {corpus ? <TrickPanel key={corpusId} model={model} corpus={corpus} /> : <p>Loading the text…</p>}
      </section>
      <section aria-labelledby="lab-gpt2">
        <h2 id="lab-gpt2">7. From this to GPT-2</h2>
        <Gpt2Panel settings={settings} />
      </section>
    </div>
  );
}
