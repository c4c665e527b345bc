import { useId, useState } from 'react';
import { compareKvHeads } from '../../../engine/groupedQuery';
import { binaryBytes, KV_PRESETS } from '../../../engine/kvMemory';
import { formatFixed } from './format';
import './groupedQuery.css';

// The 70B-class shape with 128K context from the chapter 8 engine: 80 layers, 64 query heads of size 128, float16.
const BASE = (KV_PRESETS.find((p) => p.id === '70b-gqa') ?? KV_PRESETS[0]).shape;
const QUERY_HEADS = 64;
const OPTIONS = [
  { kvHeads: 64, name: 'Multi-head: 64 key/value heads, one per query head' },
  { kvHeads: 8, name: 'Grouped-query: 8 key/value heads, each shared by 8 query heads' },
  { kvHeads: 1, name: 'Multi-query: 1 key/value head shared by all 64' },
] as const;

/** A byte count in binary units with a sensible number of decimals: 40.0 GiB, 320 KiB. */
function showBytes(bytes: number): string {
  const { value, unit } = binaryBytes(bytes);
  return `${formatFixed(value, value < 10 ? 2 : value < 100 ? 1 : 0)} ${unit}`;
}

/** Chapter 9's grouped-query simulation: how much KV cache a 70B-class model needs with 64, 8 or 1 key/value heads. */
export default function GroupedQuery() {
  const name = useId();
  const titleId = useId();
  const [kvHeads, setKvHeads] = useState<number>(8);
  const rows = compareKvHeads(BASE, QUERY_HEADS, OPTIONS.map((o) => o.kvHeads));
  const chosen = rows.find((r) => r.kvHeads === kvHeads) ?? rows[1];

  return (
    <figure className="gqa-sim">
      <fieldset className="gqa-choices">
        <legend>Key/value heads per layer</legend>
        {OPTIONS.map((o) => (
          <label key={o.kvHeads}>
            <input
              type="radio"
              name={name}
              value={o.kvHeads}
              checked={kvHeads === o.kvHeads}
              onChange={() => setKvHeads(o.kvHeads)}
            />
            {o.name}
          </label>
        ))}
      </fieldset>
      <p className="gqa-result" aria-live="polite">
        {chosen.queriesPerKvHead} query {chosen.queriesPerKvHead === 1 ? 'head reads' : 'heads share'} each key/value head. The
        cache holds <strong data-testid="per-token">{showBytes(chosen.memory.bytesPerToken)}</strong> per token and{' '}
        <strong data-testid="total">{showBytes(chosen.memory.totalBytes)}</strong> for a full context of{' '}
        {BASE.contextLength.toLocaleString('en-US')} tokens: {formatFixed(chosen.shareOfFull * 100, 1)}% of
        the multi-head cache.
      </p>
      <div className="gqa-bars" aria-hidden="true">
        {rows.map((r) => (
          <div key={r.kvHeads} className={r.kvHeads === kvHeads ? 'gqa-bar-row gqa-chosen' : 'gqa-bar-row'}>
            <span className="gqa-bar-label">{r.kvHeads} KV</span>
            <span className="gqa-bar" style={{ width: `${Math.max(1, r.shareOfFull * 100)}%` }} />
          </div>
        ))}
      </div>
      <p className="gqa-table-title" id={titleId}>
        KV cache of a 70B-class model (80 layers, head size 128, 16-bit numbers, 128K tokens)
      </p>
      <div className="sim-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="gqa-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">KV heads</th>
              <th scope="col">Per token</th>
              <th scope="col">128K tokens</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kvHeads} data-kv-heads={r.kvHeads}>
                <th scope="row">{r.kvHeads}</th>
                <td>{showBytes(r.memory.bytesPerToken)}</td>
                <td>{showBytes(r.memory.totalBytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Pick how many key/value heads each layer keeps. The query heads stay at 64 in every case; only the keys and
        values that must be cached shrink. The cache is 2 × layers × KV heads × head size × tokens × 2 bytes.
      </figcaption>
    </figure>
  );
}
