import { useId, useState } from 'react';
import { countParameters, KNOWN_SHAPES, type ParameterBreakdown } from '../../../engine/parameterCount';
import { formatFixed } from '../token-similarity/format';
import './parameterShare.css';

const GROUPS: { key: keyof Pick<ParameterBreakdown, 'embeddings' | 'attention' | 'feedForward' | 'norms' | 'head'>; name: string }[] = [
  { key: 'feedForward', name: 'Feed-forward networks' },
  { key: 'attention', name: 'Attention' },
  { key: 'embeddings', name: 'Embeddings' },
  { key: 'head', name: 'Output layer and pooler' },
  { key: 'norms', name: 'Norms' },
];

const whole = (n: number) => n.toLocaleString('en-US');
// A share that rounds to 0.0% but is not zero (the norms) says so rather than looking like nothing.
const percent = (share: number) => (share > 0 && share < 0.0005 ? 'under 0.1%' : `${formatFixed(share * 100, 1)}%`);

/** A count in the largest fitting unit: 124.4 million, 174.6 billion. */
function short(n: number): string {
  return n >= 1e9 ? `${formatFixed(n / 1e9, 1)} billion` : `${formatFixed(n / 1e6, 1)} million`;
}

/** Chapter 5's parameter count: where a real model's parameters live, and the feed-forward networks' share. */
export default function ParameterShare() {
  const name = useId();
  const titleId = useId();
  const [chosen, setChosen] = useState(1);
  const model = KNOWN_SHAPES[chosen];
  const p = countParameters(model.shape);
  const { width: c, ffnWidth: f, layers } = model.shape;
  let left = 0;
  return (
    <figure className="ps">
      <fieldset className="ps-models">
        <legend>Model</legend>
        {KNOWN_SHAPES.map((m, i) => (
          <label key={m.name}>
            <input type="radio" name={name} checked={chosen === i} onChange={() => setChosen(i)} />
            <span>{m.name}</span>
          </label>
        ))}
      </fieldset>
      <p className="ps-shape">
        {layers} blocks, width C = {whole(c)}, feed-forward width F = {whole(f)}
        {model.shape.gatedFfn ? ' (gated: three C × F matrices)' : ''}, vocabulary {whole(model.shape.vocabSize)}.
        {model.shape.tiedHead ? ' The output layer reuses the token embedding, so it adds nothing.' : ''}
      </p>
      <svg className="ps-bar" viewBox="0 0 400 28" preserveAspectRatio="none" aria-hidden="true">
        {GROUPS.map((g) => {
          const w = (p[g.key] / p.total) * 400;
          const x = left;
          left += w;
          return <rect key={g.key} x={x} y={0} width={w} height={28} className={`ps-${g.key}`} />;
        })}
      </svg>
      <p className="ps-headline" role="status">
        {model.name}: <strong data-testid="total">{whole(p.total)}</strong> parameters ({short(p.total)}). Feed-forward
        networks: <strong data-testid="ffn-blocks">{percent(p.feedForwardShareOfBlocks)}</strong> of the blocks,{' '}
        <strong data-testid="ffn-total">{percent(p.feedForwardShareOfTotal)}</strong> of the whole model.
      </p>
      <p className="ps-title" id={titleId}>
        Where the parameters of {model.name} are
      </p>
      <div className="ps-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="ps-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Parameters</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {GROUPS.map((g) => (
              <tr key={g.key}>
                <th scope="row">
                  <span className={`ps-swatch ps-${g.key}`} aria-hidden="true" /> {g.name}
                </th>
                <td data-column={`${g.key}-count`}>{whole(p[g.key])}</td>
                <td data-column={`${g.key}-share`}>{percent(p[g.key] / p.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ps-block" data-testid="per-block">
        One block: attention {whole(p.perBlock.attention)} + feed-forward {whole(p.perBlock.feedForward)} + norms{' '}
        {whole(p.perBlock.norms)} = {whole(p.perBlock.total)}.
      </p>
      <figcaption>
        Pick a model. The bar and the table split its parameters by where they live, counted matrix by matrix from its
        published shape. Compare the feed-forward share of the blocks (near two thirds for every model) with its share
        of the whole model, which the embeddings pull down in the small ones.
      </figcaption>
    </figure>
  );
}
