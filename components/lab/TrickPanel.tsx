import { useMemo, useState } from 'react';
import { causalAverageWeights } from '../../engine/attention';
import type { GptModel } from '../../engine/gpt/forward';
import { forwardSequence } from '../../engine/gpt/forward';
import { visibleCharacter } from '../../engine/lab/text';
import { toRows } from '../../engine/matrix';
import { readTyped, samplePrompt, type LabCorpus } from './corpus';
import { Heatmap } from './Heatmap';

/** Characters in the worked example: short enough that every number fits on a phone. */
const EXAMPLE_LENGTH = 5;

const STAGES = [
  { key: 'average', title: '1. A running average', note: 'Each row averages the letters so far: a lower-triangular matrix of ones, each row divided by its length.' },
  { key: 'softmax', title: '2. Masked scores, then softmax', note: 'Start from scores of 0, set the future to −∞, and take softmax of each row: e^0 shares the weight equally and e^−∞ = 0, so it is the same average.' },
  { key: 'learned', title: '3. Learned weights', note: 'Attention replaces the zero scores with q·k / √hs. Same shape, same mask, same softmax: only the weights are smarter.' },
] as const;

/** Props: the latest model, whose first head supplies the learned weights, and the corpus it learns. */
export interface TrickPanelProps {
  model: { model: GptModel; step: number } | null;
  corpus: LabCorpus;
}

/** Section 4: from a plain running average to learned attention, with each stage's matrix shown. */
export function TrickPanel({ model, corpus }: TrickPanelProps) {
  const [stage, setStage] = useState(0);
  // ".emma" for the names; the first characters of a sample of running text otherwise.
  const word = useMemo(() => readTyped(corpus, samplePrompt(corpus).slice(0, EXAMPLE_LENGTH), EXAMPLE_LENGTH), [corpus]);
  const T = word.ids.length;
  const labels = useMemo(() => word.tokens.map(visibleCharacter), [word]);
  // Stage 1 by hand: ones on and below the diagonal, each row divided by how many ones it holds.
  const average = useMemo(() => Array.from({ length: T }, (_, i) => Array.from({ length: T }, (_, j) => (j <= i ? 1 / (i + 1) : 0))), [T]);
  const scores = useMemo(() => Array.from({ length: T }, (_, i) => Array.from({ length: T }, (_, j) => (j <= i ? 0 : -Infinity))), [T]);
  // Stage 2 from the engine: softmax of masked zero scores.
  const softmaxed = useMemo(() => toRows(causalAverageWeights(T)), [T]);
  const fits = model?.model.config.vocabSize === corpus.vocabulary.length && T > 0;
  const learned = useMemo(() => (model && fits ? forwardSequence(model.model, word.ids).attention[0][0] : null), [model, fits, word]);
  const current = STAGES[stage];
  return (
    <figure className="lab-panel">
      <fieldset className="lab-dials">
        <legend>Stage</legend>
        {STAGES.map((s, i) => (
          <label key={s.key} className="lab-dial">
            <input type="radio" name="lab-trick" checked={stage === i} onChange={() => setStage(i)} /> {s.title}
          </label>
        ))}
      </fieldset>
      <p>{current.note}</p>
      {current.key === 'softmax' && (
        <Heatmap labels={labels} weights={scores.map((r) => r.map((v) => (Number.isFinite(v) ? v : 0)))} showNumbers maskedText="−∞"
          caption="Scores before softmax: 0 on and below the diagonal, −∞ above it" />
      )}
      {current.key === 'learned' && !learned && <p>Waiting for the model…</p>}
      <Heatmap labels={labels} showNumbers maskedText="0"
        weights={current.key === 'average' ? average : current.key === 'softmax' ? softmaxed : learned ?? average}
        caption={current.key === 'learned' ? `Learned weights of layer 1, head 1 at step ${model?.step ?? 0}` : 'Weights after normalising: each row sums to 1'} />
      <figcaption>
        Step through the three stages for “{word.tokens.join('')}”. Every matrix is lower-triangular with rows summing to 1: attention is a
        running average whose weights the model learns.
      </figcaption>
    </figure>
  );
}
