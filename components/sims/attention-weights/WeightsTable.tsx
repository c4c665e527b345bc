import { useId } from 'react';
import type { SingleQueryAttention } from '../../../engine/singleQuery';
import { formatFixed, formatVector } from './format';

/** Props: the tokens, their keys and values, the query's name, and every stage the engine computed. */
export interface WeightsTableProps {
  tokens: readonly string[];
  keys: readonly (readonly number[])[];
  values: readonly (readonly number[])[];
  queryToken: string;
  attention: SingleQueryAttention;
}

/** Every stage for the selected query: key, score, scaled score, weight; then the weights' sum and the output. */
export default function WeightsTable({ tokens, keys, values, queryToken, attention }: WeightsTableProps) {
  const { rawScores, scaledScores, weights, weightSum, output } = attention;
  const titleId = useId();
  return (
    <>
      <p className="aw-table-title" id={titleId}>
        What “{queryToken}” computes: score q · k, divided by √2, then softmax
      </p>
      <div className="aw-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="aw-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Key token</th>
              <th scope="col">Weight</th>
              <th scope="col">q · k</th>
              <th scope="col">÷ √2</th>
              <th scope="col">k</th>
              <th scope="col">v</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token, j) => (
              <tr key={token}>
                <th scope="row">{token}</th>
                <td data-column="weight">
                  <span className="aw-weight">
                    <span className="aw-bar" aria-hidden="true" style={{ width: `${weights[j] * 3}rem` }} />
                    {formatFixed(weights[j], 3)}
                  </span>
                </td>
                <td data-column="score">{formatFixed(rawScores[j], 2)}</td>
                <td data-column="scaled">{formatFixed(scaledScores[j], 3)}</td>
                <td>{formatVector(keys[j], 1)}</td>
                <td>{formatVector(values[j], 1)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Sum</th>
              <td data-column="weight-sum">{formatFixed(weightSum, 3)}</td>
              <td colSpan={4} />
            </tr>
            <tr>
              <th scope="row">Output Σ w·v</th>
              <td data-column="output" colSpan={5}>
                {formatVector(output, 3)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
