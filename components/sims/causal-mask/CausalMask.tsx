import { useId, useMemo, useState } from 'react';
import { scaledDotProductAttention } from '../../../engine/attention';
import { summarizeAttention } from '../../../engine/attentionSummary';
import { fromRows, toRows } from '../../../engine/matrix';
import AttentionGrid from './AttentionGrid';
import { formatFixed } from './format';
import { KEYS, QUERIES, TOKENS } from './vectors';
import './causalMask.css';

type MaskChoice = 'none' | 'causal';
type Stage = 'scores' | 'weights';

/** Chapter 6's simulation: the same attention matrix with and without the causal mask, before and after softmax. */
export default function CausalMask() {
  const name = useId();
  const [mask, setMask] = useState<MaskChoice>('none');
  const [stage, setStage] = useState<Stage>('weights');
  const result = useMemo(
    // Values are not shown here, so the keys stand in for them; the weights do not depend on V.
    () => scaledDotProductAttention(fromRows(QUERIES), fromRows(KEYS), fromRows(KEYS), { causal: mask === 'causal' }),
    [mask],
  );
  const weights = toRows(result.weights);
  const scores = toRows(result.maskedScores);
  const summary = summarizeAttention(result.weights, result.maskedScores);
  const leaking = summary.laterWeights.filter((w) => w > 0).length;

  return (
    <figure className="cmask">
      <div className="cmask-controls">
        <fieldset className="cmask-choice">
          <legend>Mask</legend>
          {(['none', 'causal'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={`${name}-mask`} value={value} checked={mask === value} onChange={() => setMask(value)} />
              {value === 'none' ? 'No mask (full attention)' : 'Causal mask'}
            </label>
          ))}
        </fieldset>
        <fieldset className="cmask-choice">
          <legend>Show</legend>
          {(['scores', 'weights'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={`${name}-stage`} value={value} checked={stage === value} onChange={() => setStage(value)} />
              {value === 'scores' ? 'Scores before softmax' : 'Weights after softmax'}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="cmask-status" role="status">
        {mask === 'none'
          ? `No mask: ${leaking} of ${TOKENS.length} tokens put weight on tokens after them. “${TOKENS[0]}” gives ` +
            `${formatFixed(summary.laterWeights[0] * 100, 1)}% of its attention to the future.`
          : `Causal mask: ${summary.maskedCount} of ${TOKENS.length * TOKENS.length} scores are set to −∞, and their weights are ` +
            `exactly 0. Every row still sums to 1; “${TOKENS[0]}” gives all its attention to itself.`}
      </p>
      <AttentionGrid
        tokens={TOKENS}
        scores={scores}
        weights={weights}
        rowSums={summary.rowSums}
        laterWeights={summary.laterWeights}
        stage={stage}
        scale={result.scale}
      />
      <figcaption>
        Switch the mask on and off, then show the scores before softmax. With the mask, every cell right of the
        diagonal becomes −∞, its weight becomes exactly 0, and the weights left in each row grow so the row still sums
        to 1. The query and key vectors were chosen by hand: two numbers each, “noun” and “verb”.
      </figcaption>
    </figure>
  );
}
