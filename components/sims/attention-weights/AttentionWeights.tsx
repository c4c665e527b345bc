import { useId, useMemo, useState } from 'react';
import { attendWithQuery } from '../../../engine/singleQuery';
import { formatFixed } from './format';
import QueryPlane from './QueryPlane';
import { KEYS, QUERY_LIMIT, START_QUERIES, START_TOKEN, TOKENS, VALUES } from './tokens';
import WeightsTable from './WeightsTable';
import './attentionWeights.css';
import RangeField from '../../ui/RangeField';

type Point = [number, number];

/** Chapter 2's first simulation: pick a token, move its 2-D query, watch the scaled scores and weights follow. */
export default function AttentionWeights() {
  const id = useId();
  const [selected, setSelected] = useState(START_TOKEN);
  const [queries, setQueries] = useState<Point[]>(() => START_QUERIES.map(([x, y]) => [x, y]));
  const query = queries[selected];
  const attention = useMemo(() => attendWithQuery(query, KEYS, VALUES), [query]);
  const heaviest = attention.weights.indexOf(Math.max(...attention.weights));

  const setQuery = (next: Point) => setQueries((all) => all.map((q, i) => (i === selected ? next : q)));
  const slider = (axis: 0 | 1, name: string) => (
    <RangeField
      className="aw-field"
      label={name}
      min={-QUERY_LIMIT}
      max={QUERY_LIMIT}
      step={0.1}
      value={query[axis]}
      output={formatFixed(query[axis], 1)}
      valueText={formatFixed(query[axis], 1)}
      onChange={(v) => setQuery(axis === 0 ? [v, query[1]] : [query[0], v])}
    />
  );

  return (
    <figure className="sim-frame aw">
      <fieldset className="aw-tokens">
        <legend>Token whose query you move</legend>
        {TOKENS.map((token, i) => (
          <label key={token} className="aw-token">
            <input type="radio" name={`${id}-token`} checked={i === selected} onChange={() => setSelected(i)} />
            {token}
          </label>
        ))}
      </fieldset>
      <div className="aw-body">
        <div className="aw-plot">
          <QueryPlane
            tokens={TOKENS}
            keys={KEYS}
            weights={attention.weights}
            query={query}
            queryToken={TOKENS[selected]}
            onMove={setQuery}
          />
          <div className="aw-sliders">
            {slider(0, 'Qx')}
            {slider(1, 'Qy')}
          </div>
        </div>
        <div className="aw-numbers">
          <WeightsTable tokens={TOKENS} keys={KEYS} values={VALUES} queryToken={TOKENS[selected]} attention={attention} />
          <p className="aw-summary" aria-live="polite">
            “{TOKENS[selected]}” gives most weight to <strong>{TOKENS[heaviest]}</strong> (
            {formatFixed(attention.weights[heaviest] * 100, 1)}%); the four weights add up to{' '}
            <strong>{formatFixed(attention.weightSum, 3)}</strong>.
          </p>
        </div>
      </div>
      <figcaption>
        Pick a token, then drag the tip of its query arrow q (or use the Qx and Qy sliders) towards a key: that key’s
        score, and its share of the weight, grow, and the other weights shrink so the sum stays 1. Point q away from
        every key and the weights even out. The vectors are two-dimensional and chosen by hand so they can be drawn.
      </figcaption>
    </figure>
  );
}
