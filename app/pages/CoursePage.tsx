import { LessonScore } from './LessonScore';
import { Link } from 'react-router';
import { lessons } from 'virtual:lessons';
import outline from '../../content/chapters/outline.json';
import { chapterSlots } from '../course/catalog';
import { otherTracks } from '../course/tracks';
import { usePageHeading } from '../layout/usePageHeading';
import { StatusMark } from '../layout/StatusMark';
import { lessonStatus } from '../stores/progressModel';
import { useProgress } from '../stores/useProgress';
import { ResetProgress } from './ResetProgress';
import { SavedAssignmentPanel, TeachLinks } from './teach/CourseTeachLinks';
import { TrackSection } from './TrackSection';

const slots = chapterSlots(outline, lessons);
const tracks = otherTracks(lessons);

/** "Continue where you left off", or where to start when nothing has been opened yet. */
function ContinueLink() {
  const last = useProgress((s) => s.lastLesson);
  const lesson = lessons.find((l) => l.route === last);
  const first = slots.find((s) => s.kind === 'lesson');
  if (lesson) {
    return (
      <p className="continue">
        Continue where you left off: <Link to={lesson.route}>{lesson.title}</Link>
      </p>
    );
  }
  if (!first || first.kind !== 'lesson') return null;
  return (
    <p className="continue">
      Start with chapter {first.order}: <Link to={first.lesson.route}>{first.title}</Link>
    </p>
  );
}

/** The course page: every chapter slot with its summary and the learner's progress. */
export default function CoursePage() {
  const heading = usePageHeading(null);
  const progress = useProgress((s) => s);
  return (
    <div className="course-page">
      <h1 ref={heading} tabIndex={-1}>
        Transformer From Scratch
      </h1>
      <p className="lede">
        Build a GPT-style transformer one idea at a time, from a dot product to attention heads, with simulations you can
        poke and quizzes that check your understanding.
      </p>
      <ContinueLink />
      <SavedAssignmentPanel />
      <h2>Chapters</h2>
      <ol className="course-list">
        {slots.map((slot) => (
          <li key={slot.order} className={slot.kind === 'lesson' ? 'course-item' : 'course-item planned'}>
            <h3>
              <span className="chapter-number">Chapter {slot.order}</span>{' '}
              {slot.kind === 'lesson' ? <Link to={slot.lesson.route}>{slot.title}</Link> : slot.title}
            </h3>
            <p>{slot.summary}</p>
            {slot.kind === 'lesson' ? (
              <p className="course-meta">
                <StatusMark status={lessonStatus(slot.lesson, progress)} />
                {' · '}
                <LessonScore lesson={slot.lesson} progress={progress} />
                {' · '}
                about {slot.lesson.minutes} min
              </p>
            ) : (
              <p className="course-meta">In preparation</p>
            )}
          </li>
        ))}
      </ol>
      {tracks.map((track) => (
        <TrackSection key={track.id} track={track} progress={progress} />
      ))}
      <section aria-labelledby="lab-heading" className="course-lab">
        <h2 id="lab-heading">The Lab</h2>
        <p>
          Train a real miniature GPT on first names, live in your browser, and watch its attention heads learn:{' '}
          <Link to="/lab">open the Lab</Link>.
        </p>
      </section>
      <TeachLinks />
      <ResetProgress />
    </div>
  );
}
