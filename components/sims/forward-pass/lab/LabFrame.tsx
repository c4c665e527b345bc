import { useId, useState, type ReactNode } from 'react';
import type { TrainedLabModel } from '../../../lab/trainedModel';
import PromptControls from '../../trained-model/PromptControls';
import { useLabTrace, type LabTrace } from '../../trained-model/useLabTrace';
import type { BlockTrace } from '../../../../engine/gpt/trace';
import '../shared/forwardPass.css';

/** A step of a Lab-model view: its name and what it shows for a trace. */
export interface LabStep {
  name: string;
  content: (trace: BlockTrace, view: LabTrace) => ReactNode;
}

/**
 * The figure a forward-pass lesson shows on the Lab's model: the prompt and layer (and head) pickers, a step picker,
 * the step's traced tables, a summary and a caption. Every number comes from one traceBlock call.
 */
export default function LabFrame({
  lab,
  className,
  legend,
  steps,
  showHead = false,
  summary,
  caption,
}: {
  lab: TrainedLabModel;
  className: string;
  legend: string;
  steps: LabStep[];
  showHead?: boolean;
  summary: (trace: BlockTrace, view: LabTrace) => ReactNode;
  caption: ReactNode;
}) {
  const id = useId();
  const [step, setStep] = useState(0);
  const view = useLabTrace(lab);
  const { trace } = view;
  return (
    <figure className={`sim-frame fp fp-lab ${className}`} data-testid="fp-lab">
      <PromptControls lab={lab} view={view} showHead={showHead} />
      <fieldset className="fp-steps tm-stages">
        <legend>{legend}</legend>
        {steps.map((s, i) => (
          <label key={s.name} className="fp-step">
            <input type="radio" name={`${id}-step`} checked={i === step} onChange={() => setStep(i)} />
            {s.name}
          </label>
        ))}
      </fieldset>
      {trace ? (
        <>
          <div className="fp-lab-body">{steps[step].content(trace, view)}</div>
          <div className="fp-summary" aria-live="polite">{summary(trace, view)}</div>
        </>
      ) : (
        <p className="tm-empty">Nothing to show yet: the prompt holds none of the model’s characters.</p>
      )}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
