import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkerIds } from './exercises.ts';
import { importProblem } from './imports.ts';
import { BLOCK_ANCHORS, checkLinks, type LinkTarget } from './links.ts';
import type { ContentProblem, LessonEntry } from './manifest.ts';
import { parseLesson } from './parseLesson.ts';

/** Lesson files are `NN-kebab-slug.mdx`; anything else in a track folder is ignored. */
export const LESSON_FILE = /^(\d\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** The result of checking every lesson: the manifest and every problem found, all at once. */
export interface ContentReport {
  lessons: LessonEntry[];
  problems: ContentProblem[];
}

/** Lesson files under `<root>/<contentDir>/<track>/`, as paths relative to root (or absolute, for an absolute contentDir). */
export function findLessonFiles(root: string, contentDir: string): string[] {
  const base = path.resolve(root, contentDir);
  if (!existsSync(base)) return [];
  const files: string[] = [];
  for (const track of readdirSync(base, { withFileTypes: true })) {
    if (!track.isDirectory()) continue;
    for (const name of readdirSync(path.join(base, track.name))) {
      if (name.endsWith('.mdx')) files.push([contentDir, track.name, name].join('/'));
    }
  }
  return files.sort();
}

/**
 * Checks every lesson under `contentDir` (relative to `root`) against the lesson contract and returns the manifest.
 * Cross-lesson rules (quiz ids unique in the course, one lesson per order) are checked here.
 */
export function checkContent(root: string, contentDir = 'content'): ContentReport {
  const problems: ContentProblem[] = [];
  const lessons: LessonEntry[] = [];
  const quizOwners = new Map<string, string>();
  const orderOwners = new Map<string, string>();
  const linkTargets: LinkTarget[] = [];
  const exerciseOwners = new Map<string, string>();
  const checkers = checkerIds(root);
  for (const file of findLessonFiles(root, contentDir)) {
    const [, track, name] = file.slice(contentDir.length).split('/');
    const match = LESSON_FILE.exec(name);
    if (!match) {
      problems.push({ file, line: 1, column: 1, message: 'lesson file names look like NN-kebab-title.mdx' });
      continue;
    }
    const parsed = parseLesson(readFileSync(path.resolve(root, file), 'utf8'), { checkers });
    problems.push(...parsed.problems.map((p) => ({ file, ...p })));
    for (const imp of parsed.imports) {
      const message = importProblem(path.resolve(root, file), imp.source);
      if (message) problems.push({ file, line: imp.line, column: imp.column, message });
    }
    const anchors = new Set([...BLOCK_ANCHORS, ...parsed.headings.map((h) => h.slug)]);
    linkTargets.push({ file, route: `/${track}/${match[2]}`, anchors, links: parsed.links });
    for (const quiz of parsed.quizzes) {
      const owner = quizOwners.get(quiz.id);
      if (owner) problems.push({ file, line: quiz.line, column: quiz.column, message: `quiz id "${quiz.id}" is already used in ${owner}; quiz ids must be unique across the course` });
      else quizOwners.set(quiz.id, `${file}:${quiz.line}`);
    }
    for (const exercise of parsed.exercises) {
      const owner = exerciseOwners.get(exercise.id);
      if (owner) problems.push({ file, line: exercise.line, column: exercise.column, message: `exercise id "${exercise.id}" is already used in ${owner}; exercise ids must be unique across the course` });
      else exerciseOwners.set(exercise.id, `${file}:${exercise.line}`);
    }
    const fm = parsed.frontmatter;
    if (!fm) continue;
    if (fm.order !== Number(match[1])) {
      problems.push({ file, line: 1, column: 1, message: `frontmatter: field "order" is ${fm.order} but the file name starts with ${match[1]}` });
    }
    const orderKey = `${track}/${fm.order}`;
    if (orderOwners.has(orderKey)) problems.push({ file, line: 1, column: 1, message: `order ${fm.order} is already taken by ${orderOwners.get(orderKey)}` });
    orderOwners.set(orderKey, file);
    lessons.push({
      track,
      slug: match[2],
      route: `/${track}/${match[2]}`,
      file,
      ...fm,
      headings: parsed.headings,
      quizzes: parsed.quizzes.map(({ id, questions }) => ({ id, questions })),
      questionKeys: parsed.quizzes.flatMap((q) => q.questions.map((id) => `${q.id}/${id}`)),
      exerciseKeys: parsed.exercises.map((e) => e.id),
    });
  }
  problems.push(...checkLinks(linkTargets));
  lessons.sort((a, b) => a.track.localeCompare(b.track) || a.order - b.order);
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { lessons, problems };
}
