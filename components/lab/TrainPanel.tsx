import { useEffect, useId, useMemo, useState } from 'react';
import { formatFixed } from '../sims/training-preview/format';
import { LossChart } from './LossChart';
import type { LabState } from './labState';
import type { LossPoint } from '../sims/training-preview/previewState';
import { trainingMemory } from '../../engine/gpt/memory';
import { BATCH_SIZE, CONTEXT_CHOICES, fitWidth, HELD_OUT_EVERY, HEAD_CHOICES, LAYER_CHOICES, lowerRate, MAX_SEED, RATE_CHOICES, widthChoices, type LabSettings } from './labSettings';
import { DialSelect } from './DialSelect';
import { RunButtons } from './RunButtons';
import { kernelsText } from './kernels';
import { TRAINING_BUSY } from '../training/busyMarker';


/** Bytes as megabytes with one decimal, e.g. "4.2 MB". */
function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The seed as a number box: whole numbers from 1 to MAX_SEED; anything else is not applied. */
function SeedDial({ seed, onChange }: { seed: number; onChange(seed: number): void }) {
  const id = useId();
  const [text, setText] = useState(String(seed));
  useEffect(() => setText(String(seed)), [seed]);
  const valid = (value: string) => /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_SEED;
  return (
    <span className="lab-dial">
      <label htmlFor={id}>Seed</label>
      <input id={id} type="number" inputMode="numeric" min={1} max={MAX_SEED} step={1} value={text} className="lab-seed"
        aria-invalid={!valid(text)} aria-describedby={valid(text) ? undefined : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          if (valid(e.target.value) && Number(e.target.value) !== seed) onChange(Number(e.target.value));
        }} />
      {!valid(text) && <span id={`${id}-hint`} className="lab-note">A whole number from 1 to {MAX_SEED}.</span>}
    </span>
  );
}

/** Props: the run, the dials and what the buttons do. */
export interface TrainPanelProps {
  state: LabState;
  settings: LabSettings;
  parameterCount: number;
  /** V: the corpus's vocabulary size, which sets the uniform guess ln V. */
  vocabSize: number;
  /** What the run trains on and holds out, in the corpus's own unit (names or characters). */
  data: { trainCount: number; heldOutCount: number; unit: 'names' | 'characters' };
  onSettings(next: LabSettings): void;
  onStart(): void;
  onPause(): void;
  onReset(): void;
}

function statusLine(state: LabState): string {
  switch (state.status) {
    case 'loading': return 'Preparing the model…';
    case 'ready': return 'Ready: press Train to start.';
    case 'running': return 'Training…';
    case 'paused': return `Paused at step ${state.step}.`;
    case 'finished': return `Finished at step ${state.step}.`;
    case 'resetting': return 'Resetting to fresh weights…';
    case 'diverged': return `Training stopped at step ${state.step}: the loss stopped being a finite number, because the steps grew too large for this learning rate.`;
    case 'failed': return state.problem ?? 'The training stopped.';
  }
}

function describe(points: readonly LossPoint[], heldOut: LabState['heldOut'], vocabSize: number): string {
  const last = points[points.length - 1];
  if (!last) return `Loss chart, empty until training starts. A uniform guess over ${vocabSize} tokens scores ${formatFixed(Math.log(vocabSize), 3)}.`;
  return `Loss chart: training loss ${formatFixed(points[0].loss, 3)} at step ${points[0].step}, ` +
    `${formatFixed(last.loss, 3)} at step ${last.step}` +
    (heldOut ? `; held-out loss ${formatFixed(heldOut.loss, 3)} at step ${heldOut.step}` : '') + '.';
}

