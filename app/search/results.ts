import type { StoredDocument } from '../../scripts/search/options';
import type { LessonSummary } from '../../scripts/content/manifest';

/** A run of text, marked when it is one of the words the search matched. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** A matching section as search returns it: the stored document, its score and the document words that matched. */
export type FoundSection = StoredDocument & { id: number; score: number; terms: string[] };

/** One result as the dialog shows it. */
export interface ResultHit {
  id: number;
  /** Where the result leads: `/<track>/<slug>#<anchor>`, or the lesson itself for its introduction. */
  href: string;
  route: string;
  anchor: string;
  heading: TextPart[];
  snippet: TextPart[];
}

/** The results of one lesson, in the order search ranked them. */
export interface ResultGroup {
  route: string;
  title: string;
  /** Where the lesson sits: "Chapter 2", "Math primer · lesson 3". */
  label: string;
  hits: ResultHit[];
}

// The same word boundaries as MiniSearch's default tokenizer, kept in the output so text can be rebuilt.
const SEPARATORS = /([\n\r\p{Z}\p{P}]+)/u;

/** Splits text into words and separators, marking each word that search matched (compared in lower case). */
export function markTerms(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  text.split(SEPARATORS).forEach((piece, i) => {
    if (piece === '') return;
    const match = i % 2 === 0 && terms.has(piece.toLowerCase());
    const last = parts[parts.length - 1];
    if (last && !last.match && !match) last.text += piece;
    else parts.push({ text: piece, match });
  });
  return parts;
}

const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Where the first word search matched starts in the text, or 0 when none does (a title-only match). */
function firstMatchAt(text: string, terms: ReadonlySet<string>): number {
  for (const word of text.matchAll(WORD)) if (terms.has(word[0].toLowerCase())) return word.index;
  return 0;
}

/** Shortens text to about `length` characters around its first match, marked, with an ellipsis where it was cut. */
export function snippet(text: string, terms: ReadonlySet<string>, length = 160): TextPart[] {
  const first = firstMatchAt(text, terms);
  // Keep a little of what comes before the match so the reader sees it in context, and cut between words.
  let start = Math.max(0, first - Math.round(length / 4));
  let end = Math.min(text.length, start + length);
  if (end - start < length) start = Math.max(0, end - length);
  const spaceAfterStart = text.indexOf(' ', start);
  if (start > 0 && spaceAfterStart >= 0 && spaceAfterStart < first) start = spaceAfterStart + 1;
  const spaceBeforeEnd = text.lastIndexOf(' ', end);
  if (end < text.length && spaceBeforeEnd > first) end = spaceBeforeEnd;
  const parts = markTerms(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/** The address of a section: the lesson's route, with the heading's anchor when there is one. */
export function sectionHref(route: string, anchor: string): string {
  return anchor ? `${route}#${anchor}` : route;
}

/** How many lessons, and sections per lesson, the dialog lists; the rest are counted, not shown. */
export const RESULT_LIMITS = { lessons: 10, perLesson: 3 };

/**
 * Groups ranked sections by lesson: lessons in the order of their best section, sections in rank order, with the
 * matched words marked in each heading and snippet. Sections of lessons the app does not know are left out.
 */
export function groupResults(
  found: readonly FoundSection[],
  lessons: readonly LessonSummary[],
  labelOf: (lesson: LessonSummary) => string,
  limits = RESULT_LIMITS,
): ResultGroup[] {
  const byRoute = new Map(lessons.map((l) => [l.route, l]));
  const groups = new Map<string, ResultGroup>();
  for (const section of found) {
    let group = groups.get(section.route);
    if (!group) {
      const lesson = byRoute.get(section.route);
      if (!lesson || groups.size >= limits.lessons) continue;
      group = { route: lesson.route, title: lesson.title, label: labelOf(lesson), hits: [] };
      groups.set(section.route, group);
    }
    if (group.hits.length >= limits.perLesson) continue;
    const terms = new Set(section.terms);
    group.hits.push({
      id: section.id,
      href: sectionHref(section.route, section.anchor),
      route: section.route,
      anchor: section.anchor,
      heading: markTerms(section.heading || 'Introduction', terms),
      snippet: snippet(section.text, terms),
    });
  }
  return [...groups.values()];
}
