import './teach.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { lessons } from 'virtual:lessons';
import { decodeAssignment } from '../../teach/assignmentLink';
import { assignmentsInReports } from '../../teach/classAssignment';
import { classCsvRows } from '../../teach/classCells';
import { sortRows, type SortDirection, type SortKey } from '../../teach/classSort';
import { buildClassTable } from '../../teach/classTable';
import { inCourseOrder } from '../../teach/courseOrder';
import { toCsvFile } from '../../teach/csv';
import { localDay } from '../../teach/dueStatus';
import { usePageHeading } from '../../layout/usePageHeading';
import { AssignmentPicker } from './AssignmentPicker';
import { ClassNotes } from './ClassNotes';
import { ClassTableView } from './ClassTableView';
import { downloadText } from './download';
import { ReportDrop } from './ReportDrop';
import { useSavedClass } from './useSavedClass';

const ordered = inCourseOrder(lessons);

/** For instructors: load the class's report files and see students × lessons, sortable, exportable as CSV. */
export default function ClassPage() {
  const heading = usePageHeading('Class progress');
  const [saved, update, keep] = useSavedClass();
  const [failures, setFailures] = useState<{ fileName: string; reason: string }[]>([]);
  const [summary, setSummary] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: { kind: 'student' }, direction: 'ascending' });
  const assignment = useMemo(() => (saved.link ? decodeAssignment(saved.link.slice(saved.link.indexOf('?') + 1), ordered).assignment : null), [saved.link]);
  const table = useMemo(() => buildClassTable(saved.reports, ordered, assignment, localDay(Date.now())), [saved.reports, assignment]);
  const rows = useMemo(() => sortRows(table.rows, sort.key, sort.direction), [table, sort]);
  const fromReports = useMemo(() => assignmentsInReports(saved.reports), [saved.reports]);
  const withDue = assignment?.due != null;

  // Stable, so the table (thousands of cells for a large class) is not drawn again when only a note changes.
  const onSort = useCallback(
    (key: SortKey) => setSort((s) => ({ key, direction: JSON.stringify(s.key) === JSON.stringify(key) && s.direction === 'ascending' ? 'descending' : 'ascending' })),
    [],
  );
  const clear = () => {
    update(() => ({ reports: [], link: '' }));
    setFailures([]);
    setSummary('The table is empty again, and nothing of the class is kept in this browser.');
    fileInput.current?.focus(); // the button is about to disappear with the table
  };

  return (
    <div className="teach-page class-page">
      <h1 ref={heading} tabIndex={-1}>
        Class progress
      </h1>
      <p className="lede">
        Load the progress reports your students downloaded from their <Link to="/report">report page</Link>. The files are
        read in this browser and sent nowhere. Make the assignment itself on the <Link to="/teach">assignment page</Link>.
      </p>
      <p className="self-reported">
        Reports are self-reported: each is made in the student’s own browser and could be edited before it was sent, so treat
        it as the student’s account of their progress, not as proof. For grades you can rely on, use the course’s SCORM
        packages in your LMS.
      </p>
      <ReportDrop
        inputRef={fileInput}
        onLoaded={(result, total) => {
          // A file loaded again (same name) replaces the earlier copy; reports of one student merge in the table.
          update((c) => {
            const byId = new Map(c.reports.map((r) => [r.id, r]));
            for (const r of result.reports) byId.set(r.id, r);
            return { ...c, reports: [...byId.values()] };
          });
          setFailures((prev) => [...prev, ...result.failures]);
          const bad = result.failures.length;
          setSummary(`Loaded ${result.reports.length} of ${total} files${bad ? `; ${bad} could not be used (listed below)` : ''}.`);
        }}
      />
      <p role="status">{summary}</p>
      {failures.length > 0 ? (
        <section aria-labelledby="failures-heading" className="load-failures">
          <h2 id="failures-heading">Files that could not be used</h2>
          <ul>
            {failures.map((f, i) => (
              <li key={`${f.fileName}-${i}`}>
                <strong>{f.fileName}</strong> {f.reason}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AssignmentPicker current={assignment} fromReports={fromReports} onChoose={(link) => update((c) => ({ ...c, link }))} />
      {rows.length > 0 ? (
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">Students and lessons</h2>
          <ClassNotes merged={table.merged} keep={keep} count={saved.reports.length} />
          <p>
            <button type="button" onClick={() => downloadText('class-progress.csv', toCsvFile(classCsvRows(table, rows, withDue)), 'text/csv;charset=utf-8')}>
              Download as CSV
            </button>{' '}
            <button type="button" onClick={clear}>
              Clear the class
            </button>
          </p>
          <ClassTableView table={table} rows={rows} sort={sort} onSort={onSort} withDue={withDue} />
        </section>
      ) : null}
    </div>
  );
}
