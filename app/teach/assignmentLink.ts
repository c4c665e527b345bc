import type { LessonSummary } from '../../scripts/content/manifest';
import { codeIndex, isWellFormedCode, lessonCode } from './lessonCodes';

/** The path students open; the query carries the assignment. */
export const ASSIGNMENT_PATH = '/assignment';
/** Longest query string read at all; anything longer is refused whole rather than cut somewhere arbitrary. */
export const MAX_QUERY_LENGTH = 4000;
/** Longest title kept; a longer one is cut to this many characters. */
export const MAX_TITLE_LENGTH = 120;

/** What an instructor assigns: lesson routes in course order, an optional title and due date (`YYYY-MM-DD`). */
export interface Assignment {
  routes: string[];
  title: string;
  due: string | null;
}

/** Why part (or all) of a link could not be used; the page says each in words. */
export type LinkProblem = 'oversized' | 'no-lessons' | 'dropped-entries' | 'title-cut' | 'bad-date';

/** Result of reading a link: the usable assignment (null when nothing is usable) and what was wrong. */
export interface DecodedLink {
  assignment: Assignment | null;
  problems: LinkProblem[];
  /** How many lesson entries were dropped as unknown, repeated or malformed. */
  dropped: number;
}

/** Cuts a title to its allowed length and drops control characters; it is only ever shown as text. */
export function cleanTitle(raw: string): string {
  return Array.from(raw.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()).slice(0, MAX_TITLE_LENGTH).join('').trim();
}

/** Whether `YYYY-MM-DD` names a real calendar day (so 2026-02-30 is refused) in a sane range of years. */
export function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The share link's path and query for an assignment, lessons in catalog order: `/assignment?l=c0.c1.p2&t=Week+1&d=2026-12-01`. */
export function encodeAssignment(assignment: Assignment, lessons: readonly LessonSummary[]): string {
  const wanted = new Set(assignment.routes);
  const codes = lessons.filter((l) => wanted.has(l.route)).map(lessonCode);
  const params = new URLSearchParams();
  params.set('l', codes.join('.'));
  const title = cleanTitle(assignment.title);
  if (title) params.set('t', title);
  if (assignment.due && isValidDate(assignment.due)) params.set('d', assignment.due);
  // Dots in the lesson list need no escaping; keep them readable.
  return `${ASSIGNMENT_PATH}?${params.toString().replace(/%2E/gi, '.')}`;
}

/** Reads a link's query string (`?l=…&t=…&d=…`), trusting nothing: unknown entries are dropped and counted. */
export function decodeAssignment(search: string, lessons: readonly LessonSummary[]): DecodedLink {
  if (search.length > MAX_QUERY_LENGTH) return { assignment: null, problems: ['oversized'], dropped: 0 };
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const index = codeIndex(lessons);
  const picked = new Set<string>();
  let dropped = 0;
  for (const code of (params.get('l') ?? '').split('.').filter((c) => c !== '')) {
    const lesson = isWellFormedCode(code) ? index.get(code) : undefined;
    if (!lesson || picked.has(lesson.route)) dropped += 1;
    else picked.add(lesson.route);
  }
  if (dropped > 0) problems.push('dropped-entries');
  const rawTitle = params.get('t') ?? '';
  const title = cleanTitle(rawTitle);
  if (Array.from(rawTitle.trim()).length > MAX_TITLE_LENGTH) problems.push('title-cut');
  const rawDue = params.get('d');
  const due = rawDue !== null && isValidDate(rawDue) ? rawDue : null;
  if (rawDue !== null && due === null) problems.push('bad-date');
  if (picked.size === 0) return { assignment: null, problems: [...problems, 'no-lessons'], dropped };
  // Course order, whatever order the link listed them in.
  const routes = lessons.filter((l) => picked.has(l.route)).map((l) => l.route);
  return { assignment: { routes, title, due }, problems, dropped };
}