/** Section 1: the dials, Train/Pause/Reset, the live numbers and the loss curve. */
export function TrainPanel(props: TrainPanelProps) {
  const { state, settings, onSettings } = props;
  const running = state.status === 'running';
  const locked = running || state.status === 'loading' || state.status === 'resetting';
  const set = (patch: Partial<LabSettings>) => onSettings({ ...settings, ...patch });
  // Counted once per shape, not on each of the several progress redraws a second while training runs.
  const { vocabSize, data } = props;
  const uniform = Math.log(vocabSize);
  const memory = useMemo(() => trainingMemory({ ...settings, vocabSize }, BATCH_SIZE).total, [settings, vocabSize]);
  const latest = state.points[state.points.length - 1];
  const span = Math.max(500, Math.ceil((latest?.step ?? 0) / 500) * 500);
  const chart = <LossChart points={state.points} totalSteps={span} uniformLoss={uniform} description={describe(state.points, state.heldOut, vocabSize)} />;
  return (
    <figure className="lab-panel">
      <fieldset className="lab-dials" disabled={locked}>
        <legend>The model (pause to change; a change starts from fresh weights)</legend>
        <DialSelect label="Layers" value={settings.layers} choices={LAYER_CHOICES} onChange={(layers) => set({ layers })} />
        <DialSelect label="Heads" value={settings.heads} choices={HEAD_CHOICES}
          onChange={(heads) => set({ heads, width: fitWidth(settings.width, heads) })} />
        <DialSelect label="Width" value={settings.width} choices={widthChoices(settings.heads)} onChange={(width) => set({ width })} />
        <DialSelect label="Context" value={settings.contextLength} choices={CONTEXT_CHOICES} onChange={(contextLength) => set({ contextLength })} />
        <DialSelect label="Learning rate" value={settings.learningRate} choices={RATE_CHOICES} onChange={(learningRate) => set({ learningRate })} format={(r) => String(r)} />
        <SeedDial seed={settings.seed} onChange={(seed) => set({ seed })} />
      </fieldset>
      <RunButtons status={state.status} onStart={props.onStart} onPause={props.onPause} onReset={props.onReset} />
      <p role="status" className="lab-status" data-testid="lab-status" {...(running ? TRAINING_BUSY : {})}>{statusLine(state)}</p>
      {state.status === 'diverged' && (
        <p className="lab-problem">
          <button type="button" onClick={() => set({ learningRate: lowerRate(settings.learningRate) })}>
            Reset with learning rate {lowerRate(settings.learningRate)}
          </button>
        </p>
      )}
      <dl className="lab-numbers">
        <div><dt>Step</dt><dd data-testid="lab-step">{state.step}</dd></div>
        <div><dt>Steps per second</dt><dd data-testid="lab-rate">{state.stepsPerSecond > 0 ? formatFixed(state.stepsPerSecond, 1) : '—'}</dd></div>
        <div><dt>Kernels</dt><dd data-testid="lab-kernels">{kernelsText(state.kernels)}</dd></div>
        <div><dt>Parameters</dt><dd data-testid="lab-params">{props.parameterCount.toLocaleString('en-US')}</dd></div>
        <div>
          <dt>Memory to train (estimated)</dt>
          <dd data-testid="lab-memory">{formatMegabytes(memory)}</dd>
        </div>
        <div><dt>Training loss</dt><dd data-testid="lab-train-loss">{latest ? formatFixed(latest.loss, 3) : 'not measured yet'}</dd></div>
        <div>
          <dt>Held-out loss{state.heldOut ? ` (step ${state.heldOut.step})` : ''}</dt>
          <dd data-testid="lab-held-out" data-loss={state.heldOut ? String(state.heldOut.loss) : undefined}>{state.heldOut ? formatFixed(state.heldOut.loss, 3) : 'not measured yet'}</dd>
        </div>
      </dl>
      {chart}
      <figcaption>
        Train runs in the background on {data.trainCount.toLocaleString('en-US')} {data.unit}; {data.heldOutCount.toLocaleString('en-US')}{' '}
        held-out {data.unit} {data.unit === 'characters' ? '(the end of the text) ' : ''}are never trained on and score the held-out loss every{' '}
        {HELD_OUT_EVERY} steps. Both start near ln {vocabSize} = {formatFixed(uniform, 3)} (the dashed line), a uniform guess over the{' '}
        {vocabSize} tokens. The seed fixes the first weights and the order of the training windows: the same seed, dials
        and text give the same curve, step for step. Kernels says what runs
        the matrix products: WebAssembly SIMD, four multiply-adds per instruction (relaxed SIMD fuses each multiply
        with its add), or the plain TypeScript the course explains, where the browser lacks SIMD.
      </figcaption>
    </figure>
  );
}
