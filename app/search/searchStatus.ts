import { RESULT_LIMITS, type FoundSection } from './results';

/** Counts a noun: "1 lesson", "3 lessons". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The line a screen reader announces as the reader types: loading, failed, nothing found, or how much was found. */
export function searchStatus(status: 'loading' | 'ready' | 'error', query: string, found: readonly FoundSection[]): string {
  if (status === 'loading') return 'Loading the search index…';
  if (status === 'error') return 'The search index could not be loaded. Check the connection and try again.';
  if (query.trim() === '') return 'Search every lesson: titles, headings, prose, formulas and quiz questions.';
  if (found.length === 0) return `No results for “${query.trim()}”.`;
  const perLesson = new Map<string, number>();
  for (const f of found) perLesson.set(f.route, (perLesson.get(f.route) ?? 0) + 1);
  const lessonCount = perLesson.size;
  const listed = lessonCount > RESULT_LIMITS.lessons || [...perLesson.values()].some((n) => n > RESULT_LIMITS.perLesson);
  return `${count(found.length, 'section')} in ${count(lessonCount, 'lesson')} match${listed ? '; the best are listed' : ''}.`;
}
