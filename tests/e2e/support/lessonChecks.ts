import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './browser';
import { builtLessons, waitForLesson, type TestLesson } from './lessons';

/** The two screens every lesson is checked on: a desktop in the light theme and a narrow phone in the dark one. */
export const VIEWS = [
  { width: 1280, colorScheme: 'light' },
  { width: 360, colorScheme: 'dark' },
] as const;

/** One of the `VIEWS`. */
export type View = (typeof VIEWS)[number];

/**
 * Opens a lesson by its route and waits for its heading and every simulation on it. The session's error list is
 * emptied first, so a later check only sees errors this page caused.
 */
export async function openLesson(session: Session, route: string, heading: string | RegExp): Promise<void> {
  session.errors.length = 0;
  await session.page.goto(session.baseUrl + route);
  await session.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await waitForLesson(session.page);
}

/** What `expectClean` also checks: figures whose text must never show a non-finite number. */
export interface CleanOptions {
  /** A selector for the simulations' figures (the prose around them may name NaN on purpose). */
  figures?: string;
  /** What counts as a non-finite number in those figures. */
  nonFinite?: RegExp;
}

/**
 * Checks the page is clean: no axe violation, no sideways scrolling, no console error, no request that tried to
 * leave the machine and, when asked, no NaN or Infinity in the simulations.
 */
export async function expectClean(session: Session, options: CleanOptions = {}): Promise<void> {
  const { page } = session;
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  if (options.figures) {
    const nonFinite = options.nonFinite ?? /NaN|Infinity/;
    for (const text of await page.locator(options.figures).allInnerTexts()) expect(text).not.toMatch(nonFinite);
  }
  expect(session.errors).toEqual([]);
  expect(session.offsiteRequests).toEqual([]);
}

/**
 * Declares `name` once per view, each with its own fresh browser session opened before its tests and closed after.
 * `body` gets a getter for the session, since the session only exists once the tests start.
 */
export function describeInViews(name: string, body: (session: () => Session, view: View) => void): void {
  for (const view of VIEWS) {
    describe(`${name} at ${view.width} px in the ${view.colorScheme} theme`, () => {
      let current: Session | undefined;
      beforeAll(async () => {
        current = await openSession(view);
      });
      afterAll(async () => {
        await current?.close();
      });
      body(() => {
        if (!current) throw new Error(`no browser session for ${name} at ${view.width} px`);
        return current;
      }, view);
    });
  }
}

let lessonsOnce: TestLesson[] | undefined;

/** A chapter of the built site by its order; throws, naming it, when the build has no such chapter. */
export function chapterByOrder(order: number): TestLesson {
  lessonsOnce ??= builtLessons();
  const lesson = lessonsOnce.find((l) => l.route.startsWith('/chapters/') && l.order === order);
  if (!lesson) throw new Error(`chapter ${order} is not in the build`);
  return lesson;
}

/** Focuses a slider by its label and presses a key on it, as a keyboard user would. */
export async function nudge(page: Page, name: string, key: string): Promise<void> {
  await page.getByRole('slider', { name }).focus();
  await page.keyboard.press(key);
}

/** One chapter and what a learner does with its simulations. */
export interface ChapterUse {
  order: number;
  use: (page: Page) => Promise<void>;
}

/**
 * In every view, one test per chapter: open it, check it is clean, use every simulation on it, and check it is still
 * clean. `timeoutMs` is per test: two axe runs and a page's worth of interactions take a while on a busy machine.
 */
export function describeChapterUse(name: string, chapters: ChapterUse[], timeoutMs: number): void {
  describeInViews(name, (current) => {
    for (const chapter of chapters) {
      it(`renders chapter ${chapter.order} cleanly, and stays clean after every simulation is used`, async () => {
        const session = current();
        const lesson = chapterByOrder(chapter.order);
        await openLesson(session, lesson.route, lesson.title);
        await expectClean(session);
        await chapter.use(session.page);
        await expectClean(session);
      }, timeoutMs);
    }
  });
}
