import type { Ref } from 'react';
import { Link } from 'react-router';
import { lessons } from 'virtual:lessons';
import { StatusMark } from '../../layout/StatusMark';
import { lessonLabel } from '../../course/tracks';
import { lessonStatus } from '../../stores/progressModel';
import { useProgress } from '../../stores/useProgress';
import type { Assignment } from '../../teach/assignmentLink';
import { dueStatus, localDay } from '../../teach/dueStatus';

/** A due date (`YYYY-MM-DD`) in words, the same day wherever the student is. */
export function dueText(due: string): string {
  return new Date(`${due}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
}

/** An assignment's lessons as a checklist with the student's own progress, each linking to its lesson. */
export function AssignmentChecklist({
  assignment,
  headingLevel = 2,
  headingRef,
  headingId = 'assignment-heading',
  onDismiss,
}: {
  assignment: Assignment;
  headingLevel?: 1 | 2;
  headingRef?: Ref<HTMLHeadingElement>;
  headingId?: string;
  onDismiss?: () => void;
}) {
  const progress = useProgress((s) => s);
  const items = assignment.routes.flatMap((route) => lessons.filter((l) => l.route === route));
  const done = items.filter((l) => lessonStatus(l, progress) === 'complete').length;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const overdue = done < items.length && dueStatus(assignment.due, localDay(Date.now()), null) === 'overdue';
  return (
    <section className="assignment" aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={-1}>
        {assignment.title ? `Assignment: ${assignment.title}` : 'Your assignment'}
      </Heading>
      <p className="assignment-meta">
        {done} of {items.length} lessons complete{assignment.due ? ` · due ${dueText(assignment.due)}` : ''}
        {overdue ? <strong className="overdue"> · overdue</strong> : null}
      </p>
      <ul className="assignment-list">
        {items.map((lesson) => (
          <li key={lesson.route}>
            <StatusMark status={lessonStatus(lesson, progress)} />{' '}
            <span className="assignment-label">{lessonLabel(lesson)}:</span> <Link to={lesson.route}>{lesson.title}</Link>
          </li>
        ))}
      </ul>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          Dismiss the assignment
        </button>
      ) : null}
    </section>
  );
}
