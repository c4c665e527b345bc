import { useMemo } from 'react';
import { RunButtons } from '../RunButtons';
import { formatFixed } from '../../sims/training-preview/format';
import { createTrainingWorker, type TrainingWorkerLike } from '../../training/worker';
import { TRAINING_BUSY } from '../../training/busyMarker';
import { strongestHead } from '../../../engine/lab/inductionProbe';
import { Heatmap } from '../Heatmap';
import { LossChart } from '../LossChart';
import { kernelsText } from '../kernels';
import { CHART_SPAN, INDUCTION_DATA, INDUCTION_SETUP, MEASURE_EVERY, pictureSequence } from './inductionPreset';
import { INDUCTION_THRESHOLD, type InductionPoint, type InductionState } from './inductionState';
import { headName, ScoreChart } from './ScoreChart';
import { useInductionRun } from './useInductionRun';
import { HeadScoreTable } from './HeadScoreTable';
import '../lab.css';
import './induction.css';

/** Props: how to start the worker (tests pass a fake). */
export interface InductionLabProps {
  createWorker?: () => TrainingWorkerLike;
}

const UNIFORM = Math.log(INDUCTION_DATA.vocabSize);

/** The sentence under the buttons: where the run is and, once it has happened, which head became an induction head. */
export function inductionStatus(state: InductionState): string {
  const last = state.measures.at(-1);
  const best = last ? strongestHead(last.headScores) : null;
  const jump = state.jump
    ? ` Head ${state.jump.layer + 1}.${state.jump.head + 1} became an induction head: score ${formatFixed(state.jump.score, 2)} at step ${state.jump.step}, after ${formatFixed(state.jump.seconds, 1)} s of training.`
    : '';
  switch (state.status) {
    case 'loading': return 'Preparing the model…';
    case 'ready': return 'Ready: press Train to start.';
    case 'resetting': return 'Resetting to fresh weights…';
    case 'diverged':
    case 'failed': return state.problem ?? 'The training stopped.';
    case 'paused': return `Paused at step ${state.step}.${jump}`;
    case 'finished': return `Finished at step ${state.step}.${jump}`;
    case 'running':
      if (state.jump) return `Training, step ${state.step}.${jump}`;
      return best
        ? `Training, step ${state.step}: no induction head yet; the best head, ${best.layer + 1}.${best.head + 1}, scores ${formatFixed(best.score, 2)}.`
        : 'Training…';
  }
}

function lossDescription(measures: readonly InductionPoint[]): string {
  const first = measures[0];
  const last = measures.at(-1);
  if (!first || !last) return `Loss chart, empty until training starts. A uniform guess over ${INDUCTION_DATA.vocabSize} tokens scores ${formatFixed(UNIFORM, 2)}.`;
  return `Loss chart: before the repeat ${formatFixed(first.firstHalfLoss, 2)} at step ${first.step} and ${formatFixed(last.firstHalfLoss, 2)} at step ${last.step}; ` +
    `in the repeat ${formatFixed(first.secondHalfLoss, 2)} at step ${first.step} and ${formatFixed(last.secondHalfLoss, 2)} at step ${last.step}.`;
}

function scoreDescription(state: InductionState): string {
  const last = state.measures.at(-1);
  if (!last) return 'Prefix-matching scores, empty until training starts.';
  const scores = last.headScores.flatMap((row, l) => row.map((s, h) => `${headName(l, h)} ${formatFixed(s, 2)}`)).join(', ');
  return `Prefix-matching score of each head at step ${last.step}: ${scores}.` +
    (state.jump ? ` Head ${state.jump.layer + 1}.${state.jump.head + 1} first passed ${INDUCTION_THRESHOLD} at step ${state.jump.step}.` : '');
}

