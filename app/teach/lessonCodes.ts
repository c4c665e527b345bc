import type { LessonSummary } from '../../scripts/content/manifest';

/** One-letter codes of the known tracks; they keep assignment links short and must never change once shared. */
const TRACK_CODES: Record<string, string> = { chapters: 'c', primer: 'p', 'forward-pass': 'f', ladder: 'l', lab: 'b' };

/** Entries of an assignment link: a letter code or a track id with `_`, then the lesson's order in base 36. */
const CODE_PATTERN = /^(?:[a-z]|[a-z0-9][a-z0-9-]{0,39}_)[0-9a-z]{1,3}$/;

/** The prefix naming a track in a lesson code: its letter, or (for a track added later) its folder name and `_`. */
function trackPrefix(track: string): string {
  return Object.hasOwn(TRACK_CODES, track) ? TRACK_CODES[track] : `${track}_`;
}

/** A lesson's short code, e.g. chapter 3 → `c3`, ladder lesson 7 → `l7`. */
export function lessonCode(lesson: Pick<LessonSummary, 'track' | 'order'>): string {
  return trackPrefix(lesson.track) + lesson.order.toString(36);
}

/** Looks codes up against the catalog: a map from code to lesson, built once per catalog. */
export function codeIndex(lessons: readonly LessonSummary[]): Map<string, LessonSummary> {
  return new Map(lessons.map((lesson) => [lessonCode(lesson), lesson]));
}

/** Whether a string has the shape of a lesson code (it may still name no lesson). */
export function isWellFormedCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
