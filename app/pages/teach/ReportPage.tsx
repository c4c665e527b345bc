import './teach.css';
import { useMemo, useState } from 'react';
import { lessons } from 'virtual:lessons';
import { inCourseOrder } from '../../teach/courseOrder';
import { usePageHeading } from '../../layout/usePageHeading';
import { useProgress } from '../../stores/useProgress';
import { buildReport, cleanName, MAX_NAME_LENGTH, reportFileName, type ReportLesson } from '../../teach/report';
import { downloadText } from './download';
import { MoveProgress } from './MoveProgress';
import { useSavedAssignments } from './useSavedAssignment';

const ordered = inCourseOrder(lessons);
const STATUS_WORDS: Record<ReportLesson['status'], string> = { complete: 'Complete', visited: 'Started', 'not-started': 'Not started' };

/** A time as a date in words, or a dash when there is none. */
function dateText(iso: string | null): string {
  return iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '—';
}

/** The student's progress report: type a name, download it as a file for the instructor, or print this page. */
export default function ReportPage() {
  const heading = usePageHeading('Progress report');
  const progress = useProgress((s) => s);
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  // The clock is read when the page opens, so the printed and downloaded report agree on when it was made.
  const [now] = useState(() => Date.now());
  const saved = useSavedAssignments();
  const report = useMemo(() => buildReport(name, ordered, progress, now, saved.map((s) => s.assignment)), [name, progress, now, saved]);

  const download = () => {
    if (!cleanName(name)) {
      setError(true);
      return;
    }
    downloadText(reportFileName(report), JSON.stringify(report, null, 2), 'application/json');
  };

  return (
    <div className="teach-page report-page">
      <h1 ref={heading} tabIndex={-1}>
        Progress report{report.student ? ` for ${report.student}` : ''}
      </h1>
      <div className="no-print">
        <p className="lede">
          Your instructor can load this report, with the rest of the class’s, on their class page. It lists each lesson’s
          status, your quiz score, your exercises passed, how many tries each question took, the assignments you opened and when you completed each lesson; nothing else from this browser is in it.
        </p>
        <form
          className="report-form"
          onSubmit={(e) => {
            e.preventDefault();
            download();
          }}
        >
          <p className="field">
            <label htmlFor="student-name">Your name</label>
            <input
              id="student-name"
              type="text"
              autoComplete="name"
              maxLength={MAX_NAME_LENGTH}
              value={name}
              aria-invalid={error}
              aria-describedby={error ? 'student-name-error' : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setError(false);
              }}
            />
          </p>
          {error ? (
            <p id="student-name-error" className="field-error">
              Type your name first, so your instructor knows whose report it is.
            </p>
          ) : null}
          <p>
            <button type="submit">Download report</button> <button type="button" onClick={() => window.print()}>Print this page</button>
          </p>
        </form>
      </div>
      <p>Made on {dateText(report.generatedAt)}.</p>
      <div className="table-scroll" role="region" aria-labelledby="report-table-caption" tabIndex={0}>
        <table className="report-table">
          <caption id="report-table-caption">Each lesson’s status and quiz score</caption>
          <thead>
            <tr>
              <th scope="col">Lesson</th>
              <th scope="col">Status</th>
              <th scope="col">Quiz score</th>
              <th scope="col">Exercises passed</th>
              <th scope="col">Completed</th>
            </tr>
          </thead>
          <tbody>
            {report.lessons.map((l) => (
              <tr key={l.route}>
                <th scope="row">{l.title}</th>
                <td>{STATUS_WORDS[l.status]}</td>
                <td>
                  {l.correct} of {l.total}
                </td>
                <td>{l.exercisesTotal > 0 ? `${l.exercisesPassed} of ${l.exercisesTotal}` : '—'}</td>
                <td>{dateText(l.completedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoveProgress />
    </div>
  );
}
