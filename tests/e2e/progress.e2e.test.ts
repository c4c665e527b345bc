import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { answerQuestion, builtLessons, questionGroup, waitForLesson } from './support/lessons';

const lesson = builtLessons().find((l) => l.track === 'chapters')!;
const [firstQuestion] = lesson.questions;
let session: Session | null = null;

afterEach(async () => {
  expect(session?.errors ?? []).toEqual([]);
  expect(session?.offsiteRequests ?? []).toEqual([]);
  await session?.close();
  session = null;
});

/** The feedback region of a question. */
const feedbackOf = (s: Session) => questionGroup(s.page, firstQuestion).locator('xpath=ancestor::form').getByRole('status');

describe('saved progress', () => {
  it('keeps an answer and its feedback across a reload, with no axe violation after answering', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + lesson.route);
    await waitForLesson(page);
    await answerQuestion(page, firstQuestion, false);
    await feedbackOf(session).getByText('Not quite.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await waitForLesson(page);
    await feedbackOf(session).getByText('Not quite.').waitFor();
    await questionGroup(page, firstQuestion).locator('xpath=ancestor::form').getByRole('button', { name: 'Try again' }).click();
    await answerQuestion(page, firstQuestion, true);
    await feedbackOf(session).getByText('Correct.').waitFor();
  });

  it('marks the chapter complete in the sidebar and on the course page, and keeps it after a reload', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + lesson.route);
    await waitForLesson(page);
    for (const question of lesson.questions) await answerQuestion(page, question, true);
    await page.getByText(`All ${lesson.questions.length} questions answered correctly.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.getByText(`All ${lesson.questions.length} questions answered correctly.`).waitFor();
    const sidebarLink = page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: new RegExp(lesson.title) });
    expect(await sidebarLink.textContent()).toContain('(complete)');
    await page.getByRole('link', { name: 'Transformer From Scratch' }).click();
    await page.getByText(`${lesson.questions.length} of ${lesson.questions.length} questions right`).waitFor();
    expect(await page.getByText(/Continue where you left off/).textContent()).toContain(lesson.title);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('starts with fresh progress and a notice when stored progress is corrupt, keeping a backup', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + '/');
    await page.evaluate(() => window.localStorage.setItem('tfs-progress', '{"state": {"answers": '));
    await page.reload();
    await page.getByText(/could not be read, so the course has started afresh/).waitFor();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tfs-progress-backup-')).map((k) => localStorage.getItem(k)));
    expect(backups).toEqual(['{"state": {"answers": ']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByText(/could not be read/).count()).toBe(0);
  });

  it('shows an answer given in one tab in another tab of the same browser', async () => {
    session = await openSession();
    const { page, context } = session;
    await page.goto(session.baseUrl + lesson.route);
    await waitForLesson(page);
    const other = await context.newPage();
    await other.goto(session.baseUrl + lesson.route);
    await waitForLesson(other);
    await answerQuestion(page, firstQuestion, true);
    await questionGroup(other, firstQuestion).locator('xpath=ancestor::form').getByRole('status').getByText('Correct.').waitFor();
  });

  it('keeps working with one notice when the browser blocks storage', async () => {
    session = await openSession();
    const { page, context } = session;
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(session.baseUrl + lesson.route);
    await waitForLesson(page);
    await page.getByText(/not letting the course save progress/).waitFor();
    await answerQuestion(page, firstQuestion, true);
    await feedbackOf(session).getByText('Correct.').waitFor();
    expect(await page.getByText(/not letting the course save progress/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
