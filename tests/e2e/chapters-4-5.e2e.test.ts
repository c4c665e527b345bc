import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeChapterUse, nudge } from './support/lessonChecks';

const useChapter4 = async (page: Page) => {
  // Order-blind attention: pick another order with the keyboard, then add positions.
  const order = page.getByRole('radio', { name: '“mat cat sat”' });
  await order.focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('radio', { name: '“sat mat cat”' }).and(page.locator(':checked')).waitFor();
  await page.getByTestId('cat-change').filter({ hasText: '0.000' }).waitFor();
  await page.getByRole('checkbox', { name: /Add a position vector/ }).press('Space');
  await page.getByText('now the order changes what “cat” sees').waitFor();

  // Sinusoidal table: 32 → 40 dimensions with the arrow key; the picture's description follows.
  await nudge(page, 'Dimensions d', 'ArrowRight');
  await page.getByRole('img', { name: /32 positions down, 40 dimensions across/ }).waitFor();
  await nudge(page, 'Offset k', 'ArrowRight');
  await page.getByText(/^Largest difference between PE\(6\) and PE\(3\) · M3 over all 40 dimensions: 0/).waitFor();

  // RoPE: move both positions; the score stays, the distance stays.
  const score = await page.getByTestId('rope-score').textContent();
  await page.getByRole('button', { name: 'Move both one place later' }).click();
  await page.getByRole('slider', { name: 'Query position m' }).and(page.locator('[value="3"]')).waitFor();
  expect(await page.getByTestId('rope-score').textContent()).toBe(score);
  await nudge(page, 'Key position n', 'ArrowLeft');
  await page.getByText(/^Distance n − m = 2\./).waitFor();
};

const useChapter5 = async (page: Page) => {
  const forward = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 7; i++) await forward.click();
  await page.getByText('Step 7 of 7: + residual = output').waitFor();
  expect(await forward.isDisabled()).toBe(true);
  await page.getByRole('button', { name: 'Step back' }).press('Enter');
  await page.getByText('Step 6 of 7: FFN: 32 → 8').waitFor();

  const model = page.getByRole('radio', { name: 'GPT-2 small' });
  await model.focus();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('total').filter({ hasText: '6,738,415,616' }).waitFor();
  await page.getByRole('radio', { name: 'GPT-3 175B' }).check();
  await page.getByTestId('ffn-total').filter({ hasText: '66.4%' }).waitFor();
};

// Two axe runs and a dozen interactions: allow for a busy two-core machine.
describeChapterUse(
  'chapters 4 and 5',
  [
    { order: 4, use: useChapter4 },
    { order: 5, use: useChapter5 },
  ],
  120_000,
);
