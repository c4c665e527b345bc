import { useId } from 'react';

/** Props of a small numbers table: one header row, then one row per data point. */
export interface PointsTableProps {
  caption: string;
  /** Column headings; the first column holds row headers. */
  columns: readonly string[];
  /** Cell texts, one array per row, already formatted. */
  rows: readonly (readonly string[])[];
  /** Optional data-testid for the table, so tests can find one table among several. */
  testId?: string;
}

/**
 * The text alternative of a rung's picture: the numbers behind it, one row per point. On a narrow screen the table
 * scrolls sideways inside a named region that takes keyboard focus, so it can be scrolled without a mouse.
 */
export default function PointsTable({ caption, columns, rows, testId }: PointsTableProps) {
  const captionId = useId();
  // The title sits outside the scrolling box so it wraps to the screen's width instead of scrolling with the table.
  return (
    <>
      <p className="ld-table-title" id={captionId}>
        {caption}
      </p>
      <div className="ld-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="ld-table" data-testid={testId} aria-labelledby={captionId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells) => (
              <tr key={cells[0]}>
                {cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
