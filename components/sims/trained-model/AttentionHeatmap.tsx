import { useId, type ReactNode } from 'react';
import { formatFixed } from '../forward-pass/shared/format';

/** Props: the tokens (rows look, columns are looked at), a T × T matrix, what it holds, and a caption. */
export interface AttentionHeatmapProps {
  name: string;
  labels: readonly string[];
  matrix: readonly ArrayLike<number>[];
  /** Weights are shaded by size; scores are shown as numbers, −∞ where the mask hides a key. */
  kind: 'weights' | 'scores';
  caption: ReactNode;
}

/** One head's attention matrix as a table heatmap: each cell shows its number and, for weights, a shade as strong. */
export default function AttentionHeatmap({ name, labels, matrix, kind, caption }: AttentionHeatmapProps) {
  const id = useId();
  return (
    <div className="tm-matrix">
      <p className="tm-title" id={id}>{caption}</p>
      <div className="sim-scroll tm-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="tm-table tm-heatmap" data-stage={name} aria-labelledby={id}>
          <thead>
            <tr>
              <td />
              {labels.map((l, j) => <th key={j} scope="col">{l}</th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, i) => (
              <tr key={i}>
                <th scope="row">{labels[i]}</th>
                {labels.map((_, j) => {
                  const v = row[j];
                  const hidden = kind === 'weights' ? j > i : v === -Infinity;
                  return (
                    <td
                      key={j}
                      data-cell={`${name}-${i}-${j}`}
                      data-value={v}
                      className={hidden ? 'tm-masked' : undefined}
                      // At most 45% accent, so the number stays readable on the darkest shade in both themes.
                      style={kind === 'weights' && !hidden ? { ['--tm-heat' as string]: `${Math.round(v * 45)}%` } : undefined}
                    >
                      {v === -Infinity ? '−∞' : kind === 'weights' && hidden ? <span className="visually-hidden">masked</span> : formatFixed(v, 2)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
