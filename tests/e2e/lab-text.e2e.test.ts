import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';

// A paragraph to paste: about 1,100 characters of plain English, so the last tenth held out is ~110 characters.
const PARAGRAPH = [
  'The lighthouse keeper climbed the stairs every evening at dusk. There were one hundred and twelve steps, and he',
  'counted each of them, because counting kept his mind from the wind. At the top he wiped the great lens with a soft',
  'cloth, trimmed the wick, and struck a match. The flame caught, the lens turned, and a long white beam swept across',
  'the water. Far out, a fishing boat blinked its own small light in answer. The keeper waved, though nobody could see',
  'him, and went back down the stairs to make his tea. He drank it slowly by the window, watching the beam go round and',
  'round, and thought about the boats, the rocks, the tide, and the long night ahead. When the kettle was cold he wound',
  'the clock, wrote the weather in the log, and climbed the stairs again, counting, one hundred and twelve, to see that',
  'the light still burned. It always did. In the morning the fog came in, thick and grey, and he rang the bell instead,',
  'once a minute, until the sun burned the fog away and the sea was blue again and the gulls came back to the rocks.',
].join(' ');

/** The held-out loss as the page holds it, at full precision (NaN before it is measured). */
async function heldOutLoss(session: Session): Promise<number> {
  const value = await session.page.getByTestId('lab-held-out').getAttribute('data-loss');
  return value === null ? NaN : Number(value);
}

describe('the Lab on your own text, in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 1280 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('trains on a pasted paragraph below the uniform guess, resumes after a reload, and brings an exported model back to the same held-out loss', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/lab`);
    await page.getByTestId('lab-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    await page.getByRole('radio', { name: 'Your text' }).check();
    await page.getByLabel('Paste or type your text').fill(PARAGRAPH);
    await page.getByRole('button', { name: 'Train on this text' }).click();
    const vocabulary = new Set(Array.from(PARAGRAPH)).size;
    await page.getByTestId('lab-vocab-size').getByText(String(vocabulary), { exact: true }).waitFor();
    await page.getByTestId('lab-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    await page.getByText(`Show the ${vocabulary} characters`).click();
    expect(await axeViolations(page)).toEqual([]);

    const uniform = Math.log(vocabulary);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    // A checkpoint lands in IndexedDB while it trains; then the held-out loss (measured every 50 steps) beats a uniform guess.
    await page.getByTestId('lab-keep-status').getByText(/^Checkpoint saved in this browser at step \d+\.$/).waitFor({ timeout: 30_000 });
    await page.waitForFunction((u) => {
      const value = document.querySelector('[data-testid="lab-held-out"]')?.getAttribute('data-loss');
      return value != null && Number(value) < u - 0.5;
    }, uniform, { timeout: 60_000, polling: 200 });
    const checkpoint = Number((await page.getByTestId('lab-keep-status').textContent())?.match(/step (\d+)/)?.[1]);
    console.log(`own text: V ${vocabulary}, uniform ${uniform.toFixed(3)}, held-out ${(await heldOutLoss(session)).toFixed(3)} at step ${await page.getByTestId('lab-step').textContent()}, last checkpoint ${checkpoint}`);

    // Reload while it runs: the run comes back from its checkpoint (or the save taken as the page went away), on the same text.
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    await page.reload();
    const restored = page.getByTestId('lab-keep-status').getByText(/^Restored the model saved at step \d+\./);
    await restored.waitFor({ timeout: 20_000 });
    const step = Number((await restored.textContent())?.match(/step (\d+)/)?.[1]);
    expect(step).toBeGreaterThanOrEqual(checkpoint);
    await page.getByTestId('lab-status').getByText(`Paused at step ${step}.`).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('lab-vocab-size').textContent()).toBe(String(vocabulary));
    await page.waitForFunction(() => document.querySelector('[data-testid="lab-held-out"]')?.hasAttribute('data-loss'));
    const before = await heldOutLoss(session);
    expect(before).toBeLessThan(uniform);

    // Writing uses only the text's characters.
    await page.getByRole('button', { name: 'Generate text' }).click();
    const written = await page.getByTestId('lab-written-text').textContent();
    const allowed = new Set(Array.from(PARAGRAPH));
    expect(written!.length).toBeGreaterThan(200);
    expect(Array.from(written!).filter((c) => !allowed.has(c))).toEqual([]);

    // Export, Reset, import: the same held-out loss, measured again by the worker on the imported weights.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export weights' }).click()]);
    expect(file.suggestedFilename()).toBe(`tiny-gpt-text-step-${step}.json`);
    const path = await file.path();
    expect(JSON.parse(readFileSync(path, 'utf8')).vocabulary).toHaveLength(vocabulary);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByTestId('lab-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    await page.getByLabel('Import weights').setInputFiles(path);
    await page.getByTestId('lab-keep-status').getByText(/imported/i).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('lab-keep-status').textContent()).toMatch(/^Imported [^:]+: 2 layers, 4 heads, width 32, trained on your text\./);
    await page.waitForFunction(() => document.querySelector('[data-testid="lab-held-out"]')?.hasAttribute('data-loss'), undefined, { timeout: 20_000 });
    const after = await heldOutLoss(session);
    console.log(`held-out before export ${before}, after import ${after}`);
    expect(Math.abs(after - before)).toBeLessThan(1e-6);
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  }, 180_000);

  it('refuses a 6 MB file and a binary file with a message, and keeps the text it had', async () => {
    const { page } = session;
    const input = page.getByLabel('Or open a text file');
    await input.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 97) });
    await page.getByTestId('lab-data-problem').getByText('big.txt is 6.0 MB; the Lab trains on text files of at most 5.0 MB.', { exact: false }).waitFor();
    await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]) });
    await page.getByTestId('lab-data-problem').getByText('photo.png is a binary file, not plain text (it holds NUL bytes).', { exact: false }).waitFor();
    expect(await page.getByTestId('lab-data-problem').textContent()).toMatch(/Nothing changed: the Lab keeps training on your text\.$/);
    expect(await page.getByTestId('lab-vocab-size').textContent()).toBe(String(new Set(Array.from(PARAGRAPH)).size));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a shared link to a Moby-Dick run with its dials and seed, and names the book and its licence', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/lab?corpus=moby-dick&layers=1&heads=2&width=32&context=32&rate=0.003&seed=7`);
    await page.getByTestId('lab-keep-status').getByText(/^Set up from a shared link: Moby-Dick, chapters 1–30, seed 7\./).waitFor({ timeout: 20_000 });
    await page.getByTestId('lab-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Layers').inputValue()).toBe('1');
    expect(await page.getByLabel('Seed').inputValue()).toBe('7');
    await page.getByText(/public domain, from the npm package @stdlib\/datasets-moby-dick \(Apache-2\.0\)/).waitFor();
    expect(Number(await page.getByTestId('lab-vocab-size').textContent())).toBeGreaterThan(60);
    expect(await page.getByTestId('lab-share-url').inputValue()).toMatch(/\/lab\?corpus=moby-dick&layers=1&heads=2&width=32&context=32&rate=0\.003&seed=7$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  }, 60_000);
});
