import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rollout } from '../../engine/ladder/languageGenerate';
import { PROMPT } from '../../engine/ladder/languageModel';
import { LANGUAGE_WEIGHTS } from '../../engine/ladder/languageWeights';
import { axeViolations, openSession, type Session } from './support/browser';
import { waitForLesson } from './support/lessons';

// Each test runs axe twice and drives a simulation; on a busy 2-core machine that can pass a minute.
const PER_TEST_MS = 150_000;

// The rollout the engine test asserts; the browser's Generate button must produce the same words.
const GREEDY = [...PROMPT, ...rollout(PROMPT, LANGUAGE_WEIGHTS, 3, { mode: 'greedy' }).map((s) => s.word)].join(' ');

/** Opens a ladder rung, waits for its simulation, and checks it is clean before anything is touched. */
async function openRung(session: Session, slug: string, heading: RegExp): Promise<void> {
  session.errors.length = 0;
  await session.page.goto(`${session.baseUrl}/ladder/${slug}`);
  await session.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await waitForLesson(session.page);
  expect(await axeViolations(session.page)).toEqual([]);
  expect(session.errors).toEqual([]);
}

/** After the simulation was used: still no console error, no axe violation, no sideways scrolling. */
async function expectStillClean(session: Session): Promise<void> {
  expect(await axeViolations(session.page)).toEqual([]);
  const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  expect(session.errors).toEqual([]);
  expect(session.offsiteRequests).toEqual([]);
}

for (const view of [
  { width: 1280, colorScheme: 'light' as const },
  { width: 360, colorScheme: 'dark' as const },
]) {
  describe(`ladder rungs 4–7 at ${view.width} px in the ${view.colorScheme} theme`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession(view);
    });
    afterAll(async () => {
      await session.close();
    });

    it('rung 4: Home on forest’s d₂ slider makes forest the prediction, and restoring brings roamed back', async () => {
      await openRung(session, 'embed', /^Embed/);
      const { page } = session;
      const prediction = page.getByTestId('embed-prediction');
      expect(await prediction.innerText()).toMatch(/roamed \(80\.0%\)$/);
      await page.getByRole('slider', { name: 'forest d₂' }).focus();
      await page.keyboard.press('Home');
      await prediction.getByText('forest').waitFor();
      await page.getByRole('button', { name: /Restore the fitted embeddings/ }).press('Enter');
      await prediction.getByText('roamed').waitFor();
      await expectStillClean(session);
    }, PER_TEST_MS);

    it('rung 5: one step right on fluffy’s d₀ raises its Q·K from 0.640 to 0.740', async () => {
      await openRung(session, 'attend', /^Attend/);
      const { page } = session;
      const score = page.getByRole('table', { name: /Attention from/ }).getByRole('row', { name: /^fluffy/ }).locator('[data-column="score"]');
      expect(await score.innerText()).toBe('0.640');
      await page.getByRole('slider', { name: 'fluffy d₀' }).focus();
      await page.keyboard.press('ArrowRight');
      await score.getByText('0.740').waitFor();
      expect(await page.locator('[data-column="alpha-sum"]').innerText()).toBe('1.000');
      await expectStillClean(session);
    }, PER_TEST_MS);

    it('rung 6: bypassing the MLP from the keyboard puts creature on top instead of roamed', async () => {
      await openRung(session, 'mlp', /^MLP/);
      const { page } = session;
      const firstWord = () => page.getByRole('table', { name: /Next-word probabilities/ }).getByRole('rowheader').first().innerText();
      expect(await firstWord()).toBe('roamed');
      await page.getByRole('checkbox', { name: 'Bypass the MLP' }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('table', { name: /with the MLP bypassed/ }).waitFor();
      expect(await firstWord()).toBe('creature');
      await expectStillClean(session);
    }, PER_TEST_MS);

    it('rung 7: three greedy presses of Generate give the same rollout as the engine test', async () => {
      await openRung(session, 'generate', /^Generate/);
      const { page } = session;
      const button = page.getByRole('button', { name: 'Generate next word' });
      for (let i = 0; i < 3; i++) await button.press('Enter');
      await page.getByRole('list', { name: /rollout/ }).getByRole('listitem').nth(2).waitFor();
      expect(GREEDY).toBe('a fluffy blue creature roamed the forest');
      expect((await page.getByTestId('generate-text').innerText()).replace(/\s+/g, ' ').trim()).toBe(GREEDY);
      await page.getByRole('slider', { name: 'T (temperature)' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.getByText('P (T = 1.05)').waitFor();
      await expectStillClean(session);
    }, PER_TEST_MS);
  });
}
