import './teach.css';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { lessons } from 'virtual:lessons';
import type { Track } from '../../course/tracks';
import { usePageHeading } from '../../layout/usePageHeading';
import { courseTracks, inCourseOrder } from '../../teach/courseOrder';
import { cleanTitle, encodeAssignment, isValidDate, MAX_TITLE_LENGTH } from '../../teach/assignmentLink';
import { CopyLink } from './CopyLink';

/** Every track with its lessons, the chapters first. */
const tracks = courseTracks(lessons);
const ordered = inCourseOrder(lessons);

/** One track's lessons as checkboxes, with a button that selects (or clears) the whole track. */
function TrackPicker({ track, picked, onChange }: { track: Track; picked: Set<string>; onChange: (routes: string[], on: boolean) => void }) {
  const all = track.lessons.every((l) => picked.has(l.route));
  return (
    <fieldset className="teach-track">
      <legend>{track.name}</legend>
      <button type="button" onClick={() => onChange(track.lessons.map((l) => l.route), !all)}>
        {all ? `Clear ${track.name.toLowerCase()}` : `Select all: ${track.name.toLowerCase()}`}
      </button>
      <ul>
        {track.lessons.map((lesson) => (
          <li key={lesson.route}>
            <label>
              <input type="checkbox" checked={picked.has(lesson.route)} onChange={(e) => onChange([lesson.route], e.target.checked)} />
              <span>
                <span className="teach-lesson-label">{lesson.track === 'chapters' ? `Chapter ${lesson.order}` : `Lesson ${lesson.order}`}:</span>{' '}
                {lesson.title}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** For instructors: pick lessons, add a title and due date, and get a link to share with the class. */
export default function TeachPage() {
  const heading = usePageHeading('Make an assignment');
  const [picked, setPicked] = useState<Set<string>>(() => new Set());
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const change = (routes: string[], on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      for (const r of routes) if (on) next.add(r);
      else next.delete(r);
      return next;
    });
  const link = useMemo(() => {
    if (picked.size === 0) return null;
    return window.location.origin + encodeAssignment({ routes: [...picked], title: cleanTitle(title), due: isValidDate(due) ? due : null }, ordered);
  }, [picked, title, due]);

  return (
    <div className="teach-page">
      <h1 ref={heading} tabIndex={-1}>
        Make an assignment
      </h1>
      <p className="lede">
        Pick the lessons your class should do. Students who open the link see those lessons as a checklist with their own
        progress. Nothing is sent anywhere: the whole assignment is in the link. When they are done, ask them for their{' '}
        <Link to="/report">progress report</Link> and load the reports on the <Link to="/teach/class">class page</Link>.
      </p>
      <form className="teach-form" onSubmit={(e) => e.preventDefault()}>
        {tracks.map((track) => (
          <TrackPicker key={track.id} track={track} picked={picked} onChange={change} />
        ))}
        <p className="field">
          <label htmlFor="assignment-title">Title (optional)</label>
          <input id="assignment-title" type="text" maxLength={MAX_TITLE_LENGTH} value={title} onChange={(e) => setTitle(e.target.value)} />
        </p>
        <p className="field">
          <label htmlFor="assignment-due">Due date (optional)</label>
          <input id="assignment-due" type="date" min="2000-01-01" max="2200-12-31" value={due} onChange={(e) => setDue(e.target.value)} />
        </p>
      </form>
      <section aria-labelledby="share-heading" className="teach-share">
        <h2 id="share-heading">Link to share</h2>
        {link ? (
          <CopyLink link={link} count={picked.size} />
        ) : (
          <p>Pick at least one lesson to get a link.</p>
        )}
      </section>
    </div>
  );
}
