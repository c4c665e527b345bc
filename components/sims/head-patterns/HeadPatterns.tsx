import { useId, useMemo, useState } from 'react';
import { HEAD_COUNT, HEAD_JOBS, HEAD_SIZE, MODEL_WIDTH, runPatternHeads, strongestKeys, vocabularyOf } from '../../../engine/headPatterns';
import { toRows } from '../../../engine/matrix';
import { formatFixed } from '../attention-weights/format';
import AttentionGrid from './AttentionGrid';
import { FEATURES, HEAD_INFO, TOKENS } from './sentence';
import './headPatterns.css';

/** Chapter 3's second simulation: four heads over one sentence, each with its own stated W_Q and W_K. */
export default function HeadPatterns() {
  const id = useId();
  const [head, setHead] = useState(0);
  const result = useMemo(() => runPatternHeads(TOKENS, FEATURES), []);
  const vocabulary = useMemo(() => vocabularyOf(TOKENS), []);
  const chosen = result.heads[head];
  const weights = toRows(chosen.weights);
  const strongest = strongestKeys(chosen.weights);
  // Each head's values are the word one-hots, so its output row is how much of each word it gathered.
  const gathered = toRows(chosen.output).map((row) => {
    const w = row.indexOf(Math.max(...row));
    return { word: vocabulary[w], amount: row[w] };
  });
  const job = HEAD_JOBS[head];

  return (
    <figure className="sim-frame hp">
      <fieldset className="hp-heads">
        <legend>Head</legend>
        {HEAD_JOBS.map((j, h) => (
          <label key={j} className="hp-head">
            <input type="radio" name={`${id}-head`} checked={h === head} onChange={() => setHead(h)} />
            {h + 1}: {HEAD_INFO[j].name}
          </label>
        ))}
      </fieldset>
      <p className="hp-how" aria-live="polite">
        <strong>Head {head + 1}, {HEAD_INFO[job].name.toLowerCase()}.</strong> {HEAD_INFO[job].how}
      </p>
      <p className="hp-shapes">
        x: {TOKENS.length} × {MODEL_WIDTH} → this head’s Q, K, V: {chosen.q.rows} × {chosen.q.cols} → weights:{' '}
        {chosen.weights.rows} × {chosen.weights.cols} → output: {chosen.output.rows} × {chosen.output.cols}; {HEAD_COUNT}{' '}
        heads × {HEAD_SIZE} = {result.concat.cols} columns after concatenating.
      </p>
      <AttentionGrid tokens={TOKENS} weights={weights} title={`Head ${head + 1} (${HEAD_INFO[job].name}): attention weights`} />
      <div className="hp-scroll" role="region" aria-label={`What each token attends to in head ${head + 1}`} tabIndex={0}>
        <table className="hp-list">
          <caption>What each token attends to in head {head + 1}, and what its output gathers</caption>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">Looks most at</th>
              <th scope="col">Weight</th>
              <th scope="col">Output: mostly the word</th>
            </tr>
          </thead>
          <tbody>
            {TOKENS.map((token, i) => (
              <tr key={i}>
                <th scope="row">
                  {i} {token}
                </th>
                <td data-column="strongest">
                  {strongest[i].key} {TOKENS[strongest[i].key]}
                </td>
                <td data-column="strongest-weight">{formatFixed(strongest[i].weight, 3)}</td>
                <td data-column="gathered">
                  {gathered[i].word} ({formatFixed(gathered[i].amount, 2)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Pick a head and read its grid row by row: row i is where token i looks, and each row sums to 1. The weights
        were written down to do each job, not trained, and every number is computed from them by the same multi-head
        attention a trained model runs, with a causal mask so no token sees a later one. Trained heads are messier
        versions of these.
      </figcaption>
    </figure>
  );
}
