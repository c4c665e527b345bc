import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { waitForLesson } from './support/lessons';

/** Focuses a slider by its label and moves it one step with the keyboard; returns its value before and after. */
async function nudgeSlider(page: Page, name: RegExp | string, key = 'ArrowRight'): Promise<[string, string]> {
  const slider = page.getByRole('slider', { name });
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press(key);
  return [before, await slider.inputValue()];
}

/** How far the page scrolls sideways, in pixels: 0 or less means it fits the screen. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Reads a number shown in a test-id'd element. */
async function shownNumber(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).textContent());
}

for (const view of [
  { width: 1280, colorScheme: 'light' as const },
  { width: 360, colorScheme: 'dark' as const },
]) {
  describe(`chapter 7 at ${view.width} px in the ${view.colorScheme} theme`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession(view);
    });
    afterAll(async () => {
      await session.close();
    });

    it('runs the loss and schedule simulations from the keyboard, and trains the tiny GPT in its worker until the loss falls', async () => {
      const { page } = session;
      session.errors.length = 0;
      await page.goto(session.baseUrl + '/chapters/training');
      await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
      await waitForLesson(page);
      await page.getByTestId('status').getByText('Ready: press Start to train.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      expect(await page.getByTestId('loss').textContent()).toBe('0.693');
      expect(await nudgeSlider(page, /P\(correct\)/)).toEqual(['50', '51']);
      expect(await page.getByTestId('loss').textContent()).toBe('0.673'); // −ln 0.51

      expect(await nudgeSlider(page, 'Warmup steps')).toEqual(['100', '150']);
      expect(await page.getByTestId('rate-first').textContent()).toBe('4.0 × 10⁻⁶'); // 6e-4 / 150
      expect(await nudgeSlider(page, 'Peak learning rate', 'ArrowLeft')).toEqual(['3', '2']);
      expect(await page.getByTestId('rate-peak').textContent()).toBe('3.0 × 10⁻⁴');

      const start = page.getByRole('button', { name: 'Start' });
      await start.focus();
      await page.keyboard.press('Enter');
      // The run takes seconds: wait for its end, then check that the model learned.
      await page.getByTestId('status').getByText('Finished: all 1200 steps done.').waitFor({ timeout: 90_000 });
      expect(await page.getByTestId('step').textContent()).toBe('1200 of 1200');
      const uniform = await shownNumber(page, 'uniform-loss');
      expect(uniform).toBeCloseTo(Math.log(17), 3);
      expect(await shownNumber(page, 'train-loss')).toBeLessThan(uniform * 0.3);
      expect(await shownNumber(page, 'held-out-loss')).toBeLessThan(uniform * 0.5);
      expect(await page.getByText('Held-out loss (step 1200)').count()).toBe(1);
      expect(await page.locator('.tp-sim').textContent()).not.toMatch(/NaN|Infinity/);
      // The Start button disabled itself at the end; keyboard focus moved to Reset.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset');
      await page.getByRole('button', { name: 'Write a sample' }).click();
      const sample = await page.getByTestId('sample').getByText(/^After 1200 steps/).textContent();
      expect(sample).toMatch(/the model writes: the [a-z .]{60}$/);
      await page.getByRole('button', { name: 'Reset', exact: true }).focus();

      await page.keyboard.press('Enter');
      await page.getByTestId('status').getByText('Ready: press Start to train.').waitFor();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByTestId('status').getByText(/^(Paused at step \d+|Finished: all 1200 steps done)\.$/).waitFor();

      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(session.errors).toEqual([]);
      expect(session.offsiteRequests).toEqual([]);
    }, 120_000);
  });
}
