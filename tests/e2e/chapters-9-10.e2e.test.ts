import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInViews, expectClean, openLesson } from './support/lessonChecks';

/** Focuses a slider by its label and moves it one step with the keyboard; returns its value before and after. */
async function nudgeSlider(page: Page, name: RegExp | string, key = 'ArrowRight'): Promise<[string, string]> {
  const slider = page.getByRole('slider', { name });
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press(key);
  return [before, await slider.inputValue()];
}

describeInViews('chapters 9 and 10', (current) => {
  it('runs every simulation of chapter 9 from the keyboard with no console error and no axe violation', async () => {
    const session = current();
    await openLesson(session, '/chapters/mixture-of-experts-and-scaling', 'Mixture of experts and scaling');
    await expectClean(session);
    const { page } = session;

    const firstToken = page.locator('tr[data-token="0"] th');
    const before = await firstToken.textContent();
    const route = page.getByRole('button', { name: 'Route new tokens' });
    await route.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((old) => document.querySelector('tr[data-token="0"] th')?.textContent !== old, before);
    await page.getByRole('button', { name: 'New router weights' }).click();

    expect(await nudgeSlider(page, /Doublings of the parameters/)).toEqual(['8', '9']);
    await page.getByText('9 → N = 512 million').waitFor();
    await page.getByRole('button', { name: 'Double N' }).click();
    await page.getByText('10 → N = 1.02 billion').waitFor();
    expect(await page.getByTestId('ratio').textContent()).toContain('0.9487');

    expect(await nudgeSlider(page, /Window size/, 'ArrowLeft')).toEqual(['4', '3']);
    // 12 tokens, window 3: 1 + 2 + 3 × 10 = 33 pairs.
    await page.getByTestId('window-pairs').getByText('33', { exact: true }).waitFor();
    await nudgeSlider(page, 'Layers stacked');

    await page.getByRole('radio', { name: /^Multi-query/ }).check();
    expect(await page.getByTestId('total').textContent()).toBe('5.00 GiB');

    await expectClean(session);
  });

  it('runs the residual stream and induction head simulations of chapter 10 with no console error and no axe violation', async () => {
    const session = current();
    await openLesson(session, '/chapters/what-makes-it-work', 'What makes it work');
    await expectClean(session);
    const { page } = session;

    expect(await nudgeSlider(page, 'Read the stream')).toEqual(['0', '1']);
    expect(await page.locator('tr[data-block="previous"] [data-column="holds"]').textContent()).toBe('K (1.00)');
    await nudgeSlider(page, 'At position', 'ArrowLeft');

    expect(await nudgeSlider(page, /Repeat length/)).toEqual(['5', '6']);
    await page.getByText(/^Stripe: in \d+ of 5 rows/).waitFor();
    await page.getByRole('button', { name: 'New random tokens' }).click();
    await page.getByRole('radio', { name: 'Layer 1: previous-token head' }).check();
    await page.getByText(/previous-token head looks 1 position back/).waitFor();
    const score = await page.getByText(/During the repeat the model predicted/).textContent();
    const [, right, total] = score?.match(/predicted (\d+) of (\d+)/) ?? [];
    expect(Number(total)).toBe(5);
    expect(Number(right) / Number(total)).toBeGreaterThan(1 / 16);

    await expectClean(session);
  });
});
