import { useId } from 'react';
import { formatFixed, formatShort } from './format';
import { FEATURES } from './tokenVectors';

/** Props: the tokens and their vectors, which one is selected, and what attention computed from it. */
export interface VectorTableProps {
  tokens: readonly string[];
  vectors: readonly (readonly number[])[];
  selected: number;
  scores: readonly number[];
  weights: readonly number[];
  output: readonly number[];
}

/** The token vectors the page uses, each token's score and weight for the selected token, and their weighted average. */
export default function VectorTable({ tokens, vectors, selected, scores, weights, output }: VectorTableProps) {
  const query = tokens[selected];
  const titleId = useId();
  const total = weights.reduce((sum, w) => sum + w, 0);
  return (
    <>
      {/* The title sits outside the scrolling box so a narrow screen never cuts it off. */}
      <p className="tsim-table-title" id={titleId}>
        Token vectors (chosen by hand), scores and weights for “{query}”
      </p>
      <div className="tsim-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="tsim-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Token</th>
              <th scope="col">
                Score <span className="tsim-sub">“{query}” · token</span>
              </th>
              <th scope="col">Weight</th>
              {FEATURES.map((f) => (
                <th scope="col" key={f}>
                  {f}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tokens.map((token, i) => (
              <tr key={i} className={i === selected ? 'tsim-row-selected' : undefined} aria-current={i === selected ? 'true' : undefined}>
                <td>{i}</td>
                <th scope="row">{token}</th>
                <td data-column="score">{formatShort(scores[i])}</td>
                <td data-column="weight">
                  <span className="tsim-weight">
                    <span className="tsim-bar" aria-hidden="true" style={{ width: `${weights[i] * 2.5}rem` }} />
                    <span className="tsim-weight-number">{formatFixed(weights[i], 3)}</span>
                  </span>
                </td>
                {vectors[i].map((v, j) => (
                  <td key={j}>{formatShort(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Sum of the weights
              </th>
              <td data-column="weight-sum">{formatFixed(total, 3)}</td>
              <td colSpan={FEATURES.length} />
            </tr>
            <tr className="tsim-output-row">
              <th scope="row" colSpan={4}>
                New “{query}” = Σ weight × vector
              </th>
              {output.map((v, j) => (
                <td key={j} data-column="output">
                  {formatFixed(v, 2)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
