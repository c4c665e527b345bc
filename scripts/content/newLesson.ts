import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LESSON_FILE } from './checkContent.ts';
import { lessonTemplate } from './lessonTemplate.ts';

/** The tracks a new lesson can go in (folders under content/). */
export const TRACKS = ['chapters', 'primer', 'ladder', 'forward-pass'] as const;

/** One of the course's tracks. */
export type Track = (typeof TRACKS)[number];

/** A new lesson's place in the course, before its file is written. */
export interface LessonPlan {
  slug: string;
  order: number;
  /** Path from the project root, e.g. `content/chapters/11-sparse-attention.mdx`. */
  file: string;
  route: string;
  quizId: string;
}

/** Why a new lesson could not be created, in words an author can act on. */
export class NewLessonError extends Error {}

const MAX_SLUG = 60;

/** Turns a title into the kebab-case slug of its file name and route: `Why Scale?` becomes `why-scale`. */
export function lessonSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Checks a title and returns it trimmed, or explains what is wrong with it. */
export function checkTitle(raw: string): string {
  const title = raw.trim();
  if (title === '') throw new NewLessonError('give the lesson a title, e.g. npm run new:lesson -- "Sparse attention"');
  if (/[\u0000-\u001f\u007f]/.test(title)) throw new NewLessonError('the title must be one line of text, without control characters');
  if (title.length > 80) throw new NewLessonError(`the title is ${title.length} characters; keep it under 80 so it fits the sidebar`);
  const slug = lessonSlug(title);
  if (!/[a-z]/.test(slug)) throw new NewLessonError(`"${title}" has no letters to name the file after; use words, e.g. "Sparse attention"`);
  if (slug.length > MAX_SLUG) throw new NewLessonError(`"${title}" makes a ${slug.length}-character file name; shorten the title`);
  return title;
}

/** The order after the highest `NN-` prefix in the folder; an empty track starts at 0 (chapters) or 1 (the others). */
export function nextOrder(names: string[], track: Track): number {
  const orders = names.map((n) => LESSON_FILE.exec(n)).filter((m) => m !== null).map((m) => Number(m[1]));
  const next = orders.length === 0 ? (track === 'chapters' ? 0 : 1) : Math.max(...orders) + 1;
  if (next > 99) throw new NewLessonError(`content/${track} already holds lesson 99; file names allow two digits`);
  return next;
}

/** Works out where a lesson titled `title` goes in `track`, refusing a route or file that already exists. */
export function planLesson(root: string, contentDir: string, rawTitle: string, track: Track): LessonPlan {
  if (!TRACKS.includes(track)) throw new NewLessonError(`unknown track "${track}"; use one of ${TRACKS.join(', ')}`);
  const title = checkTitle(rawTitle);
  const slug = lessonSlug(title);
  const dir = path.join(root, contentDir, track);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const clash = names.find((n) => LESSON_FILE.exec(n)?.[2] === slug);
  if (clash) throw new NewLessonError(`${contentDir}/${track}/${clash} already has the route /${track}/${slug}; choose another title`);
  const order = nextOrder(names, track);
  const nn = String(order).padStart(2, '0');
  return {
    slug,
    order,
    file: `${contentDir}/${track}/${nn}-${slug}.mdx`,
    route: `/${track}/${slug}`,
    quizId: track === 'chapters' ? `ch${nn}-${slug}` : `${track}-${nn}-${slug}`,
  };
}

/** Writes a new lesson from the template and returns where it went; never overwrites a file. */
export function createLesson(root: string, contentDir: string, rawTitle: string, track: Track = 'chapters'): LessonPlan {
  const plan = planLesson(root, contentDir, rawTitle, track);
  const target = path.join(root, plan.file);
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    // 'wx' fails if the file appeared meanwhile, so an existing lesson is never replaced.
    writeFileSync(target, lessonTemplate({ title: checkTitle(rawTitle), order: plan.order, quizId: plan.quizId }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new NewLessonError(`${plan.file} already exists; it was left as it is`);
    throw error;
  }
  return plan;
}
