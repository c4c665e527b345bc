import type { LessonSummary } from '../../scripts/content/manifest';

/** One-letter codes of the known tracks; they keep assignment links short and must never change once shared. */
const TRACK_CODES: Record<string, string> = { chapters: 'c', primer: 'p', 'forward-pass': 'f', ladder: 'l', lab: 'b' };

/**
 * Entries of an assignment link: a track prefix (a letter, or a track id and `_`), then either `-` and the lesson's
 * slug (stable: renumbering a lesson keeps its slug) or, in links made before slugs were used, its order in base 36.
 */
const CODE_PATTERN = /^(?:[a-z]|[a-z0-9][a-z0-9-]{0,39}_)(?:-[a-z0-9][a-z0-9-]{0,99}|[0-9a-z]{1,3})$/;

/** The prefix naming a track in a lesson code: its letter, or (for a track added later) its folder name and `_`. */
function trackPrefix(track: string): string {
  return Object.hasOwn(TRACK_CODES, track) ? TRACK_CODES[track] : `${track}_`;
}

/** A lesson's code, from its route so it survives renumbering: `/chapters/training` → `c-training`. */
export function lessonCode(lesson: Pick<LessonSummary, 'track' | 'slug'>): string {
  return `${trackPrefix(lesson.track)}-${lesson.slug}`;
}

/** The order-based code of links made before codes named the slug (`c3`); still read, never written. */
export function legacyLessonCode(lesson: Pick<LessonSummary, 'track' | 'order'>): string {
  return trackPrefix(lesson.track) + lesson.order.toString(36);
}

/** Looks codes up against the catalog, new and old forms alike: a map from code to lesson, built once per catalog. */
export function codeIndex(lessons: readonly LessonSummary[]): Map<string, LessonSummary> {
  const index = new Map<string, LessonSummary>();
  for (const lesson of lessons) index.set(legacyLessonCode(lesson), lesson);
  // Slug codes last, so they win over an old order code that happens to look the same.
  for (const lesson of lessons) index.set(lessonCode(lesson), lesson);
  return index;
}

/** Whether a string has the shape of a lesson code (it may still name no lesson). */
export function isWellFormedCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
