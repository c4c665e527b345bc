import { NavLink } from 'react-router';
import { lessons } from 'virtual:lessons';
import outline from '../../content/chapters/outline.json';
import { chapterSlots } from '../course/catalog';
import { otherTracks } from '../course/tracks';
import { lessonStatus, type ProgressData } from '../stores/progressModel';
import { useProgress } from '../stores/useProgress';
import { StatusMark } from './StatusMark';

const slots = chapterSlots(outline, lessons);
const tracks = otherTracks(lessons);

/** The eleven chapters: written ones as links with a completion mark, the rest as in preparation. */
function ChapterList({ progress }: { progress: ProgressData }) {
  return (
    <ol className="chapter-list" aria-labelledby="track-chapters">
      {slots.map((slot) => (
        <li key={slot.order}>
          <span className="chapter-number" aria-hidden="true">
            {slot.order}
          </span>
          {slot.kind === 'lesson' ? (
            <NavLink to={slot.lesson.route}>
              <span className="visually-hidden">Chapter {slot.order}: </span>
              {slot.title}
              <StatusMark status={lessonStatus(slot.lesson, progress)} compact />
            </NavLink>
          ) : (
            <span className="planned">
              <span className="visually-hidden">Chapter {slot.order}: </span>
              {slot.title} <span className="planned-tag">in preparation</span>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The course's lessons by track, each with a completion mark. */
export function Sidebar() {
  const progress = useProgress((s) => s);
  return (
    <>
      <p className="track-title" id="track-chapters">
        Chapters
      </p>
      <ChapterList progress={progress} />
      {tracks.map((track) => (
        <div key={track.id}>
          <p className="track-title" id={`track-${track.id}`}>
            {track.name}
          </p>
          <ol className="chapter-list" aria-labelledby={`track-${track.id}`}>
            {track.lessons.map((lesson) => (
              <li key={lesson.route}>
                <span className="chapter-number" aria-hidden="true">
                  {lesson.order}
                </span>
                <NavLink to={lesson.route}>
                  {lesson.title}
                  <StatusMark status={lessonStatus(lesson, progress)} compact />
                </NavLink>
              </li>
            ))}
          </ol>
        </div>
      ))}
      <p className="track-title" id="track-lab">
        The Lab
      </p>
      <ol className="chapter-list" aria-labelledby="track-lab">
        <li>
          <NavLink to="/lab">Train a tiny GPT</NavLink>
        </li>
      </ol>
    </>
  );
}
