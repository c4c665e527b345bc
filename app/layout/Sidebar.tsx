import { NavLink } from 'react-router';
import { lessons } from 'virtual:lessons';
import outline from '../../content/chapters/outline.json';
import { chapterSlots } from '../course/catalog';
import { lessonStatus } from '../stores/progressModel';
import { useProgress } from '../stores/useProgress';
import { StatusMark } from './StatusMark';

const slots = chapterSlots(outline, lessons);

/** The list of chapters, with a completion mark on each written one. */
export function Sidebar() {
  const progress = useProgress((s) => s);
  return (
    <ol className="chapter-list">
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
