import { useId } from 'react';
import type { InductionRun } from '../../../engine/induction';
import { formatPercent } from './format';
import { tokenLabel } from './tokens';

/** Props: the run and the positions whose prediction is scored. */
export interface PredictionTableProps {
  run: InductionRun;
  scored: readonly number[];
  head: 'previous' | 'induction';
}

/** Per position of the second copy: where the head looked, what the model predicted and what really came next. */
export default function PredictionTable({ run, scored, head }: PredictionTableProps) {
  const titleId = useId();
  const weights = head === 'previous' ? run.previousWeights : run.inductionWeights;
  const T = run.tokens.length;
  return (
    <>
      <p className="ind-table-title" id={titleId}>
        The second copy, position by position
      </p>
      <div className="sim-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="ind-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Token</th>
              <th scope="col">Looks at</th>
              <th scope="col">Weight</th>
              <th scope="col">Predicted next (share of the copy)</th>
              <th scope="col">Actual next</th>
            </tr>
          </thead>
          <tbody>
            {scored.map((i) => {
              const row = Array.from(weights.data.subarray(i * T, (i + 1) * T));
              const key = row.indexOf(Math.max(...row));
              const predicted = run.predictions[i];
              const actual = run.tokens[i + 1];
              const right = predicted === actual;
              return (
                <tr key={i} data-position={i}>
                  <th scope="row">{i}</th>
                  <td>{tokenLabel(run.tokens[i])}</td>
                  <td data-column="looks-at">
                    {key} ({tokenLabel(run.tokens[key])})
                  </td>
                  <td data-column="weight">{formatPercent(row[key])}</td>
                  <td data-column="predicted">
                    {tokenLabel(predicted)} ({formatPercent(run.logits.data[i * run.logits.cols + predicted])})
                  </td>
                  <td data-column="actual">
                    {tokenLabel(actual)} <span className={right ? 'ind-right' : 'ind-wrong'}>{right ? 'right' : 'wrong'}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
