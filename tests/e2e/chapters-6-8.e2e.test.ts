import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { describeChapterUse, nudge } from './support/lessonChecks';

const useChapter6 = async (page: Page) => {
  // Causal mask: switch it on from the keyboard, then show the scores before softmax.
  await page.getByRole('radio', { name: 'No mask (full attention)' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByText(/^Causal mask: 15 of 36 scores are set to −∞/).waitFor();
  await page.getByRole('radio', { name: 'Scores before softmax' }).press('Space');
  await page.locator('td.cmask-masked').filter({ hasText: '−∞' }).first().waitFor();
  expect(await page.locator('td.cmask-masked').count()).toBe(15);

  // Decoder block diagram: switch to the decoder-only design with the keyboard.
  await page.getByRole('radio', { name: 'Encoder–decoder (translation)' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByText(/^Each block has 2 sub-layers/).waitFor();

  // Cross-attention: move the decoder's query with the arrow keys.
  await page.getByRole('radio', { name: /^the → writes “black”/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByText(/gives 71\.1% of its attention to “chat”/).waitFor();
};

const useChapter8 = async (page: Page) => {
  // Watch the KV cache grow: three tokens, 512 bytes each, then start over.
  const generate = page.getByRole('button', { name: 'Generate token' });
  for (let i = 0; i < 3; i++) await generate.click();
  await page.getByText('Cache: 3 tokens | KV memory: 1,536 bytes').waitFor();
  await generate.press('Enter');
  await page.getByText('Cache: 4 tokens | KV memory: 2,048 bytes').waitFor();

  // Work with and without the cache: one step up the length slider.
  await nudge(page, 'Tokens generated', 'ArrowRight');
  await page.getByText(/^Generating 288 tokens/).waitFor();

  // KV memory: the 70B preset gives about 40 GB; without grouping, 8 times as much; one step down in context halves it.
  await page.getByText('KV cache: 42.9 GB = 40.0 GiB').waitFor();
  await page.getByRole('button', { name: /^The same 70B model without grouping/ }).click();
  await page.getByText('KV cache: 344 GB = 320 GiB').waitFor();
  await nudge(page, 'Context length (tokens)', 'ArrowLeft');
  await page.getByText('KV cache: 172 GB = 160 GiB').waitFor();
};

// Two axe runs and a page’s worth of simulations take a while on a busy two-core machine.
describeChapterUse(
  'chapters 6 and 8',
  [
    { order: 6, use: useChapter6 },
    { order: 8, use: useChapter8 },
  ],
  120_000,
);
