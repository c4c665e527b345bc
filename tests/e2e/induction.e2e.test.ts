import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { mainThreadStalls, pageNow, recordLongTasks } from './support/longTasks';

describe('the induction preset in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 1280 });
    await recordLongTasks(session.page);
  });
  afterAll(async () => {
    await session.close();
  });

  it('trains until a layer-2 head’s prefix-matching score passes 0.5 within 60 s, shows it in the status, table and chart, with the page free', async () => {
    const { page } = session;
    await page.goto(session.baseUrl + '/lab');
    await page.getByRole('link', { name: 'open the induction preset' }).click();
    await page.getByTestId('induction-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);

    const trainStart = await pageNow(page);
    await page.getByRole('button', { name: 'Train' }).click();
    const status = page.getByTestId('induction-status');
    await status.getByText(/became an induction head/).waitFor({ timeout: 60_000 });
    const sentence = (await status.textContent()) ?? '';
    console.log(`${sentence} | rate ${await page.getByTestId('induction-rate').textContent()} steps/s`);
    const match = sentence.match(/Head (\d)\.(\d) became an induction head: score ([\d.]+) at step (\d+), after ([\d.]+) s/);
    expect(match).not.toBeNull();
    const [, layer, head, score, step, seconds] = match as RegExpMatchArray;
    expect(Number(score)).toBeGreaterThan(0.5);
    expect(layer).toBe('2'); // an induction head sits on top of a layer-1 head; the preset's data leave no shortcut
    expect(Number(seconds)).toBeLessThan(60);
    // the text alternative says the same: that head's row is marked, with the step it first passed 0.5
    const row = page.getByTestId('induction-score-table').getByRole('row', { name: new RegExp(`layer ${layer}, head ${head} \\(induction head\\)`) });
    expect(await row.getByRole('cell').last().textContent()).toBe(`step ${step}`);
    // and so does the chart's description
    expect(await page.getByRole('img', { name: new RegExp(`first passed 0.5 at step ${step}`) }).count()).toBe(1);

    // keep going until the repeat's loss is below the random tokens', then let it finish its 2000 steps
    await page.waitForFunction(() => {
      const first = Number(document.querySelector('[data-testid="induction-first-loss"]')?.textContent);
      const second = Number(document.querySelector('[data-testid="induction-second-loss"]')?.textContent);
      return second < first - 1;
    }, undefined, { timeout: 60_000, polling: 200 });
    await status.getByText(/^Finished at step 2000\./).waitFor({ timeout: 120_000 });
    const table = await page.getByTestId('induction-score-table').innerText();
    console.log(`finished: before the repeat ${await page.getByTestId('induction-first-loss').textContent()}, in the repeat ${await page.getByTestId('induction-second-loss').textContent()}\n${table}`);
    expect(await mainThreadStalls(page, trainStart)).toEqual([]);
    expect(await page.getByRole('region', { name: /^Attention of layer \d, head \d, the strongest head/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('main').textContent()).not.toMatch(/NaN|Infinity/);
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  }, 240_000);

  it('fits a 360 px screen in the dark theme, works from the keyboard and has 0 axe violations', async () => {
    const narrow = await openSession({ width: 360, colorScheme: 'dark' });
    try {
      const { page } = narrow;
      await page.goto(narrow.baseUrl + '/lab/induction');
      await page.getByTestId('induction-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Train' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('induction-status').getByText(/^Training, step/).waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Pause' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('induction-status').getByText(/^Paused at step \d+/).waitFor({ timeout: 20_000 });
      await page.getByTestId('induction-score-table').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(narrow.errors).toEqual([]);
    } finally {
      await narrow.close();
    }
  }, 90_000);
});
