import { useMemo, useState } from 'react';
import { generationWork } from '../../../engine/cachedDecoding';
import { formatScientific } from './format';
import WorkChart from './WorkChart';
import './generationWork.css';
import RangeField from '../../ui/RangeField';

/** GPT-2 small: width 768, 12 layers, 50,257 tokens in its vocabulary, up to 1,024 tokens of context. */
const SHAPE = { width: 768, layers: 12, vocab: 50257, context: 1024 };
const STEP = 32;
const SAMPLES = 32;

/** Chapter 8's comparison: total work to generate n tokens, with the KV cache and by recomputing every prefix. */
export default function GenerationWork() {
  const [length, setLength] = useState(256);
  const points = useMemo(
    () =>
      Array.from({ length: SAMPLES + 1 }, (_, i) => {
        const n = Math.max(1, Math.round((length * i) / SAMPLES));
        return { n, ...generationWork(SHAPE.width, SHAPE.layers, SHAPE.vocab, n) };
      }),
    [length],
  );
  const end = points[points.length - 1];
  const rows = [1, 2, 3, 4].map((q) => points[(SAMPLES * q) / 4]);

  return (
    <figure className="gwork">
      <RangeField
        className="gwork-field"
        label="Tokens generated"
        min={STEP}
        max={SHAPE.context}
        step={STEP}
        value={length}
        output={length}
        valueText={`${length} tokens`}
        onChange={setLength}
      />
      <p className="gwork-status" role="status">
        Generating {length} tokens with a GPT-2-small-sized model: <strong>{formatScientific(end.withCache)}</strong>{' '}
        FLOPs with the KV cache, <strong>{formatScientific(end.withoutCache)}</strong> without it, {' '}
        <strong>{(end.withoutCache / end.withCache).toFixed(0)}×</strong> as much.
      </p>
      <WorkChart points={points} />
      <table className="gwork-table">
        <caption>Total FLOPs to generate n tokens</caption>
        <thead>
          <tr>
            <th scope="col">n</th>
            <th scope="col">With cache</th>
            <th scope="col">Without</th>
            <th scope="col">Ratio</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.n}>
              <th scope="row">{row.n}</th>
              <td data-column="with">{formatScientific(row.withCache)}</td>
              <td data-column="without">{formatScientific(row.withoutCache)}</td>
              <td data-column="ratio">{(row.withoutCache / row.withCache).toFixed(1)}×</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        Slide the length and watch the two totals: with the cache the total grows almost in a straight line, without it
        it curves upward, because every new token repeats the work of all the tokens before it. Doubling the length
        about doubles one and quadruples the other. Counts use the shape of GPT-2 small (width 768, 12 layers,
        vocabulary 50,257).
      </figcaption>
    </figure>
  );
}
