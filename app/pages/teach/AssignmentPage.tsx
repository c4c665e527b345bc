import './teach.css';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { lessons } from 'virtual:lessons';
import { usePageHeading } from '../../layout/usePageHeading';
import { inCourseOrder } from '../../teach/courseOrder';
import { decodeAssignment, MAX_QUERY_LENGTH, MAX_TITLE_LENGTH, type LinkProblem } from '../../teach/assignmentLink';
import { AssignmentChecklist } from './AssignmentChecklist';
import { sameAssignment } from '../../teach/savedAssignment';
import { dismissAssignment, saveAssignment, useSavedAssignments } from './useSavedAssignment';

/** Each problem with a link in words: what happened and what the student can do. */
function problemText(problem: LinkProblem, dropped: number): string {
  switch (problem) {
    case 'oversized':
      return `This assignment link is longer than ${MAX_QUERY_LENGTH.toLocaleString('en')} characters, far more than a real one, so it was not opened. Ask your instructor to send it again.`;
    case 'no-lessons':
      return 'This assignment link names no lesson of this course, so there is nothing to show. Ask your instructor to send it again.';
    case 'dropped-entries':
      return `${dropped === 1 ? 'One entry' : `${dropped} entries`} of this link did not name a lesson of this course and ${dropped === 1 ? 'was' : 'were'} left out.`;
    case 'title-cut':
      return `The assignment's title was longer than ${MAX_TITLE_LENGTH} characters and has been shortened.`;
    case 'bad-date':
      return 'The due date in this link is not a real date, so no due date is shown.';
  }
}

/** Opens an assignment link: checks it, remembers the assignment, and shows it as a checklist with the student's progress. */
export default function AssignmentPage() {
  const { search } = useLocation();
  const decoded = useMemo(() => decodeAssignment(search.replace(/^\?/, ''), inCourseOrder(lessons)), [search]);
  const savedList = useSavedAssignments();
  const saved = decoded.assignment ? savedList.find((s) => sameAssignment(s.assignment, decoded.assignment!)) : undefined;
  const [notices, setNotices] = useState(decoded.problems);
  const heading = usePageHeading(decoded.assignment?.title || 'Assignment');
  useEffect(() => {
    setNotices(decoded.problems);
    if (decoded.assignment) saveAssignment(decoded.assignment);
  }, [decoded]);

  return (
    <div className="teach-page assignment-page">
      {notices.length > 0 ? (
        <div role="status" className="notices">
          {notices.map((problem) => (
            <div key={problem} className="notice">
              <p>{problemText(problem, decoded.dropped)}</p>
              <button type="button" onClick={() => setNotices((n) => n.filter((p) => p !== problem))}>
                Dismiss
              </button>
            </div>
          ))}
        </div>
      ) : null}
      {decoded.assignment ? (
        <>
          <AssignmentChecklist assignment={decoded.assignment} headingLevel={1} headingRef={heading} />
          <p>
            {saved?.dismissed
              ? 'You have put this assignment away; the course page will not show it until you open its link again.'
              : 'The course page keeps showing this checklist until you dismiss it.'}{' '}
            {saved && !saved.dismissed ? (
              <button type="button" onClick={() => dismissAssignment(saved.assignment)}>
                Dismiss the assignment
              </button>
            ) : null}
          </p>
        </>
      ) : (
        <h1 ref={heading} tabIndex={-1}>
          This assignment link could not be opened
        </h1>
      )}
      <p>
        <Link to="/">Go to the course page</Link> · <Link to="/report">Download a progress report for your instructor</Link>
      </p>
    </div>
  );
}
