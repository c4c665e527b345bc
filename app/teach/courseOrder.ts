import type { LessonSummary } from '../../scripts/content/manifest';
import { otherTracks, trackName, type Track } from '../course/tracks';

/** Every track with its lessons in the order the course page shows them: the chapters first, then the other tracks. */
export function courseTracks(lessons: readonly LessonSummary[]): Track[] {
  const chapters = lessons.filter((l) => l.track === 'chapters').sort((a, b) => a.order - b.order);
  return [{ id: 'chapters', name: trackName('chapters'), lessons: chapters }, ...otherTracks(lessons)].filter((t) => t.lessons.length > 0);
}

/** Every lesson in course-page order, for reports and tables. */
export function inCourseOrder(lessons: readonly LessonSummary[]): LessonSummary[] {
  return courseTracks(lessons).flatMap((t) => t.lessons);
}