/** The Lab's induction preset: train, and watch the halves' losses and each head's prefix-matching score. */
export default function InductionLab({ createWorker = createTrainingWorker }: InductionLabProps) {
  const sequence = useMemo(pictureSequence, []);
  const run = useInductionRun(INDUCTION_SETUP, createWorker, sequence);
  const { state, attention } = run;
  const running = state.status === 'running';
  const last = state.measures.at(-1);
  const span = Math.max(CHART_SPAN, Math.ceil((last?.step ?? 0) / CHART_SPAN) * CHART_SPAN);
  const points = useMemo(() => state.measures.map((m) => ({ step: m.step, loss: m.firstHalfLoss, heldOutLoss: m.secondHalfLoss })), [state.measures]);
  const best = last ? strongestHead(last.headScores) : null;
  const shown = best && attention ? { ...best, matrix: attention.attention[best.layer]?.[best.head] } : null;
  const labels = sequence.map(String);
  return (
    <div className="lab induction-lab">
      <figure className="lab-panel">
        <RunButtons status={state.status} onStart={run.start} onPause={run.pause} onReset={run.reset} />
        <p role="status" className="lab-status" data-testid="induction-status" {...(running ? TRAINING_BUSY : {})}>{inductionStatus(state)}</p>
        <dl className="lab-numbers">
          <div><dt>Step</dt><dd data-testid="induction-step">{state.step}</dd></div>
          <div><dt>Steps per second</dt><dd data-testid="induction-rate">{state.stepsPerSecond > 0 ? formatFixed(state.stepsPerSecond, 1) : '—'}</dd></div>
          <div><dt>Kernels</dt><dd>{kernelsText(state.kernels)}</dd></div>
          <div><dt>Loss before the repeat</dt><dd data-testid="induction-first-loss">{last ? formatFixed(last.firstHalfLoss, 3) : 'not measured yet'}</dd></div>
          <div><dt>Loss in the repeat</dt><dd data-testid="induction-second-loss">{last ? formatFixed(last.secondHalfLoss, 3) : 'not measured yet'}</dd></div>
        </dl>
        <h3 className="induction-chart-title">Loss before the repeat and in the repeat</h3>
        <LossChart points={points} totalSteps={span} uniformLoss={UNIFORM} description={lossDescription(state.measures)}
          names={{ loss: 'before the repeat (random tokens)', heldOut: 'in the repeat (copies)' }} />
        <h3 className="induction-chart-title">Each head’s prefix-matching score</h3>
        <ScoreChart measures={state.measures} totalSteps={span} threshold={INDUCTION_THRESHOLD} description={scoreDescription(state)} />
        <HeadScoreTable measures={state.measures} jump={state.jump} />
        <figcaption>
          The model has 2 layers of {INDUCTION_SETUP.model.heads} attention heads and no MLP. Each training sequence ends in n random
          tokens (out of {INDUCTION_DATA.vocabSize}, n from {INDUCTION_DATA.minHalf} to {INDUCTION_DATA.half}) followed by the same n again, after random
          filler up to {INDUCTION_DATA.time} tokens, so only the tokens, not their positions, say where the copy is. Every{' '}
          {MEASURE_EVERY} steps the page measures, on 32 held-out sequences, the loss on the random tokens (nothing beats
          ln {INDUCTION_DATA.vocabSize} = {formatFixed(UNIFORM, 2)}, the dashed line, there), the loss in the repeat (which only copying can lower), and
          each head’s prefix-matching score: the attention it puts on the token right after an earlier copy of the current
          one. A score above {INDUCTION_THRESHOLD} (the dashed line) counts as an induction head. Chapter 10 explains which head wins, and why.
        </figcaption>
      </figure>
      <figure className="lab-panel">
        {shown?.matrix ? (
          <Heatmap labels={labels} weights={shown.matrix}
            caption={`Attention of ${headName(shown.layer, shown.head)}, the strongest head, at step ${attention?.step}, on ${INDUCTION_DATA.half} random tokens and their repeat: rows are the token looking, columns the token looked at`} />
        ) : <p>The heatmap appears after the first measurement.</p>}
        <figcaption>
          The strongest head’s attention on one sequence it never trained on: {INDUCTION_DATA.half} random tokens, then the same again.
          An induction head draws a diagonal stripe in the lower left: each token of the repeat looks at the token that followed
          its earlier copy, {INDUCTION_DATA.half - 1} places back. The map follows the training at every measurement.
        </figcaption>
      </figure>
    </div>
  );
}
