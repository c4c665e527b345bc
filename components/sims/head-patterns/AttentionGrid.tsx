import { useId } from 'react';
import { formatFixed } from '../attention-weights/format';

/** Props: the tokens (rows are queries, columns keys) and the weight matrix as rows. */
export interface AttentionGridProps {
  tokens: readonly string[];
  weights: readonly (readonly number[])[];
  title: string;
}

/** An attention matrix as a table: each cell shows its weight and is shaded in proportion to it. */
export default function AttentionGrid({ tokens, weights, title }: AttentionGridProps) {
  const titleId = useId();
  return (
    <>
      <p className="hp-grid-title" id={titleId}>
        {title}. Rows: the token looking; columns: the token looked at; blank cells are hidden by the causal mask.
      </p>
      <div className="hp-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="hp-grid" aria-labelledby={titleId}>
          <thead>
            <tr>
              <td />
              {tokens.map((t, j) => (
                <th scope="col" key={j}>
                  {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weights.map((row, i) => (
              <tr key={i}>
                <th scope="row">{tokens[i]}</th>
                {row.map((w, j) => (
                  <td
                    key={j}
                    data-cell={`${i}-${j}`}
                    className={j > i ? 'hp-masked' : undefined}
                    // At most 45% accent so the number stays readable on its darkest shade in both themes.
                    style={{ ['--hp-strength' as string]: `${Math.round(w * 45)}%` }}
                  >
                    {j > i ? '' : formatFixed(w, 2)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
