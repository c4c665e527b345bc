import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

/** Runs the project's real `vite build` (vite.config.ts) on a folder of fixture lessons, without writing files. */
async function buildWith(lessonsDir: string) {
  process.env.LESSONS_DIR = lessonsDir;
  // Vitest sets NODE_ENV=test, which Vite would keep, bundling React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await build({ configFile: path.resolve('vite.config.ts'), mode: 'production', logLevel: 'silent', build: { write: false } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** The message of the error a build failed with. */
async function buildError(lessonsDir: string): Promise<string> {
  try {
    await buildWith(lessonsDir);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`the build of ${lessonsDir} succeeded but should have failed`);
}

afterEach(() => {
  delete process.env.LESSONS_DIR;
});

describe('vite build', () => {
  it('fails on a {…} in prose with the checker\'s lines alone, and leaves the earlier build\'s service worker as it was', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'tfs-failed-build-'));
    try {
      writeFileSync(path.join(outDir, 'sw.js'), '// the service worker of the last good build\n');
      const run = promisify(execFile)(path.resolve('node_modules/.bin/vite'), ['build', '--outDir', outDir], {
        env: { ...process.env, LESSONS_DIR: 'tests/fixtures/prose-expression', NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      const failure = (await run.then(() => null, (error: { code: number; stderr: string }) => error))!;
      expect(failure, 'the build should fail').not.toBeNull();
      expect(failure.code).toBe(1);
      expect(failure.stderr.trim().split('\n')).toEqual([
        'error during build:',
        'Lesson content has 1 problem:',
        'tests/fixtures/prose-expression/chapters/00-first-steps.mdx:34:11 {epsilon} in prose is run as code and stops the page; write math between dollars ($…$), or a literal brace as \\{',
      ]);
      expect(readFileSync(path.join(outDir, 'sw.js'), 'utf8')).toBe('// the service worker of the last good build\n');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('puts each lesson in its own chunk and keeps lesson text out of the entry chunk', async () => {
    const result = (await buildWith('tests/fixtures/valid')) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const chunks = (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    const names = chunks.map((c) => c.fileName);
    expect(names.some((n) => /00-first-steps-.*\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /01-second-steps-.*\.js$/.test(n))).toBe(true);
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).not.toContain('This fixture stands in for a real chapter');
    expect(entry.code).not.toContain('recharts');
  }, 60_000);

  it('keeps the first route light: no lesson, simulation or recharts, and at most 100 KB of gzipped JavaScript', async () => {
    const result = (await buildWith('content')) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const chunks = (Array.isArray(result) ? result : [result])
      .flatMap((r) => r.output)
      .filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    // The entry and everything it imports statically is what the course page downloads before it can render.
    const firstRoute = new Set<Rolldown.OutputChunk>();
    const visit = (chunk: Rolldown.OutputChunk) => {
      if (firstRoute.has(chunk)) return;
      firstRoute.add(chunk);
      chunk.imports.forEach((name) => visit(byName.get(name)!));
    };
    visit(chunks.find((c) => c.isEntry)!);
    const modules = [...firstRoute].flatMap((c) => c.moduleIds);
    expect(modules.filter((id) => /recharts|\.mdx$|components\/sims\//.test(id))).toEqual([]);
    // The code editor, the exercise block and Python load only on a lesson with an exercise, when it renders.
    expect(modules.filter((id) => /@codemirror|@lezer|pyodide|exercise\/(ExerciseBlock|CodeEditor|checks|python)/.test(id))).toEqual([]);
    const gzipped = [...firstRoute].reduce((n, c) => n + gzipSync(c.code).length, 0);
    console.log(`first route: ${(gzipped / 1024).toFixed(1)} KB of gzipped JavaScript in ${firstRoute.size} chunk(s)`);
    expect(gzipped).toBeLessThanOrEqual(100 * 1024);
  }, 60_000);

  it('fails on a bad frontmatter field, naming the file, line and field', async () => {
    const message = await buildError('tests/fixtures/bad-frontmatter');
    expect(message).toContain('Lesson content has 2 problems');
    expect(message).toContain('tests/fixtures/bad-frontmatter/chapters/00-first-steps.mdx:5:1 frontmatter: unknown field "author"');
    expect(message).toContain('tests/fixtures/bad-frontmatter/chapters/00-first-steps.mdx:9:1 frontmatter: field "minutes" must be greater than 0');
  }, 60_000);

  it('fails on a duplicate quiz id, naming both files', async () => {
    const message = await buildError('tests/fixtures/duplicate-quiz');
    expect(message).toContain('tests/fixtures/duplicate-quiz/chapters/01-second-steps.mdx:27:1 quiz id "fixture-first" is already used in tests/fixtures/duplicate-quiz/chapters/00-first-steps.mdx:43');
  }, 60_000);

  it('fails on a single-answer question with two correct choices, naming the question', async () => {
    const message = await buildError('tests/fixtures/two-correct');
    expect(message).toContain('tests/fixtures/two-correct/chapters/00-first-steps.mdx:44:3 quiz "fixture-first" question "colour": a single-answer question needs exactly one correct choice, found 2');
  }, 60_000);

  it('fails on a malformed formula, naming the file and line', async () => {
    const message = await buildError('tests/fixtures/bad-formula');
    expect(message).toMatch(/tests\/fixtures\/bad-formula\/chapters\/00-first-steps\.mdx:22:1 malformed formula: KaTeX parse error/);
  }, 60_000);

  it('fails on a link to a heading that does not exist, naming the file, line and anchor', async () => {
    const message = await buildError('tests/fixtures/broken-links');
    expect(message).toContain('Lesson content has 4 problems');
    expect(message).toContain('tests/fixtures/broken-links/chapters/00-first-steps.mdx:38:1 link "/chapters/second-steps#no-such-heading": /chapters/second-steps has no heading with the anchor #no-such-heading');
  }, 60_000);
});
