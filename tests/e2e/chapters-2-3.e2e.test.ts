import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInViews, expectClean, openLesson } from './support/lessonChecks';

// Each test runs axe twice and drives two simulations; on a busy 2-core machine that can pass a minute.
const PER_TEST_MS = 150_000;

// The four keys of chapter 2's first simulation, and softmax(q · k / √2) over them worked out by hand.
const KEYS = [
  [-1, 0.5],
  [1.5, 0.5],
  [0.5, 1.5],
  [-0.5, 1],
];
function weightsFor(q: [number, number]): string[] {
  const e = KEYS.map(([kx, ky]) => Math.exp((q[0] * kx + q[1] * ky) / Math.SQRT2));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => (v / z).toFixed(3));
}

async function weightColumn(page: Page): Promise<string[]> {
  return page.locator('figure.aw tbody [data-column="weight"]').allInnerTexts();
}

describeInViews('chapters 2 and 3', (current) => {
  it('chapter 2: the query sliders, the token choice, dragging the arrow and the d_k slider all update the numbers', async () => {
    const session = current();
    await openLesson(session, '/chapters/scaled-dot-product-attention', 'Scaled dot-product attention');
    await expectClean(session);
    const { page } = session;
    const figure = page.locator('figure.aw');
    expect(await weightColumn(page)).toEqual(weightsFor([1, 0.5]));

    // Three presses of the right arrow move Qx from 1.0 to 1.3 in the browser's own steps of 0.1.
    await figure.getByRole('slider', { name: 'Qx' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await figure.locator('output').first().getByText('1.3').waitFor();
    expect(await weightColumn(page)).toEqual(weightsFor([1.3, 0.5]));
    expect(await figure.locator('[data-column="weight-sum"]').innerText()).toBe('1.000');

    // Another token brings its own query: "cat" starts at (0, 1).
    await figure.getByRole('radio', { name: 'cat', exact: true }).check();
    expect(await weightColumn(page)).toEqual(weightsFor([0, 1]));

    // Dragging: a press at the plot's centre puts the query at (0, 0), which spreads the weight evenly.
    const box = (await figure.getByRole('img').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.up();
    expect(await weightColumn(page)).toEqual(['0.250', '0.250', '0.250', '0.250']);

    const why = page.locator('figure.ws');
    await why.getByRole('slider', { name: 'Key size d_k' }).focus();
    await page.keyboard.press('End');
    await why.getByText(/Softmax has collapsed/).waitFor();
    expect(await why.locator('[data-stat="predicted"]').innerText()).toBe('22.63');
    await why.getByRole('checkbox', { name: 'Divide the scores by √d_k' }).focus();
    await page.keyboard.press('Space');
    await why.getByText(/The weight is shared/).waitFor();
    await expectClean(session);
  }, PER_TEST_MS);

  it('chapter 3: the head-cost controls and the head picker update the tables', async () => {
    const session = current();
    await openLesson(session, '/chapters/multi-head-attention', 'Multi-head attention');
    await expectClean(session);
    const { page } = session;
    const cost = page.locator('figure.hc');
    const cell = (name: string) => cost.locator(`[data-cell="${name}"]`).innerText();
    expect(await cell('split-params')).toBe('1,048,576');

    // From 8 heads the arrow key skips 12, which does not divide 512, and lands on 16.
    await cost.getByRole('radio', { name: '8', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await cost.getByText(/16 heads of 32:/).waitFor();
    expect(await cell('split-macs')).toBe(await cell('single-macs'));
    await cost.getByRole('slider', { name: 'Model width d' }).focus();
    await page.keyboard.press('ArrowRight');
    await cost.getByText('d = 768', { exact: false }).first().waitFor();
    expect(await cell('single-params')).toBe((4 * 768 * 768).toLocaleString('en'));

    const heads = page.locator('figure.hp');
    await heads.getByRole('radio', { name: '1: Previous token' }).focus();
    await page.keyboard.press('ArrowDown');
    await heads.getByText('Head 2, same word.').waitFor();
    const share = (Math.exp(8) / (3 * Math.exp(8) + 5)).toFixed(2);
    expect(await heads.locator('[data-cell="7-4"]').innerText()).toBe(share);
    await expectClean(session);
  }, PER_TEST_MS);
});
