import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { parameterCount } from '../../engine/gpt/flops';
import { AttentionPanel } from './AttentionPanel';
import { GeneratePanel } from './GeneratePanel';
import { Gpt2Panel } from './Gpt2Panel';
import { GradientPanel } from './GradientPanel';
import { KeepPanel } from './KeepPanel';
import { loadLabData, type LabData } from './labData';
import { CONTEXT_CHOICES, DEFAULT_SETTINGS, labSetup, MAX_WIDTH, settingsFromConfig, type LabSettings } from './labSettings';
import { browserStorage, readStoredLab, writeStoredLab } from './modelStore';
import { TrainPanel } from './TrainPanel';
import { TrickPanel } from './TrickPanel';
import { useLabRun, type PendingLoad } from './useLabRun';
import { createTrainingWorker, type TrainingWorkerLike } from '../training/worker';
import './lab.css';

/** Props: how to start the worker and where to keep the model (tests pass fakes). */
export interface LabProps {
  createWorker?: () => TrainingWorkerLike;
  storage?: Storage | null;
  loadData?: () => Promise<LabData>;
}

/** The whole Lab: train, watch attention, generate, verify gradients, keep the model, the trick, GPT-2. */
export default function Lab({ createWorker = createTrainingWorker, storage = browserStorage(), loadData = loadLabData }: LabProps) {
  const initial = useMemo(() => {
    const read = readStoredLab(storage);
    if (read.kind !== 'model') return { settings: DEFAULT_SETTINGS, pending: null, note: read.kind === 'problem' ? read.message : null };
    const settings = settingsFromConfig(read.lab.model.config, read.lab.learningRate);
    if (!settings) return { settings: DEFAULT_SETTINGS, pending: null, note: 'The saved model has a shape the Lab cannot show, so the Lab starts fresh.' };
    return { settings, pending: { model: read.lab.model, step: read.lab.step, points: read.lab.points }, note: `Restored the model saved at step ${read.lab.step}.` };
  }, [storage]);
  const [settings, setSettings] = useState<LabSettings>(initial.settings);
  const [pending, setPending] = useState<PendingLoad | null>(initial.pending);
  const [generation, setGeneration] = useState(0);
  const [storageNote, setStorageNote] = useState<string | null>(initial.note);
  const [data, setData] = useState<LabData | null>(null);
  const [dataProblem, setDataProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadData().then((d) => live && setData(d), (e: Error) => live && setDataProblem(`The names could not be loaded: ${e.message}`));
    return () => { live = false; };
  }, [loadData]);

  // generation is in the dependencies so an import of the same shape still restarts the worker with its weights.
  const setup = useMemo(() => (data ? labSetup(settings, data.train, data.heldOut) : null), [data, settings, generation]);
  const run = useLabRun(setup, createWorker, pending);
  const { state, model } = run;

  const lastSaved = useRef(initial.pending?.step ?? 0);
  const save = useCallback((latest: NonNullable<typeof model>, points: typeof state.points) => {
    lastSaved.current = latest.step;
    const problem = writeStoredLab(storage, { model: latest.model, step: latest.step, learningRate: settings.learningRate, points });
    setStorageNote(problem ?? `Saved in this browser at step ${latest.step}.`);
  }, [storage, settings.learningRate]);
  // Saved when training stops, at the step the worker stopped at (settled: its own reply, not the page's request). Not while it runs: encoding and storing the
  // weights takes long enough to stall the page, so a running model is saved only when the page is hidden or closed.
  useEffect(() => {
    if (!model || model.step === 0 || model.step === lastSaved.current) return;
    if (!state.settled || model.step !== state.step) return;
    save(model, state.points);
  }, [model, state.settled, state.step, state.points, save]);
  const latest = useRef({ model, points: state.points });
  latest.current = { model, points: state.points };
  useEffect(() => {
    const onHide = () => {
      const { model: current, points } = latest.current;
      if (document.visibilityState === 'hidden' && current && current.step > 0 && current.step !== lastSaved.current) save(current, points);
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
  const importModel = useCallback((imported: GptModel): string | null => {
    const next = settingsFromConfig(imported.config, settings.learningRate);
    if (!next) return `That model has a shape the Lab cannot show (it needs a–z names, 1–4 layers and heads, a width from 16 to ${MAX_WIDTH} that the heads divide, and a context of ${CONTEXT_CHOICES.join(', ')}).`;
    setPending({ model: imported, step: 0 });
    setSettings(next);
    setGeneration((g) => g + 1);
    return null;
  }, [settings.learningRate]);

  const params = parameterCount({ ...settings, vocabSize: 27 });
  if (dataProblem) return <p role="alert">{dataProblem}</p>;
  return (
    <div className="lab">
      <section aria-labelledby="lab-train">
        <h2 id="lab-train">1. Train the transformer</h2>
        <TrainPanel state={state} settings={settings} parameterCount={params}
          trainCount={data?.trainNames.size ?? 0} heldOutCount={data?.heldOutNames.size ?? 0}
          onSettings={changeSettings} onStart={run.start} onPause={run.pause} onReset={run.reset} />
      </section>
      <section aria-labelledby="lab-attention">
        <h2 id="lab-attention">2. Watch attention</h2>
        <AttentionPanel model={model} />
      </section>
      <section aria-labelledby="lab-generate">
        <h2 id="lab-generate">3. Generate</h2>
        <GeneratePanel model={model} trainNames={data?.trainNames ?? new Set()} heldOutNames={data?.heldOutNames ?? new Set()} />
      </section>
      <section aria-labelledby="lab-gradients">
        <h2 id="lab-gradients">4. Verify the gradients</h2>
        <GradientPanel state={state} onCheck={run.checkGradients} />
      </section>
      <section aria-labelledby="lab-keep">
        <h2 id="lab-keep">5. Keep the model</h2>
        <KeepPanel model={model} storageNote={storageNote} onImport={importModel} />
      </section>
      <section aria-labelledby="lab-trick">
        <h2 id="lab-trick">6. The trick behind attention</h2>
        <TrickPanel model={model} />
      </section>
      <section aria-labelledby="lab-gpt2">
        <h2 id="lab-gpt2">7. From this to GPT-2</h2>
        <Gpt2Panel settings={settings} />
      </section>
    </div>
  );
}
