import { useId, useState, type ReactNode } from 'react';
import { formatFixed } from '../forward-pass/shared/format';

/** Props: a name for the cells' data attributes, a caption, row and column names, and the rows of numbers. */
export interface TraceTableProps {
  name: string;
  caption: ReactNode;
  rowLabels: readonly string[];
  /** Column names; d0, d1, … when left out. */
  colLabels?: readonly string[];
  values: readonly ArrayLike<number>[];
  format?: (value: number) => string;
  /** How many columns show before "Show all" (every column when there are no more than this). */
  preview?: number;
}

/**
 * A traced matrix as a real table with row and column headers. A wide one (a 128-wide stream, a 512-wide MLP)
 * first shows its leading columns, and one button shows all of them; the table scrolls sideways in a focusable box,
 * so every number stays reachable by keyboard. Each cell keeps its exact value in data-value.
 */
export default function TraceTable({ name, caption, rowLabels, colLabels, values, format = (v) => formatFixed(v), preview = 8 }: TraceTableProps) {
  const id = useId();
  const [all, setAll] = useState(false);
  const cols = values[0]?.length ?? 0;
  const shown = all || cols <= preview ? cols : preview;
  const label = (j: number) => colLabels?.[j] ?? `d${j}`;
  return (
    <div className="tm-matrix">
      {/* The title sits outside the scrolling box, so a narrow screen never cuts it off. */}
      <p className="tm-title" id={`${id}-title`}>
        {caption}
        {shown < cols && <span className="tm-count"> (first {shown} of {cols} columns)</span>}
      </p>
      <div className="sim-scroll tm-scroll" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <table className="tm-table" data-stage={name} aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <td />
              {Array.from({ length: shown }, (_, j) => <th key={j} scope="col">{label(j)}</th>)}
            </tr>
          </thead>
          <tbody>
            {values.map((row, i) => (
              <tr key={i}>
                <th scope="row">{rowLabels[i]}</th>
                {Array.from({ length: shown }, (_, j) => (
                  <td key={j} data-cell={`${name}-${i}-${j}`} data-value={row[j]}>{format(row[j])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cols > preview && (
        <button type="button" className="tm-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${preview} columns` : `Show all ${cols} columns`}
        </button>
      )}
    </div>
  );
}
