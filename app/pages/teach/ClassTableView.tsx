import { memo } from 'react';
import { attemptText, cellText, exerciseText } from '../../teach/classCells';
import type { SortDirection, SortKey } from '../../teach/classSort';
import type { ClassRow, ClassTable } from '../../teach/classTable';
import { DUE_WORDS } from '../../teach/dueStatus';
import type { ReportLesson } from '../../teach/report';

/** The column a sort key names, for comparing with the current sort. */
const keyId = (key: SortKey) => (key.kind === 'lesson' ? `lesson:${key.route}` : key.kind);

/** A column header whose button sorts by it; `aria-sort` says which column is sorted and which way. */
function SortHeader({ label, sortKey, sort, onSort }: { label: string; sortKey: SortKey; sort: { key: SortKey; direction: SortDirection }; onSort: (key: SortKey) => void }) {
  const active = keyId(sort.key) === keyId(sortKey);
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** One cell: status and score, then exercises passed and tries on their own lines when there are any. */
function CellLines({ cell }: { cell: ReportLesson | undefined }) {
  const more = cell ? [exerciseText(cell), attemptText(cell)].filter((t): t is string => t !== null) : [];
  return (
    <>
      {cellText(cell)}
      {/* One element for the details, and a space before it so a screen reader does not run the words together:
          a class of hundreds has thousands of cells. */}
      {more.length > 0 ? <span className="cell-detail"> {more.join(' · ')}</span> : null}
    </>
  );
}

/** Students × lessons: each cell says status and quiz score in words; the table scrolls inside its own box. */
export const ClassTableView = memo(function ClassTableView({
  table,
  rows,
  sort,
  onSort,
  withDue,
}: {
  withDue: boolean;
  table: ClassTable;
  rows: ClassRow[];
  sort: { key: SortKey; direction: SortDirection };
  onSort: (key: SortKey) => void;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="class-table-caption" tabIndex={0}>
      <table className="class-table">
        <caption id="class-table-caption">
          {rows.length} {rows.length === 1 ? 'student' : 'students'} × {table.columns.length} lessons: status, quiz score, exercises and tries
        </caption>
        <thead>
          <tr>
            <SortHeader label="Student" sortKey={{ kind: 'student' }} sort={sort} onSort={onSort} />
            <SortHeader label="Lessons complete" sortKey={{ kind: 'complete' }} sort={sort} onSort={onSort} />
            {withDue ? <th scope="col">Due</th> : null}
            {table.columns.map((c) => (
              <SortHeader key={c.route} label={c.title} sortKey={{ kind: 'lesson', route: c.route }} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.student}
                <span className="class-file">{row.id}</span>
              </th>
              <td>
                {row.complete} of {table.columns.length}
              </td>
              {withDue ? <td className={row.due === 'overdue' || row.due === 'done-late' ? 'cell-late' : undefined}>{DUE_WORDS[row.due]}</td> : null}
              {table.columns.map((c) => {
                const cell = row.cells.get(c.route);
                return (
                  <td key={c.route} className={cell?.status === 'complete' ? 'cell-complete' : undefined}>
                    <CellLines cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
