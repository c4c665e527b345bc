import { useEffect, useRef } from 'react';
import { makeGptConfig } from '../../../engine/gpt/config';
import { HELD_OUT_TEXT, previewTokenizer, TRAINING_TEXT } from './corpus';
import { formatFixed } from './format';
import LossCurves from './LossCurves';
import { PREVIEW_STEPS, previewSetup, uniformGuessLoss } from './previewSetup';
import type { PreviewState } from './previewState';
import { SAMPLE_PROMPT } from './sampleText';
import { useTrainingRun } from './useTrainingRun';
import { createTrainingWorker, type TrainingWorkerLike } from '../../training/worker';
import './trainingPreview.css';
import { TRAINING_BUSY } from '../../training/busyMarker';

const SETUP = previewSetup();
const TOKENIZER = previewTokenizer();
const MODEL = makeGptConfig(SETUP.model);
const VOCAB = MODEL.vocabSize;
const UNIFORM = uniformGuessLoss(VOCAB);

/** One line saying where the run is, in words. */
function statusLine(state: PreviewState): string {
  switch (state.status) {
    case 'loading': return 'Preparing the model…';
    case 'ready': return 'Ready: press Start to train.';
    case 'running': return 'Training…';
    case 'paused': return `Paused at step ${state.step}.`;
    case 'finished': return `Finished: all ${PREVIEW_STEPS} steps done.`;
    case 'resetting': return 'Resetting to fresh weights…';
    case 'diverged':
    case 'failed': return state.problem ?? 'The training stopped.';
  }
}

/** The text alternative of the chart: its first and latest numbers. */
function describe(state: PreviewState): string {
  const { points, heldOut } = state;
  if (points.length === 0) return `Loss chart, empty until training starts. A uniform guess scores ${formatFixed(UNIFORM, 3)}.`;
  const first = points[0];
  const last = points[points.length - 1];
  return `Loss chart: training loss ${formatFixed(first.loss, 3)} at step ${first.step}, ${formatFixed(last.loss, 3)} at step ${last.step}` +
    (heldOut ? `; held-out loss ${formatFixed(heldOut.loss, 3)} at step ${heldOut.step}` : '') +
    `. A uniform guess scores ${formatFixed(UNIFORM, 3)}.`;
}

/** Props: how to start the worker (tests pass a fake that runs the same session code in-thread). */
export interface TrainingPreviewProps {
  createWorker?: () => TrainingWorkerLike;
}

/** Chapter 7's live preview: the engine's tiny GPT trained in a worker, its training and held-out loss drawn as it goes. */
export default function TrainingPreview({ createWorker = createTrainingWorker }: TrainingPreviewProps) {
  const { state, start, pause, reset, requestSample } = useTrainingRun(SETUP, createWorker, TOKENIZER);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const running = state.status === 'running';
  const canStart = state.status === 'ready' || state.status === 'paused';
  const toggleDisabled = !running && !canStart;
  const canSample = state.status === 'ready' || state.status === 'paused' || state.status === 'finished';

  // A run that ends disables the Start/Pause button; keep keyboard focus on a button that still works.
  useEffect(() => {
    const active = document.activeElement;
    if (toggleDisabled && (active === toggleRef.current || active === document.body) && toggleRef.current?.dataset.focused) {
      resetRef.current?.focus();
    }
  }, [toggleDisabled]);

  const latest = state.points[state.points.length - 1];
  return (
    <figure className="sim-frame tp-sim">
      <div className="tp-controls">
        <button
          ref={toggleRef}
          type="button"
          disabled={toggleDisabled}
          onClick={running ? pause : start}
          onFocus={(e) => { e.currentTarget.dataset.focused = 'true'; }}
          onBlur={(e) => { delete e.currentTarget.dataset.focused; }}
        >
          {running ? 'Pause' : state.status === 'paused' ? 'Resume' : 'Start'}
        </button>
        <button ref={resetRef} type="button" onClick={reset}>
          Reset
        </button>
        <button type="button" onClick={requestSample} disabled={!canSample}>
          Write a sample
        </button>
        <p className="tp-status" role="status" data-testid="status" {...(state.status === 'running' ? TRAINING_BUSY : {})}>
          {statusLine(state)}
        </p>
      </div>
      <LossCurves points={state.points} totalSteps={PREVIEW_STEPS} uniformLoss={UNIFORM} description={describe(state)} />
      <dl className="sim-numbers tp-numbers">
        <div>
          <dt>Step</dt>
          <dd data-testid="step">{state.step} of {PREVIEW_STEPS}</dd>
        </div>
        <div>
          <dt>Training loss{latest ? ` (step ${latest.step})` : ''}</dt>
          <dd data-testid="train-loss">{latest ? formatFixed(latest.loss, 3) : 'not measured yet'}</dd>
        </div>
        <div>
          <dt>Held-out loss{state.heldOut ? ` (step ${state.heldOut.step})` : ''}</dt>
          <dd data-testid="held-out-loss">{state.heldOut ? formatFixed(state.heldOut.loss, 3) : 'not measured yet'}</dd>
        </div>
        <div>
          <dt>Uniform guess over {VOCAB} tokens, ln {VOCAB}</dt>
          <dd data-testid="uniform-loss">{formatFixed(UNIFORM, 3)}</dd>
        </div>
      </dl>
      <p className="tp-sample" aria-live="polite" data-testid="sample">
        {state.sample ? (
          <>
            {state.sample.step === 0 ? 'Before any training' : `After ${state.sample.step} steps`}, asked to continue{' '}
            <q>{SAMPLE_PROMPT}</q>, the model writes: <q>{state.sample.text}</q>
          </>
        ) : (
          'Press “Write a sample” before, during a pause, or after the run to see what the model writes.'
        )}
      </p>
      <p className="tp-model">
        The model: {MODEL.layers} block, width {MODEL.width}, {MODEL.heads} heads, a context of {MODEL.contextLength}{' '}
        characters
        {state.parameterCount !== null ? `, ${state.parameterCount.toLocaleString('en-US')} parameters` : ''}; AdamW with
        warmup + cosine decay, batches of {SETUP.batchSize} spans.
      </p>
      <div className="tp-texts">
        <p><strong>Training text:</strong> <q>{TRAINING_TEXT.trim()}</q></p>
        <p><strong>Held-out text, never trained on:</strong> <q>{HELD_OUT_TEXT.trim()}</q></p>
      </div>
      <figcaption>
        Press Start to train the tiny GPT on the text above, one character per token, in the background; Pause and
        Resume whenever you like, Write a sample to see what it has learned so far, and Reset for fresh random
        weights. Both losses start near ln {VOCAB} ={' '}
        {formatFixed(UNIFORM, 3)}, the score of a uniform guess (the dashed line), and fall as the model learns which
        letters follow which. The held-out loss is measured every {SETUP.heldOutEvery} steps on sentences it never
        trains on: watch it stop falling, and then rise, while the training loss keeps going down.
      </figcaption>
    </figure>
  );
}
