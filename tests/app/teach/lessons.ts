import { checkContent } from '../../../scripts/content/checkContent';
import { splitEntry, type LessonSummary } from '../../../scripts/content/manifest';

/** The real course's lessons, read from content/ as the build reads them. */
export function courseLessons(): LessonSummary[] {
  return checkContent(process.cwd(), 'content').lessons.map((entry) => splitEntry(entry).summary);
}

/** A small made-up catalog: two chapters and a primer lesson, with known question keys. */
export const CATALOG: LessonSummary[] = [
  { track: 'chapters', slug: 'one', route: '/chapters/one', title: 'One', summary: 's', order: 0, minutes: 5, questionKeys: ['q1/a', 'q1/b'], exerciseKeys: [] },
  { track: 'chapters', slug: 'two', route: '/chapters/two', title: 'Two', summary: 's', order: 11, minutes: 5, questionKeys: ['q2/a'], exerciseKeys: [] },
  { track: 'primer', slug: 'three', route: '/primer/three', title: 'Three', summary: 's', order: 1, minutes: 5, questionKeys: ['q3/a'], exerciseKeys: [] },
];
