import type { ReactNode } from 'react';
import type { Stage } from '../../../../engine/forwardPass/provenance';
import { colName, rowName, STAGE_LABELS } from './names';

/** The frame shared by weight and value tables: a caption, column names, and a row name before each row. */
export default function MatrixTable({
  stage,
  rows,
  cols,
  caption,
  renderCell,
}: {
  stage: Stage;
  rows: number;
  cols: number;
  caption?: ReactNode;
  renderCell: (row: number, col: number) => ReactNode;
}) {
  return (
    <div className="fp-scroll">
      <table className="fp-table" data-stage={stage}>
        <caption>{caption ?? STAGE_LABELS[stage]}</caption>
        <thead>
          <tr>
            <td />
            {Array.from({ length: cols }, (_, j) => (
              <th key={j} scope="col">
                {colName(stage, j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => (
            <tr key={i}>
              <th scope="row">{rowName(stage, i)}</th>
              {Array.from({ length: cols }, (_, j) => renderCell(i, j))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
