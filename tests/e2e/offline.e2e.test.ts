import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './support/browser';
import { answerQuestion, builtLessons, questionGroup, waitForLesson } from './support/lessons';
import { staticRoutes, waitForOfflineReady } from './support/serviceWorker';

const lessons = builtLessons();
const pages = staticRoutes(readFileSync('app/App.tsx', 'utf8'));
const quizLesson = lessons.find((l) => l.track === 'chapters' && l.questions.length > 0)!;
const mathLesson = lessons.find((l) => /\$/.test(readFileSync(l.file, 'utf8')))!;

/** The state of every KaTeX font face the page asked for, once the browser has settled them. */
async function katexFontStates(session: Session): Promise<string[]> {
  return session.page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes('KaTeX') && f.status !== 'unloaded').map((f) => `${f.family} ${f.status}`);
  });
}

describe('the course offline after one visit', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(session.baseUrl + '/');
    await session.page.getByRole('heading', { level: 1 }).waitFor();
    await waitForOfflineReady(session.page);
    await session.context.setOffline(true);
  });
  afterAll(async () => {
    await session.close();
  });

  it('offers an installable manifest whose icons are all served', async () => {
    const { page } = session;
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest).toMatchObject({ name: 'Transformer From Scratch', start_url: '/', display: 'standalone' });
    const sizes = (manifest.icons as { src: string; sizes: string; purpose: string }[]).map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const type = await page.evaluate(async (src) => (await fetch(src)).headers.get('content-type'), icon.src);
      expect(type, icon.src).toContain(icon.type);
    }
  });

  it('reloads and renders the course page, every lesson and every page of the app with the network off', async () => {
    const { page } = session;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Transformer From Scratch' }).waitFor();
    // The network really is off: a file the worker does not keep cannot be fetched.
    expect(await page.evaluate(() => fetch('/robots.txt').then(() => 'fetched', () => 'failed'))).toBe('failed');
    expect(session.errors.splice(0)).toEqual([expect.stringMatching(/ERR_INTERNET_DISCONNECTED|Failed to fetch|failed/i)]);
    for (const lesson of lessons) {
      await page.goto(session.baseUrl + lesson.route);
      await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
      if (lesson.questions.length > 0) await waitForLesson(page);
    }
    for (const route of pages) {
      await page.goto(session.baseUrl + route);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Whatever a page loads lazily (an exercise's editor, say) arrives from the cache: no loading message stays.
      await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => /^Loading/.test(e.textContent ?? '')), undefined, { timeout: 20_000 });
    }
    await page.goto(session.baseUrl + '/no/such-page');
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
    expect(session.errors).toEqual([]);
  }, 300_000);

  it('draws formulas in KaTeX fonts from the cache', async () => {
    const { page } = session;
    await page.goto(session.baseUrl + mathLesson.route);
    await page.locator('.katex').first().waitFor();
    const states = await katexFontStates(session);
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((s) => !s.endsWith('loaded'))).toEqual([]);
  });

  it('trains the Lab with the network off', async () => {
    const { page } = session;
    await page.goto(session.baseUrl + '/lab');
    await page.getByTestId('lab-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Train' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="lab-step"]')?.textContent) >= 20, undefined,
      { timeout: 30_000, polling: 100 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByTestId('lab-status').getByText(/^Paused at step \d+\.$/).waitFor();
  }, 60_000);

  it('searches the course with the network off and lands on a section', async () => {
    const { page } = session;
    await page.goto(session.baseUrl + '/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByText(/^Search every lesson/).waitFor();
    await dialog.getByRole('combobox', { name: 'Search the course' }).fill('softmax');
    await dialog.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.length > 1 && document.activeElement?.id === decodeURIComponent(location.hash.slice(1)));
  });

  it('keeps an answer given offline after going back online and reloading', async () => {
    const { page, context } = session;
    const [question] = quizLesson.questions;
    await page.goto(session.baseUrl + quizLesson.route);
    await waitForLesson(page);
    await answerQuestion(page, question, true);
    const feedback = questionGroup(page, question).locator('xpath=ancestor::form').getByRole('status');
    await feedback.getByText('Correct.').waitFor();
    await context.setOffline(false);
    await page.reload();
    await waitForLesson(page);
    await feedback.getByText('Correct.').waitFor();
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  });
});
