import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { answerQuestion, builtLessons, questionGroup } from './support/lessons';
import { serveFolders } from './scorm/server';

const PACKAGES = path.resolve('dist-scorm/packages');
const lesson = builtLessons().find((l) => l.track === 'chapters' && l.order === 0)!;
const lessonZip = (suffix: string) => `lessons/${lesson.track}-${lesson.slug}-${suffix}.zip`;
const n = lesson.questions.length;

let root = '';
let server: Server;
let baseUrl = '';
const sessions: Session[] = [];

/** Unpacks a zip into a folder and returns its file names. */
function unpack(zip: string, into: string): string[] {
  const files = unzipSync(readFileSync(zip));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(into, name)), { recursive: true });
    writeFileSync(path.join(into, name), data);
  }
  return Object.keys(files);
}

/** A fresh browser profile on the test LMS, closed after the tests. */
async function session(): Promise<Session> {
  const s = await openSession({ baseUrl });
  sessions.push(s);
  return s;
}

/** Opens the host page and launches the package in its frame, as an LMS does; returns the lesson's frame. */
async function launch(page: Page, version: '1.2' | '2004', saved: unknown, refuse: boolean): Promise<FrameLocator> {
  await page.goto(`${baseUrl}/host/host.html`);
  const pkg = version === '1.2' ? 'lesson12' : 'lesson2004';
  await page.evaluate(([v, s, r, url]) => (window as unknown as { startLms: (...a: unknown[]) => void }).startLms(v, s, r, url), [version, saved, refuse, `/${pkg}/index.html?lesson=${lesson.route.slice(1)}`] as const);
  const frame = page.frameLocator('iframe[title="Lesson"]');
  await frame.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
  await frame.getByText(/questions answered correctly\.$/).first().waitFor();
  return frame;
}

/** Answers every question: the first one wrong, then right after "Try again"; the rest right at once. */
async function answerAll(frame: FrameLocator): Promise<void> {
  // The helpers look questions up by role, which a frame supports as a page does.
  const scope = frame as unknown as Page;
  const [first, ...rest] = lesson.questions;
  await answerQuestion(scope, first, false);
  await questionGroup(scope, first).locator('xpath=ancestor::form').getByRole('button', { name: 'Try again' }).click();
  await answerQuestion(scope, first, true);
  for (const q of rest) await answerQuestion(scope, q, true);
  await frame.getByText(`All ${n} questions answered correctly.`).waitFor();
}

/** The values the runtime holds, and every value it was given (exit and session time are write-only). */
async function recorded(page: Page): Promise<{ cmi: Record<string, unknown>; set: Record<string, string> }> {
  return page.evaluate(() => {
    const w = window as unknown as { recorded: () => { cmi: Record<string, unknown> }; setValues: Record<string, string> };
    return { cmi: w.recorded().cmi, set: w.setValues };
  });
}

beforeAll(async () => {
  // The packages come from the same lessons as the site; building them takes well under a minute.
  const built = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/scorm/build.ts'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:scorm failed');
  root = mkdtempSync(path.join(tmpdir(), 'tfs-scorm-'));
  unpack(path.join(PACKAGES, lessonZip('scorm12')), path.join(root, 'lesson12'));
  unpack(path.join(PACKAGES, lessonZip('scorm2004')), path.join(root, 'lesson2004'));
  ({ server, url: baseUrl } = await serveFolders({
    '/host/': path.resolve('tests/e2e/scorm'),
    '/scorm-again/': path.resolve('node_modules/scorm-again/dist'),
    '/lesson12/': path.join(root, 'lesson12'),
    '/lesson2004/': path.join(root, 'lesson2004'),
  }));
}, 300_000);

