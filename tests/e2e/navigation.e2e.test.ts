import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { builtLessons, questionGroup, waitForLesson } from './support/lessons';

const lessons = builtLessons().filter((l) => l.track === 'chapters');
const [first, second] = lessons;
let session: Session | null = null;

afterEach(async () => {
  expect(session?.errors ?? []).toEqual([]);
  await session?.close();
  session = null;
});

const focusedTag = (s: Session) => s.page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent}`);

describe('navigation', () => {
  it('follows the sidebar to a chapter, sets the title and moves focus to its heading', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + '/');
    await page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: new RegExp(first.title) }).click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    expect(await page.title()).toBe(`${first.title} · Transformer From Scratch`);
    expect(await focusedTag(session)).toBe(`H1:${first.title}`);
    await expect(page.getByRole('link', { name: new RegExp(first.title) }).first().getAttribute('aria-current')).resolves.toBe('page');
  });

  it('moves between chapters with the previous and next links at the foot', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + first.route);
    await waitForLesson(page);
    const foot = page.getByRole('navigation', { name: 'Previous and next chapters' });
    await foot.getByRole('link', { name: new RegExp(`Next ${second.title}`) }).click();
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    expect(await focusedTag(session)).toBe(`H1:${second.title}`);
    await foot.getByRole('link', { name: new RegExp(`Previous ${first.title}`) }).click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
  });

  it('opens the collapsed course menu from its button on a narrow screen', async () => {
    session = await openSession({ width: 360 });
    const { page } = session;
    await page.goto(session.baseUrl + '/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const link = page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: new RegExp(second.title) });
    expect(await link.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await link.click();
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('serves a deep link to a section and survives a reload', async () => {
    session = await openSession();
    const { page } = session;
    const section = first.headings[0];
    await page.goto(`${session.baseUrl}${first.route}#${section.slug}`);
    await waitForLesson(page);
    expect(await page.locator(`#${section.slug}`).textContent()).toBe(section.text);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await page.locator(`#${section.slug}`).waitFor();
  });

  it('jumps to a section from the "On this page" list', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + first.route);
    await waitForLesson(page);
    const section = first.headings.filter((h) => h.depth === 2).at(-1)!;
    await page.getByText('On this page').click();
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: section.text }).click();
    await page.waitForURL(`**${first.route}#${section.slug}`);
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight / 2;
    }, section.slug);
  });

  it('shows the 404 page with links back for an unknown address', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + '/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the course page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transformer From Scratch' }).waitFor();
  });

  it('remembers the dark theme across a reload', async () => {
    session = await openSession({ colorScheme: 'light' });
    const { page } = session;
    await page.goto(session.baseUrl + '/');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('lets a keyboard user skip to the content and answer a question without a mouse', async () => {
    session = await openSession();
    const { page } = session;
    await page.goto(session.baseUrl + first.route);
    await waitForLesson(page);
    await page.keyboard.press('Tab');
    expect(await focusedTag(session)).toBe('A:Skip to content');
    const question = first.questions.find((q) => !q.multiple)!;
    const group = questionGroup(page, question);
    await group.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedTag(session)).toBe('BUTTON:Check answer');
    await page.keyboard.press('Enter');
    await group.locator('xpath=ancestor::form').getByRole('status').getByText(/Correct\.|Not quite\./).waitFor();
  });
});
