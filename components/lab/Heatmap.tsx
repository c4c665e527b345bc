import { formatFixed } from '../sims/training-preview/format';

/** Props: row and column labels, the weights (rows = looking, columns = looked at), and a caption. */
export interface HeatmapProps {
  labels: readonly string[];
  weights: readonly ArrayLike<number>[];
  caption: string;
  /** Text for a cell above the diagonal (a future position): "−∞" for scores, "masked" for weights. */
  maskedText?: string;
  /** Show the numbers in the cells instead of only shading. */
  showNumbers?: boolean;
}

/** A lower-triangular matrix as a table: shaded by weight, with every number readable by a screen reader. */
export function Heatmap({ labels, weights, caption, maskedText = 'masked', showNumbers = false }: HeatmapProps) {
  return (
    <div className="lab-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="lab-heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {labels.map((l, j) => <th key={j} scope="col">{l}</th>)}
          </tr>
        </thead>
        <tbody>
          {labels.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row}</th>
              {labels.map((_, j) => {
                if (j > i) return <td key={j} className="lab-masked">{showNumbers ? maskedText : <span className="visually-hidden">{maskedText}</span>}</td>;
                const w = Number(weights[i]?.[j] ?? 0);
                const value = Number.isFinite(w) ? Math.min(1, Math.max(0, w)) : 0;
                const text = formatFixed(value, 2);
                return (
                  <td key={j} style={{ background: `color-mix(in srgb, var(--accent) ${Math.round(value * 100)}%, var(--bg))` }}>
                    {showNumbers ? <span className="lab-cell-number">{text}</span> : <span className="visually-hidden">{text}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
