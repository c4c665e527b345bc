import { useId, type ReactNode } from 'react';
import { SEED_WEIGHTS } from '../../../../engine/forwardPass/weights';
import { HighlightProvider, useHighlight } from './highlight';
import { productTerms } from '../../../../engine/forwardPass/terms';
import { formatFixed } from './format';
import { describeTrace } from './names';
import { useForwardPass } from './useForwardPass';
import { forwardWeightsStore, useForwardWeights } from './weightsStore';
import './forwardPass.css';

function Trace() {
  const { active, sources } = useHighlight();
  const result = useForwardPass();
  const weights = useForwardWeights((s) => s.weights);
  const terms = active ? productTerms(result, weights, active.stage, active.row, active.col) : null;
  return (
    <p className="fp-trace" aria-live="polite">
      {active
        ? describeTrace(active.stage, active.row, active.col, active.text, sources)
        : 'Focus or hover over any computed number to highlight the numbers it came from; Tab reaches each table and the arrow keys move inside it.'}
      {terms && (
        <span className="fp-terms" data-terms="">
          {' '}
          {terms.pairs.map(([a, b]) => `${formatFixed(a)} × ${formatFixed(b)}`).join(' + ')} = {formatFixed(terms.total)}
        </span>
      )}
    </p>
  );
}

function RestoreButton() {
  const edited = useForwardWeights((s) => s.weights !== SEED_WEIGHTS);
  return (
    <div className="fp-restore">
      <button type="button" onClick={() => forwardWeightsStore.getState().restore()}>
        Restore the seed’s weights
      </button>
      <span role="status">{edited ? 'Some weights are edited; every number below follows them.' : 'All weights are the seed’s.'}</span>
    </div>
  );
}

/** A step in a simulation's step picker: its name and what it shows. */
export interface FrameStep {
  name: string;
  content: ReactNode;
}

/** The figure every forward-pass simulation sits in: step picker, restore button, the trace line and a caption. */
export default function SimFrame({
  className,
  legend,
  steps,
  step,
  onStep,
  summary,
  caption,
}: {
  className: string;
  legend: string;
  steps: FrameStep[];
  step: number;
  onStep: (index: number) => void;
  summary: ReactNode;
  caption: ReactNode;
}) {
  const id = useId();
  return (
    <figure className={`sim-frame fp ${className}`}>
      <HighlightProvider>
        <fieldset className="fp-steps">
          <legend>{legend}</legend>
          {steps.map((s, i) => (
            <label key={s.name} className="fp-step">
              <input type="radio" name={`${id}-step`} checked={i === step} onChange={() => onStep(i)} />
              {s.name}
            </label>
          ))}
        </fieldset>
        <RestoreButton />
        <div className="fp-body">{steps[step].content}</div>
        <Trace />
        <div className="fp-summary" aria-live="polite">
          {summary}
        </div>
      </HighlightProvider>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
