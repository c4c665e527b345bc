import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChecker } from '../../components/course/exercise/checks';
import type { Checker } from '../../components/course/exercise/types';
import { parseLesson } from '../../scripts/content/parseLesson';
import type { ExerciseDetail } from '../../scripts/content/exercises';
import { axeViolations, openSession, type Session } from './support/browser';
import { mainThreadStalls, pageNow, recordLongTasks } from './support/longTasks';
import { builtLessons } from './support/lessons';
import { waitForOfflineReady } from './support/serviceWorker';

// Three chapters, each with its first exercise: its solution, its first known mistake, and its checker.
const CHAPTERS = ['/chapters/attention-from-scratch', '/chapters/scaled-dot-product-attention', '/chapters/the-decoder-block'];
const lessons = builtLessons();
const targets = CHAPTERS.map((route) => {
  const lesson = lessons.find((l) => l.route === route)!;
  const exercise = parseLesson(readFileSync(lesson.file, 'utf8')).exercises[0] as ExerciseDetail;
  return { route, title: lesson.title, exercise };
});

/** The exercise's block, found as a screen reader finds it: a region named by its title. */
const blockOf = (page: Page, exercise: ExerciseDetail) => page.getByRole('region', { name: `Exercise: ${exercise.title}` });

/** Replaces everything in the block's editor with code, through the keyboard and the clipboard-like insert. */
async function typeCode(page: Page, block: Locator, code: string): Promise<void> {
  const editor = block.getByRole('textbox', { name: /^Python code for the exercise/ });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/** Presses Run and waits for the verdict in the block's status region. */
async function run(block: Locator, verdict: RegExp, timeout = 90_000): Promise<string> {
  await block.getByRole('button', { name: 'Run' }).click();
  const status = block.getByRole('status').filter({ hasText: verdict });
  await status.waitFor({ timeout });
  return (await status.textContent()) ?? '';
}

describe.each(targets)('the exercise of $route in Chromium', ({ route, exercise }) => {
  let session: Session;
  let checker: Checker;
  beforeAll(async () => {
    checker = await loadChecker(exercise.check);
    session = await openSession({ width: 1280 });
    await recordLongTasks(session.page);
    await session.page.goto(session.baseUrl + route);
    await blockOf(session.page, exercise).getByRole('textbox').waitFor();
  });
  afterAll(async () => {
    await session.close();
  });

  it('passes the solution typed in, loading Python on the first run, and keeps code and pass across a reload', async () => {
    const { page } = session;
    const block = blockOf(page, exercise);
    await typeCode(page, block, exercise.solution);
    const started = Date.now();
    expect(await run(block, /cases passed|could not run/)).toMatch(/^All \d+ cases passed\.$/);
    console.log(`${route}: first run, Python cold, ${Date.now() - started} ms`);
    const warm = Date.now();
    await run(block, /^All \d+ cases passed\.$/);
    console.log(`${route}: second run, warm, ${Date.now() - warm} ms`);
    expect(await block.getByText('Passed', { exact: true }).isVisible()).toBe(true);

    await page.reload();
    const again = blockOf(page, exercise);
    await again.getByRole('textbox').waitFor();
    expect(await again.getByText('Passed', { exact: true }).isVisible()).toBe(true);
    const lastLine = exercise.solution.trim().split('\n').at(-1)!.trim();
    expect(await again.locator('.cm-content').innerText()).toContain(lastLine);
  });

  it('names a known mistake when its wrong implementation is typed in', async () => {
    const { page } = session;
    const block = blockOf(page, exercise);
    const mistake = checker.mistakes[0];
    await typeCode(page, block, mistake.example);
    expect(await run(block, /cases passed|could not run/)).toMatch(/^\d+ of \d+ cases passed\.$/);
    await expect.poll(() => block.getByRole('note', { name: 'A known mistake' }).textContent()).toContain(mistake.hint);
  });

  it('keeps Tab for indenting inside the editor, and Escape then Tab leaves it for the Run button', async () => {
    const { page } = session;
    const block = blockOf(page, exercise);
    const editor = block.getByRole('textbox', { name: /^Python code for the exercise/ });
    await editor.click();
    await page.keyboard.press('Tab');
    expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Run');
  });

  it('shows the line of a syntax error', async () => {
    const { page } = session;
    const block = blockOf(page, exercise);
    await typeCode(page, block, `def ${checker.functionName}(*args):\n    return [1, 2\n\nx = (\n`);
    const verdict = await run(block, /could not run/);
    expect(verdict).toMatch(/^Your code could not run: SyntaxError on line \d+: /);
    expect(await block.getByRole('button', { name: /^Go to line \d+$/ }).isVisible()).toBe(true);
  });

  it('stops a loop that never ends after 5 s, with the page responsive and no stall, then runs again', async () => {
    const { page } = session;
    const block = blockOf(page, exercise);
    await typeCode(page, block, `def ${checker.functionName}(*args):\n    while True:\n        pass\n`);
    const from = await pageNow(page);
    await block.getByRole('button', { name: 'Run' }).click();
    await block.getByRole('button', { name: 'Running…' }).waitFor();
    // While Python spins in its worker, the page still answers: a hint opens at once.
    await block.getByRole('button', { name: /^Show a hint/ }).click();
    await block.getByRole('list', { name: 'Hints' }).waitFor();
    await block.getByRole('status').filter({ hasText: 'Your code ran for 5 seconds without finishing, so it was stopped.' }).waitFor({ timeout: 30_000 });
    expect(await mainThreadStalls(page, from)).toEqual([]);
    await typeCode(page, block, exercise.solution);
    expect(await run(block, /cases passed|could not run/)).toMatch(/^All \d+ cases passed\.$/);
  });

  it('has no axe violations with the editor and a failing run shown, at 1280 light and 360 dark', async () => {
    const { page } = session;
    const block = blockOf(page, exercise);
    await typeCode(page, block, checker.mistakes[0].example);
    await run(block, /cases passed/);
    expect(await axeViolations(page)).toEqual([]);
    const phone = await openSession({ width: 360, colorScheme: 'dark' });
    try {
      await phone.page.goto(phone.baseUrl + route);
      const small = blockOf(phone.page, exercise);
      await typeCode(phone.page, small, checker.mistakes[0].example);
      await run(small, /cases passed/);
      expect(await axeViolations(phone.page)).toEqual([]);
      // Nothing on the phone scrolls the whole page sideways.
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } finally {
      await phone.close();
    }
    expect(session.offsiteRequests).toEqual([]);
  });
});

describe('exercises offline', () => {
  it('run with the network off after one visit that loaded Python', async () => {
    const { route, exercise } = targets[0];
    const session = await openSession();
    try {
      const { page } = session;
      await page.goto(session.baseUrl + route);
      await waitForOfflineReady(page);
      const block = blockOf(page, exercise);
      await typeCode(page, block, exercise.solution);
      await run(block, /^All \d+ cases passed\.$/);
      await session.context.setOffline(true);
      await page.reload();
      const again = blockOf(page, exercise);
      await again.getByRole('textbox').waitFor();
      expect(await page.evaluate(() => fetch('/robots.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
      expect(await run(again, /cases passed|could not run|could not be loaded/)).toMatch(/^All \d+ cases passed\.$/);
    } finally {
      await session.close();
    }
  });
});
