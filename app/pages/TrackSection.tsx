import { LessonScore } from './LessonScore';
import { Link } from 'react-router';
import type { Track } from '../course/tracks';
import { StatusMark } from '../layout/StatusMark';
import { lessonStatus, type ProgressData } from '../stores/progressModel';

/** A track on the course page: its lessons with summaries and the learner's progress in each. */
export function TrackSection({ track, progress }: { track: Track; progress: ProgressData }) {
  return (
    <section aria-labelledby={`course-${track.id}`}>
      <h2 id={`course-${track.id}`}>{track.name}</h2>
      <ol className="course-list">
        {track.lessons.map((lesson) => (
          <li key={lesson.route} className="course-item">
            <h3>
              <span className="chapter-number">Lesson {lesson.order}</span> <Link to={lesson.route}>{lesson.title}</Link>
            </h3>
            <p>{lesson.summary}</p>
            <p className="course-meta">
              <StatusMark status={lessonStatus(lesson, progress)} />
              {' · '}
              <LessonScore lesson={lesson} progress={progress} />
              {' · '}
              about {lesson.minutes} min
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
