import { useId } from 'react';
import { formatFixed } from '../causal-mask/format';

/** Props: the two token lists, the cross-attention weights (decoder rows × source columns), the highlighted row. */
export interface CrossTableProps {
  source: readonly string[];
  decoder: readonly string[];
  weights: readonly (readonly number[])[];
  selected: number;
}

/** The cross-attention weights as a table: the text alternative of the diagram, and the whole matrix at once. */
export default function CrossTable({ source, decoder, weights, selected }: CrossTableProps) {
  const titleId = useId();
  return (
    <>
      <p className="xattn-title" id={titleId}>
        Cross-attention weights: row = decoder token (query), column = encoder word (key)
      </p>
      <div className="xattn-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="xattn-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Decoder token</span>
              </th>
              {source.map((word) => (
                <th scope="col" key={word}>
                  {word}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {decoder.map((token, i) => (
              <tr key={i} className={i === selected ? 'xattn-row-selected' : undefined} aria-current={i === selected ? 'true' : undefined}>
                <th scope="row">{token}</th>
                {source.map((_, j) => (
                  <td key={j} data-cell={`${i}-${j}`}>
                    {formatFixed(weights[i][j], 3)}
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
