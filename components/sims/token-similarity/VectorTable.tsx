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
  const total = weights.reduce((sum, w) => sum + w, 0);
  return (
    <div className="tsim-scroll" role="region" aria-label="Token vectors, scores and weights" tabIndex={0}>
      <table className="tsim-table">
        <caption>
          Token vectors (chosen by hand), each token's dot product with “{query}”, and the weight softmax gives it
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Token</th>
            {FEATURES.map((f) => (
              <th scope="col" key={f}>
                {f}
              </th>
            ))}
            <th scope="col">
              Score <span className="tsim-nowrap">“{query}” · token</span>
            </th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token, i) => (
            <tr key={i} className={i === selected ? 'tsim-row-selected' : undefined} aria-current={i === selected ? 'true' : undefined}>
              <td>{i}</td>
              <th scope="row">{token}</th>
              {vectors[i].map((v, j) => (
                <td key={j}>{formatShort(v)}</td>
              ))}
              <td data-column="score">{formatShort(scores[i])}</td>
              <td data-column="weight">
                <span className="tsim-weight">
                  <span className="tsim-bar" aria-hidden="true" style={{ width: `${weights[i] * 3.5}rem` }} />
                  <span className="tsim-weight-number">{formatFixed(weights[i], 3)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2 + FEATURES.length + 1}>
              Sum of the weights
            </th>
            <td data-column="weight-sum">{formatFixed(total, 3)}</td>
          </tr>
          <tr className="tsim-output-row">
            <th scope="row" colSpan={2}>
              Weighted average: new “{query}”
            </th>
            {output.map((v, j) => (
              <td key={j} data-column="output">
                {formatFixed(v, 2)}
              </td>
            ))}
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
