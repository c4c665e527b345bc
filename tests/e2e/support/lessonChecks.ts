import { afterAll, beforeAll, describe, expect } from 'vitest';
import { axeViolations, openSession, type Session } from './browser';
import { waitForLesson } from './lessons';

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
