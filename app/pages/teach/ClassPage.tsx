import './teach.css';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { lessons } from 'virtual:lessons';
import { inCourseOrder } from '../../teach/courseOrder';
import { usePageHeading } from '../../layout/usePageHeading';
import { buildClassTable, classCsvRows, sortRows, type SortDirection, type SortKey } from '../../teach/classTable';
import { toCsv } from '../../teach/csv';
import type { ProgressReport } from '../../teach/report';
import { ClassTableView } from './ClassTableView';
import { downloadText } from './download';
import { loadReportFiles } from './loadReports';

const ordered = inCourseOrder(lessons);
type Loaded = { id: string; report: ProgressReport };

/** For instructors: load the class's report files and see students × lessons, sortable, exportable as CSV. */
export default function ClassPage() {
  const heading = usePageHeading('Class progress');
  const [reports, setReports] = useState<Loaded[]>([]);
  const [failures, setFailures] = useState<{ fileName: string; reason: string }[]>([]);
  const [loading, setLoading] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: { kind: 'student' }, direction: 'ascending' });
  const table = useMemo(() => buildClassTable(reports, ordered), [reports]);
  const rows = useMemo(() => sortRows(table.rows, sort.key, sort.direction), [table, sort]);

  const load = async (files: File[]) => {
    if (files.length === 0 || loading) return;
    setLoading({ done: 0, total: files.length });
    const result = await loadReportFiles(files, (done) => setLoading({ done, total: files.length }));
    // A file loaded again (same name) replaces the earlier copy rather than adding the student twice.
    setReports((prev) => {
      const byId = new Map(prev.map((r) => [r.id, r]));
      for (const r of result.reports) byId.set(r.id, r);
      return [...byId.values()];
    });
    setFailures((prev) => [...prev, ...result.failures]);
    setLoading(null);
    const bad = result.failures.length;
    setSummary(`Loaded ${result.reports.length} of ${files.length} files${bad ? `; ${bad} could not be used (listed below)` : ''}.`);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void load([...e.dataTransfer.files]);
  };
  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, direction: JSON.stringify(s.key) === JSON.stringify(key) && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <div className="teach-page class-page">
      <h1 ref={heading} tabIndex={-1}>
        Class progress
      </h1>
      <p className="lede">
        Load the progress reports your students downloaded from their <Link to="/report">report page</Link>. The files are
        read in this browser and sent nowhere. Make the assignment itself on the <Link to="/teach">assignment page</Link>.
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop report files here, or choose them:</p>
        <p className="field">
          <label htmlFor="report-files">Report files (.json, up to 1 MB each)</label>
          <input
            ref={fileInput}
            id="report-files"
            type="file"
            multiple
            accept=".json,application/json"
            disabled={loading !== null}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void load(files);
            }}
          />
        </p>
      </div>
      {loading ? (
        <p className="field">
          <label htmlFor="load-progress">
            Loading reports: {loading.done} of {loading.total}
          </label>
          <progress id="load-progress" max={loading.total} value={loading.done} />
        </p>
      ) : null}
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
      {rows.length > 0 ? (
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">Students and lessons</h2>
          <p>
            <button type="button" onClick={() => downloadText('class-progress.csv', toCsv(classCsvRows(table, rows)), 'text/csv')}>
              Download as CSV
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setReports([]);
                setFailures([]);
                setSummary('The table is empty again.');
                fileInput.current?.focus(); // the button is about to disappear with the table

              }}
            >
              Clear the table
            </button>
          </p>
          <ClassTableView table={table} rows={rows} sort={sort} onSort={onSort} />
        </section>
      ) : null}
    </div>
  );
}
