import { useId, useState, type ReactNode } from 'react';
import type { TrainedLabModel } from '../../lab/trainedModel';
import { formatFixed } from '../forward-pass/shared/format';
import AttentionHeatmap from './AttentionHeatmap';
import PromptControls from './PromptControls';
import { visibleCharacter } from './prompt';
import { useLabTrace } from './useLabTrace';

/** Which of a head's matrices a figure can show. */
export type AttentionStage = 'scores' | 'masked' | 'weights';

const STAGE_NAMES: Record<AttentionStage, string> = {
  scores: 'Scores before the mask',
  masked: 'Scores after the mask',
  weights: 'Weights after softmax',
};

/**
 * A chapter's attention figure on the Lab's model: type a prompt, pick a layer and head, and read that head's real
 * attention, computed by traceBlock (the training forward pass). `stages` adds a choice of scores or weights.
 */
export default function LabAttentionFigure({
  lab,
  className,
  stages = ['weights'],
  caption,
}: {
  lab: TrainedLabModel;
  className: string;
  stages?: readonly AttentionStage[];
  caption: ReactNode;
}) {
  const id = useId();
  const view = useLabTrace(lab);
  const [stage, setStage] = useState<AttentionStage>('weights');
  const { trace, labels, encoded } = view;
  const head = trace?.heads[view.head];
  const where = `layer ${view.layer + 1}, head ${view.head + 1}`;
  const matrix = head ? (stage === 'weights' ? head.weights : stage === 'masked' ? head.masked : head.scores) : null;
  return (
    <figure className={`sim-frame tm-figure ${className}`} data-testid="tm-attention-figure">
      <PromptControls lab={lab} view={view} showHead />
      {stages.length > 1 && (
        <fieldset className="tm-stages">
          <legend>Show</legend>
          {stages.map((s) => (
            <label key={s} className="tm-option">
              <input type="radio" name={`${id}-stage`} checked={s === stage} onChange={() => setStage(s)} />
              {STAGE_NAMES[s]}
            </label>
          ))}
        </fieldset>
      )}
      {head && matrix ? (
        <>
          <AttentionHeatmap
            name={`lab-${stage}`}
            labels={labels}
            matrix={matrix}
            kind={stage === 'weights' ? 'weights' : 'scores'}
            caption={`${STAGE_NAMES[stage]}, ${where} at step ${lab.step}: row = the character looking, column = the character looked at`}
          />
          <p className="tm-summary" aria-live="polite" data-testid="tm-attention-summary">
            {encoded.tokens.map((c, i) => {
              const row = Array.from(head.weights[i]);
              const top = row.indexOf(Math.max(...row));
              return (
                <span key={i} className="tm-looks">
                  “{visibleCharacter(c)}” (position {i}) looks most at “{visibleCharacter(encoded.tokens[top])}” (position {top}, {formatFixed(row[top] * 100, 1)}%){i + 1 < encoded.tokens.length ? '; ' : '.'}
                </span>
              );
            })}
          </p>
        </>
      ) : (
        <p className="tm-empty">Nothing to show yet: the prompt holds none of the model’s characters.</p>
      )}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
