import { useMemo } from 'react';
import { formatFixed } from '../sims/training-preview/format';
import { LossChart } from './LossChart';
import type { LabState } from './labState';
import type { LossPoint } from '../sims/training-preview/previewState';
import { trainingMemory } from '../../engine/gpt/memory';
import { BATCH_SIZE, CONTEXT_CHOICES, fitWidth, HELD_OUT_EVERY, HEAD_CHOICES, LAYER_CHOICES, lowerRate, RATE_CHOICES, widthChoices, type LabSettings } from './labSettings';
import { DialSelect } from './DialSelect';
import { kernelsText } from './kernels';
import { TRAINING_BUSY } from '../training/busyMarker';


/** Bytes as megabytes with one decimal, e.g. "4.2 MB". */
function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Props: the run, the dials and what the buttons do. */
export interface TrainPanelProps {
  state: LabState;
  settings: LabSettings;
  parameterCount: number;
  trainCount: number;
  heldOutCount: number;
  onSettings(next: LabSettings): void;
  onStart(): void;
  onPause(): void;
  onReset(): void;
}

const UNIFORM = Math.log(27);

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

function describe(points: readonly LossPoint[], heldOut: LabState['heldOut']): string {
  const last = points[points.length - 1];
  if (!last) return `Loss chart, empty until training starts. A uniform guess over 27 tokens scores ${formatFixed(UNIFORM, 3)}.`;
  return `Loss chart: training loss ${formatFixed(points[0].loss, 3)} at step ${points[0].step}, ` +
    `${formatFixed(last.loss, 3)} at step ${last.step}` +
    (heldOut ? `; held-out loss ${formatFixed(heldOut.loss, 3)} at step ${heldOut.step}` : '') + '.';
}

/** Section 1: the dials, Train/Pause/Reset, the live numbers and the loss curve. */
export function TrainPanel(props: TrainPanelProps) {
  const { state, settings, onSettings } = props;
  const running = state.status === 'running';
  const canStart = state.status === 'ready' || state.status === 'paused';
  const locked = running || state.status === 'loading' || state.status === 'resetting';
  const set = (patch: Partial<LabSettings>) => onSettings({ ...settings, ...patch });
  // Counted once per shape, not on each of the several progress redraws a second while training runs.
  const memory = useMemo(() => trainingMemory({ ...settings, vocabSize: 27 }, BATCH_SIZE).total, [settings]);
  const latest = state.points[state.points.length - 1];
  const span = Math.max(500, Math.ceil((latest?.step ?? 0) / 500) * 500);
  const chart = <LossChart points={state.points} totalSteps={span} uniformLoss={UNIFORM} description={describe(state.points, state.heldOut)} />;
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
      </fieldset>
      <div className="lab-buttons">
        <button type="button" disabled={!running && !canStart} onClick={running ? props.onPause : props.onStart}>
          {running ? 'Pause' : state.status === 'paused' ? 'Resume training' : 'Train'}
        </button>
        <button type="button" onClick={props.onReset}>Reset</button>
      </div>
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
          <dd data-testid="lab-held-out">{state.heldOut ? formatFixed(state.heldOut.loss, 3) : 'not measured yet'}</dd>
        </div>
      </dl>
      {chart}
      <figcaption>
        Train runs in the background on {props.trainCount.toLocaleString('en-US')} names; {props.heldOutCount.toLocaleString('en-US')}{' '}
        held-out names are never trained on and score the held-out loss every {HELD_OUT_EVERY} steps. Both start near ln 27 ={' '}
        {formatFixed(UNIFORM, 3)} (the dashed line), a uniform guess over a–z and the boundary. Kernels says what runs
        the matrix products: WebAssembly SIMD, four multiply-adds per instruction (relaxed SIMD fuses each multiply
        with its add), or the plain TypeScript the course explains, where the browser lacks SIMD.
      </figcaption>
    </figure>
  );
}