afterAll(async () => {
  for (const s of sessions) await s.close();
  await new Promise((resolve) => server?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the SCORM packages', () => {
  it('are each under 2 MB per lesson, hold every file their manifest lists and list every file they hold', () => {
    const zips = readdirSync(path.join(PACKAGES, 'lessons')).map((f) => `lessons/${f}`);
    expect(zips).toHaveLength(builtLessons().length * 2);
    const sizes: string[] = [];
    for (const name of [...zips, 'transformer-from-scratch-course-scorm12.zip', 'transformer-from-scratch-course-scorm2004.zip']) {
      const bytes = statSync(path.join(PACKAGES, name)).size;
      sizes.push(`${(bytes / 1024 / 1024).toFixed(2)} MB ${name}`);
      if (name.startsWith('lessons/')) expect(bytes, name).toBeLessThan(2 * 1024 * 1024);
      const files = unzipSync(readFileSync(path.join(PACKAGES, name)));
      const xml = new TextDecoder().decode(files['imsmanifest.xml']);
      const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      const held = Object.keys(files).filter((f) => f !== 'imsmanifest.xml');
      expect(new Set(listed), name).toEqual(new Set(held));
      // Python (about 6 MB zipped) is in the course package only; lesson packages stay small without it.
      expect(held.some((f) => f.startsWith('pyodide/')), name).toBe(name.includes('course'));
    }
    console.log(`SCORM package sizes:\n  ${sizes.sort().join('\n  ')}`);
  });
});

for (const version of ['1.2', '2004'] as const) {
  describe(`a lesson package in an LMS (SCORM ${version}, scorm-again as the LMS)`, () => {
    let saved: { cmi: Record<string, unknown>; set: Record<string, string> };

    it('reports status, score and suspend data as the student answers, and suspends with the session time on leaving', async () => {
      const s = await session();
      const frame = await launch(s.page, version, null, false);
      await frame.getByText('Your answers are saved to your course’s LMS as you go.').waitFor();
      expect(await axeViolations(s.page)).toEqual([]);
      await answerAll(frame);
      await s.page.evaluate(() => (window as unknown as { leaveLesson: () => void }).leaveLesson());
      await s.page.waitForFunction((name) => (window as unknown as { setValues: Record<string, string> }).setValues[name] !== undefined, version === '1.2' ? 'cmi.core.exit' : 'cmi.exit');
      saved = await recorded(s.page);
      const suspend = JSON.parse(String(saved.cmi.suspend_data)) as { q: Record<string, unknown[]> };
      expect(Object.keys(suspend.q).sort()).toEqual(lesson.questions.map((q) => q.key).sort());
      expect(suspend.q[lesson.questions[0].key].slice(1)).toEqual([1, 2, 0]);
      console.log(`SCORM ${version} suspend_data after the lesson: ${String(saved.cmi.suspend_data).length} characters`);
      if (version === '1.2') {
        const core = saved.cmi.core as { lesson_status: string; score: { raw: string; min: string; max: string } };
        expect(core.lesson_status).toBe('passed');
        expect(core.score).toMatchObject({ raw: String(n), min: '0', max: String(n) });
        expect(saved.set['cmi.core.exit']).toBe('suspend');
        expect(saved.set['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
      } else {
        const cmi = saved.cmi as { completion_status: string; success_status: string; score: Record<string, string> };
        expect([cmi.completion_status, cmi.success_status]).toEqual(['completed', 'passed']);
        expect(cmi.score).toMatchObject({ raw: String(n), min: '0', max: String(n), scaled: '1' });
        expect(saved.set['cmi.exit']).toBe('suspend');
        expect(saved.set['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
      }
      expect(s.errors).toEqual([]);
      expect(s.offsiteRequests).toEqual([]);
    });

    it('has the answers back when the student reopens it in another browser, from the LMS’s suspend data alone', async () => {
      const s = await session();
      const data = version === '1.2' ? { cmi: { suspend_data: saved.cmi.suspend_data, core: { entry: 'resume' } } } : { cmi: { suspend_data: saved.cmi.suspend_data, entry: 'resume' } };
      const frame = await launch(s.page, version, data, false);
      await frame.getByText(`All ${n} questions answered correctly.`).waitFor();
      for (const q of lesson.questions) {
        const group = frame.getByRole('group', { name: q.prompt });
        for (const i of q.correct) expect(await group.getByLabel(q.labels[i], { exact: true }).isChecked()).toBe(true);
      }
      expect(s.errors).toEqual([]);
    });

    it('keeps the lesson working and every answer in the browser when the LMS refuses values, with one quiet notice', async () => {
      const s = await session();
      const frame = await launch(s.page, version, null, true);
      await answerQuestion(frame as unknown as Page, lesson.questions[0], true);
      await answerQuestion(frame as unknown as Page, lesson.questions[1], true);
      const notice = frame.getByText(/^Your course’s LMS did not accept this lesson’s progress/);
      await notice.waitFor();
      expect(await notice.count()).toBe(1);
      const stored = await frame.locator('body').evaluate(() => JSON.parse(localStorage.getItem('tfs-progress') ?? '{}') as { state: { answers: Record<string, unknown> } });
      expect(Object.keys(stored.state.answers).sort()).toEqual([lesson.questions[0].key, lesson.questions[1].key].sort());
      expect(await axeViolations(s.page)).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  });
}

describe('a lesson package opened directly, with no LMS', () => {
  it('runs with no error and keeps progress in the browser only', async () => {
    const s = await session();
    await s.page.goto(`${baseUrl}/lesson12/index.html?lesson=${lesson.route.slice(1)}`);
    await s.page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
    await answerQuestion(s.page, lesson.questions[0], true);
    await s.page.getByText(`1 of ${n} questions answered correctly.`).first().waitFor();
    expect(await s.page.getByText(/LMS/).count()).toBe(0);
    const stored = await s.page.evaluate(() => JSON.parse(localStorage.getItem('tfs-progress') ?? '{}') as { state: { answers: Record<string, unknown> } });
    expect(Object.keys(stored.state.answers)).toEqual([lesson.questions[0].key]);
    for (const width of [1280, 360]) {
      await s.page.setViewportSize({ width, height: 900 });
      await s.page.emulateMedia({ colorScheme: width === 360 ? 'dark' : 'light' });
      expect(await axeViolations(s.page)).toEqual([]);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    }
    expect(s.errors).toEqual([]);
    expect(s.offsiteRequests).toEqual([]);
  });
});
