import './teach.css';
import { Link } from 'react-router';
import { AssignmentChecklist } from './AssignmentChecklist';
import { dismissAssignment, useSavedAssignments } from './useSavedAssignment';

/** On the course page: each assignment a student opened, until they dismiss it. */
export function SavedAssignmentPanel() {
  const shown = useSavedAssignments().filter((s) => !s.dismissed);
  return (
    <>
      {shown.map((s, i) => (
        <AssignmentChecklist key={i} assignment={s.assignment} headingId={`assignment-heading-${i}`} onDismiss={() => dismissAssignment(s.assignment)} />
      ))}
    </>
  );
}

/** On the course page: where the progress report and the teaching tools live. */
export function TeachLinks() {
  return (
    <section aria-labelledby="teach-links-heading" className="course-teach">
      <h2 id="teach-links-heading">Reports and classes</h2>
      <ul>
        <li>
          <Link to="/report">Your progress report</Link>: download it for your instructor, print it, or move your progress to
          another device.
        </li>
        <li>
          <Link to="/teach">For instructors</Link>: make an assignment link, then{' '}
          <Link to="/teach/class">see a class’s progress</Link> from their reports.
        </li>
      </ul>
    </section>
  );
}
