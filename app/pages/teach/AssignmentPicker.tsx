import { useState } from 'react';
import { lessons } from 'virtual:lessons';
import type { Assignment } from '../../teach/assignmentLink';
import { readPastedLink } from '../../teach/classAssignment';
import { inCourseOrder } from '../../teach/courseOrder';
import { encodeAssignment } from '../../teach/assignmentLink';
import { dueText } from './AssignmentChecklist';

const ordered = inCourseOrder(lessons);

/** An assignment in a few words: "Week 1 (3 lessons, due 1 December 2026)". */
export function assignmentLabel(a: Assignment): string {
  const lessonsText = `${a.routes.length} ${a.routes.length === 1 ? 'lesson' : 'lessons'}`;
  return `${a.title || 'Untitled assignment'} (${lessonsText}${a.due ? `, due ${dueText(a.due)}` : ''})`;
}

/** Ties the class table to an assignment: paste its link, or pick one the reports name; or show every lesson. */
export function AssignmentPicker({
  current,
  fromReports,
  onChoose,
}: {
  current: Assignment | null;
  fromReports: { assignment: Assignment; students: number }[];
  onChoose: (link: string) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const use = () => {
    const result = readPastedLink(text, ordered);
    if (!result.ok) return setError(result.reason);
    setError('');
    setText('');
    onChoose(result.link);
  };
  return (
    <section aria-labelledby="picker-heading" className="assignment-picker">
      <h2 id="picker-heading">Assignment</h2>
      <p role="status">{current ? `The table shows ${assignmentLabel(current)}.` : 'The table shows every lesson the reports name.'}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          use();
        }}
      >
        <p className="field">
          <label htmlFor="assignment-link">Assignment link</label>
          <input
            id="assignment-link"
            type="text"
            value={text}
            aria-invalid={error !== ''}
            aria-describedby={error ? 'assignment-link-error' : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </p>
        {error ? (
          <p id="assignment-link-error" className="field-error">
            {error}
          </p>
        ) : null}
        <p>
          <button type="submit">Show this assignment</button>{' '}
          {current ? (
            <button type="button" onClick={() => onChoose('')}>
              Show all lessons
            </button>
          ) : null}
        </p>
      </form>
      {fromReports.length > 0 ? (
        <>
          <p>Assignments the reports name:</p>
          <ul>
            {fromReports.map(({ assignment, students }, i) => (
              <li key={i}>
                <button type="button" onClick={() => onChoose(encodeAssignment(assignment, ordered))}>
                  Show {assignmentLabel(assignment)}
                </button>{' '}
                <span className="teach-link-meta">
                  named by {students} {students === 1 ? 'report' : 'reports'}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
