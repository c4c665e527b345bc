import { useId, useMemo, useState } from 'react';
import { compareHeadCosts, headCountsFor, type AttentionCost } from '../../../engine/headCost';
import './headCost.css';
import RangeField from '../../ui/RangeField';

/** Model widths on the slider (GPT-2 small is 768, the original Transformer 512). */
const WIDTHS = [64, 128, 256, 512, 768, 1024] as const;
/** Sequence lengths on the slider. */
const LENGTHS = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096] as const;
/** Head counts offered when they divide the width. */
const HEAD_CHOICES = [1, 2, 4, 8, 12, 16] as const;

const count = (n: number) => n.toLocaleString('en');

/** Rows of the table: a label and how to read the number from a cost. */
const ROWS: readonly { key: string; label: string; read: (c: AttentionCost) => number; total?: boolean }[] = [
  { key: 'params', label: 'Weights (W_Q, W_K, W_V, W_O)', read: (c) => c.params, total: true },
  { key: 'projection-macs', label: 'Multiply-adds: Q, K, V', read: (c) => c.projectionMacs },
  { key: 'score-macs', label: 'Multiply-adds: scores Q·Kᵀ', read: (c) => c.scoreMacs },
  { key: 'mix-macs', label: 'Multiply-adds: weights · V', read: (c) => c.mixMacs },
  { key: 'output-macs', label: 'Multiply-adds: W_O', read: (c) => c.outputMacs },
  { key: 'macs', label: 'Multiply-adds in total', read: (c) => c.macs, total: true },
  { key: 'exponentials', label: 'Softmax exponentials', read: (c) => c.exponentials },
];

/** Chapter 3's calculator: one full-width head, h split heads and h full-width heads, counted exactly. */
export default function HeadCost() {
  const id = useId();
  const [widthIndex, setWidthIndex] = useState(WIDTHS.indexOf(512));
  const [lengthIndex, setLengthIndex] = useState(LENGTHS.indexOf(128));
  const [chosenHeads, setChosenHeads] = useState(8);
  const width = WIDTHS[widthIndex];
  const tokens = LENGTHS[lengthIndex];
  const options = headCountsFor(width, HEAD_CHOICES);
  // A width that no longer divides by the chosen count falls back to the largest count that does.
  const heads = options.includes(chosenHeads) ? chosenHeads : Math.max(...options.filter((h) => h <= chosenHeads));
  const cost = useMemo(() => compareHeadCosts(width, heads, tokens), [width, heads, tokens]);
  const columns = [
    { key: 'single', title: `1 head of ${width}`, cost: cost.single },
    { key: 'split', title: `${heads} heads of ${cost.headSize}`, cost: cost.split },
    { key: 'unsplit', title: `${heads} heads of ${width} (no split)`, cost: cost.unsplit },
  ];

  return (
    <figure className="sim-frame hc">
      <div className="hc-controls">
        <RangeField
          className="hc-field"
          label="Model width d"
          min={0}
          max={WIDTHS.length - 1}
          value={widthIndex}
          output={width}
          valueText={`d = ${width}`}
          onChange={setWidthIndex}
        />
        <RangeField
          className="hc-field"
          label="Tokens n"
          min={0}
          max={LENGTHS.length - 1}
          value={lengthIndex}
          output={tokens}
          valueText={`n = ${tokens}`}
          onChange={setLengthIndex}
        />
        <fieldset className="hc-heads">
          <legend>Heads h</legend>
          {HEAD_CHOICES.map((h) => (
            <label key={h} className="hc-head">
              <input
                type="radio"
                name={`${id}-h`}
                checked={h === heads}
                disabled={!options.includes(h)}
                onChange={() => setChosenHeads(h)}
              />
              {h}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="hc-shapes">
        x: {tokens} × {width} → each head’s Q, K, V: {tokens} × {cost.headSize} → each head’s scores: {tokens} × {tokens}{' '}
        → concatenated: {tokens} × {heads * cost.headSize} → after W_O: {tokens} × {width}
      </p>
      <div className="hc-scroll" role="region" aria-label="Cost of one attention layer" tabIndex={0}>
        <table className="hc-table">
          <caption>
            Cost of one attention layer with d = {width}, n = {tokens}, biases left out
          </caption>
          <thead>
            <tr>
              <th scope="col">Counted</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.key} className={row.total ? 'hc-total' : undefined}>
                <th scope="row">{row.label}</th>
                {columns.map((c) => (
                  <td key={c.key} data-cell={`${c.key}-${row.key}`}>
                    {count(row.read(c.cost))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hc-verdict" aria-live="polite">
        {heads} heads of {cost.headSize}: <strong>{count(cost.splitRatio.params)}×</strong> the weights and{' '}
        <strong>{count(cost.splitRatio.macs)}×</strong> the multiply-adds of one head of {width}; only the softmax runs{' '}
        {heads}× as often. Without the split, {heads} full-width heads would cost{' '}
        <strong>{count(cost.unsplitRatio.macs)}×</strong> as much.
      </p>
      <figcaption>
        Change the number of heads: the middle column’s weights and multiply-adds stay exactly equal to one full-width
        head, because each head is narrower by the same factor h. Change d and n to see where the work goes: projections
        grow with d², scores and mixing with n².
      </figcaption>
    </figure>
  );
}
