import './teach.css';
import { Link } from 'react-router';
import { AssignmentChecklist } from './AssignmentChecklist';
import { dismissAssignment, useSavedAssignment } from './useSavedAssignment';

/** On the course page: the assignment a student opened, until they dismiss it. */
export function SavedAssignmentPanel() {
  const saved = useSavedAssignment();
  if (!saved || saved.dismissed) return null;
  return <AssignmentChecklist assignment={saved.assignment} onDismiss={() => dismissAssignment(saved)} />;
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
