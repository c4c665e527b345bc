import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/content/checkContent';
import { formatProblem } from '../../scripts/content/manifest';
import { createLesson, lessonSlug, nextOrder } from '../../scripts/content/newLesson';
import { parseLesson } from '../../scripts/content/parseLesson';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'tfs-new-lesson-'));
  cpSync('tests/fixtures/valid', path.join(root, 'lessons'), { recursive: true });
  // The fixture lessons import ../../sims/counter; the checker resolves imports, so the simulation comes along.
  cpSync('tests/fixtures/sims', path.join(root, 'sims'), { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('new:lesson', () => {
  it('turns a title into a kebab-case slug without accents or punctuation', () => {
    expect(lessonSlug('Why Scale?')).toBe('why-scale');
    expect(lessonSlug('  Café: attention & the KV-cache  ')).toBe('cafe-attention-the-kv-cache');
  });

  it('numbers a lesson one past the highest prefix in its track, and starts an empty track at its first number', () => {
    expect(nextOrder(['00-a.mdx', '07-b.mdx', '03-c.mdx', 'outline.json'], 'chapters')).toBe(8);
    expect(nextOrder([], 'chapters')).toBe(0);
    expect(nextOrder([], 'ladder')).toBe(1);
  });

  it('writes the next chapter from a template that passes the content check as it is', () => {
    const plan = createLesson(root, 'lessons', 'Sparse attention');
    expect(plan).toMatchObject({ file: 'lessons/chapters/02-sparse-attention.mdx', route: '/chapters/sparse-attention', order: 2 });
    const { problems, lessons } = checkContent(root, 'lessons');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(lessons.find((l) => l.route === '/chapters/sparse-attention')).toMatchObject({ title: 'Sparse attention', order: 2 });
  });

  it('puts the correct answers of the template quiz in different positions', () => {
    const plan = createLesson(root, 'lessons', 'Sparse attention');
    const [quiz] = parseLesson(readFileSync(path.join(root, plan.file), 'utf8')).quizzes;
    const single = quiz.details.filter((q) => !q.multiple).map((q) => q.correct[0]);
    expect(quiz.details).toHaveLength(3);
    expect(new Set(single).size).toBe(single.length);
  });

  it('keeps a title that YAML would misread, such as one with a colon, exactly as typed', () => {
    const plan = createLesson(root, 'lessons', 'Attention: the #1 idea');
    const lesson = checkContent(root, 'lessons').lessons.find((l) => l.route === plan.route);
    expect(plan.route).toBe('/chapters/attention-the-1-idea');
    expect(lesson?.title).toBe('Attention: the #1 idea');
  });

  it('creates the folder of a track that has no lessons yet', () => {
    const plan = createLesson(root, 'lessons', 'Vectors', 'primer');
    expect(plan.file).toBe('lessons/primer/01-vectors.mdx');
    expect(checkContent(root, 'lessons').problems).toEqual([]);
  });

  it('refuses a title whose route is already taken, leaving the existing lesson untouched', () => {
    const file = path.join(root, 'lessons/chapters/01-second-steps.mdx');
    const before = readFileSync(file, 'utf8');
    expect(() => createLesson(root, 'lessons', 'Second steps')).toThrow('lessons/chapters/01-second-steps.mdx already has the route /chapters/second-steps');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses empty, letterless, multi-line and overlong titles with a reason', () => {
    expect(() => createLesson(root, 'lessons', '   ')).toThrow('give the lesson a title');
    expect(() => createLesson(root, 'lessons', '!!! 42')).toThrow('has no letters to name the file after');
    expect(() => createLesson(root, 'lessons', 'One\nTwo')).toThrow('one line of text');
    expect(() => createLesson(root, 'lessons', 'x'.repeat(81))).toThrow('keep it under 80');
  });

  it('runs from the command line, printing the file and route, and exits with a message on a bad track', () => {
    mkdirSync(path.join(root, 'content'));
    writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
    const script = path.resolve('scripts/new-lesson.ts');
    const tsx = path.resolve('node_modules/.bin/tsx');
    const out = execFileSync(tsx, [script, 'Rotary positions', '--track', 'ladder'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('Created content/ladder/01-rotary-positions.mdx');
    expect(out).toContain('/ladder/rotary-positions');
    let message = '';
    try {
      execFileSync(tsx, [script, 'Rotary positions', '--track', 'appendix'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr: string }).stderr);
    }
    expect(message).toContain('unknown track "appendix"; use one of chapters, primer, ladder, forward-pass');
  }, 30_000);
});
