import type { LessonSummary } from '../../scripts/content/manifest';

/** One planned chapter from the outline. */
export interface OutlineItem {
  order: number;
  title: string;
  summary: string;
}

/** A chapter slot on the course page: a written lesson, or a planned one still in preparation. */
export type ChapterSlot =
  | { kind: 'lesson'; order: number; title: string; summary: string; lesson: LessonSummary }
  | { kind: 'planned'; order: number; title: string; summary: string };

/** Merges the outline with the lessons that exist; a lesson file wins over its outline entry. */
export function chapterSlots(outline: readonly OutlineItem[], lessons: readonly LessonSummary[]): ChapterSlot[] {
  const chapters = lessons.filter((l) => l.track === 'chapters');
  const orders = new Set([...outline.map((o) => o.order), ...chapters.map((l) => l.order)]);
  return [...orders]
    .sort((a, b) => a - b)
    .map((order): ChapterSlot => {
      const lesson = chapters.find((l) => l.order === order);
      if (lesson) return { kind: 'lesson', order, title: lesson.title, summary: lesson.summary, lesson };
      const planned = outline.find((o) => o.order === order)!;
      return { kind: 'planned', order, title: planned.title, summary: planned.summary };
    });
}

/** The lessons before and after a lesson in its track, for the links at the foot of the page. */
export function neighbours(lessons: readonly LessonSummary[], route: string): { previous?: LessonSummary; next?: LessonSummary } {
  const current = lessons.find((l) => l.route === route);
  if (!current) return {};
  const track = lessons.filter((l) => l.track === current.track);
  const i = track.indexOf(current);
  return { previous: track[i - 1], next: track[i + 1] };
}
