import { useMemo } from 'react';
import { relativeStrength, similarityMatrix } from '../../../engine/similarity';
import { formatShort } from './format';

/** Props: the tokens, their vectors, and which token's row to highlight. */
export interface SimilarityGridProps {
  tokens: readonly string[];
  vectors: readonly (readonly number[])[];
  selected: number;
}

/** Every token's dot product with every token at once: the T × T grid of scores attention computes in one step. */
export default function SimilarityGrid({ tokens, vectors, selected }: SimilarityGridProps) {
  // Shape (T, T): row i holds token i's scores against every token.
  const matrix = useMemo(() => similarityMatrix(vectors), [vectors]);
  // One brightness scale for the whole grid, so rows can be compared with each other.
  const strength = useMemo(() => {
    const flat = relativeStrength(matrix.flat());
    return matrix.map((row, i) => flat.slice(i * row.length, (i + 1) * row.length));
  }, [matrix]);
  return (
    <details className="tsim-grid">
      <summary>
        Show every token’s scores at once: the full {tokens.length} × {tokens.length} grid
      </summary>
      <p className="tsim-note">
        Row = the token that looks, column = the token looked at. The grid is symmetric because a · b = b · a; the
        highlighted row is the one above.
      </p>
      <div className="tsim-scroll" role="region" aria-label="Grid of all dot products" tabIndex={0}>
        <table className="tsim-table tsim-matrix" aria-label="Dot product of each row token with each column token">
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
            {matrix.map((row, i) => (
              <tr key={i} className={i === selected ? 'tsim-row-selected' : undefined}>
                <th scope="row">{tokens[i]}</th>
                {row.map((score, j) => (
                  <td
                    key={j}
                    data-row={i}
                    data-col={j}
                    style={{ ['--tsim-strength' as string]: `${Math.round(strength[i][j] * 45)}%` }}
                  >
                    {formatShort(score)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
