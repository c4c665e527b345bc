import { useId, useMemo, useState } from 'react';
import {
  buildInductionModel,
  INDUCTION_CONFIG,
  repeatedSequence,
  runInductionModel,
  rowsOnStripe,
  scoreRepeat,
} from '../../../engine/induction';
import AttentionGrid from './AttentionGrid';
import { formatPercent } from './format';
import PredictionTable from './PredictionTable';
import { tokenLabel } from './tokens';
import './inductionHead.css';
import RangeField from '../../ui/RangeField';

const MODEL = buildInductionModel(INDUCTION_CONFIG);
const VOCAB = INDUCTION_CONFIG.vocab;
// The longest repeat whose two copies and start token still fit the model's position table.
const MAX_REPEAT = Math.floor((INDUCTION_CONFIG.maxTokens - 1) / 2);
const HEADS = [
  { id: 'induction', label: 'Layer 2: induction head' },
  { id: 'previous', label: 'Layer 1: previous-token head' },
] as const;

type HeadId = (typeof HEADS)[number]['id'];

/** Chapter 10's simulation: random tokens repeated, and the two-layer model that completes the repeat. */
export default function InductionHead() {
  const headName = useId();
  const [repeat, setRepeat] = useState(5);
  const [seed, setSeed] = useState(1);
  const [head, setHead] = useState<HeadId>('induction');
  const tokens = useMemo(() => repeatedSequence(repeat, VOCAB, seed), [repeat, seed]);
  const run = useMemo(() => runInductionModel(MODEL, tokens), [tokens]);
  const score = scoreRepeat(run, repeat, VOCAB);
  const weights = head === 'induction' ? run.inductionWeights : run.previousWeights;
  // Where each head's stripe should sit: the induction head at repeat − 1, the previous-token head at 1.
  const expected = head === 'induction' ? repeat - 1 : 1;
  const onStripe = rowsOnStripe(weights, score.positions, expected);
  const description =
    `Attention weights of the ${head === 'induction' ? 'induction head' : 'previous-token head'} over ${tokens.length} ` +
    `tokens, rows looking, columns looked at. In ${onStripe} of the ${score.positions.length} scored rows of the ` +
    `second copy the strongest weight sits ${expected} ${expected === 1 ? 'position' : 'positions'} back from the diagonal.`;

  return (
    <figure className="sim-frame ind-sim">
      <div className="ind-controls">
        <RangeField
          className="ind-slider"
          label="Repeat length (tokens before the sequence repeats)"
          min={2}
          max={MAX_REPEAT}
          step={1}
          value={repeat}
          output={repeat}
          onChange={setRepeat}
        />
        <button type="button" onClick={() => setSeed((s) => s + 1)}>
          New random tokens
        </button>
        <fieldset className="ind-heads">
          <legend>Show the attention of</legend>
          {HEADS.map((h) => (
            <label key={h.id}>
              <input type="radio" name={headName} value={h.id} checked={head === h.id} onChange={() => setHead(h.id)} />
              {h.label}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="ind-sequence">
        Sequence: <span className="ind-tokens">{tokens.map(tokenLabel).join(' ')}</span>
      </p>
      <AttentionGrid tokens={tokens} weights={weights} secondCopyStart={repeat + 1} description={description} />
      <p className="ind-stripe" aria-live="polite">
        Stripe: in {onStripe} of {score.positions.length} rows of the second copy the{' '}
        {head === 'induction'
          ? `induction head looks ${expected} positions back (repeat length ${repeat} − 1), at the token that ` +
            'followed the earlier copy of the current token.'
          : 'previous-token head looks 1 position back, just below the diagonal.'}
      </p>
      <p className="ind-score" aria-live="polite">
        During the repeat the model predicted <strong>{score.correct} of {score.positions.length}</strong> next tokens
        ({formatPercent(score.accuracy)}). Guessing among {VOCAB} tokens would be right 1 time in {VOCAB} (
        {formatPercent(score.chance, 2)}).
      </p>
      <PredictionTable run={run} scored={score.positions} head={head} />
      <figcaption>
        Move the slider to change how many random tokens come before the repeat, press “New random tokens” for another
        draw, and switch between the two heads. The weights were written by hand, not trained, so you can see each
        part do its job; when a token already occurred twice in the first copy, the induction head splits its
        attention and may guess wrong.
      </figcaption>
    </figure>
  );
}
