import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardSequence, type GptModel } from '../../engine/gpt/forward';
import { samplingDistribution } from '../../engine/gpt/sample';
import { loadModel } from '../../engine/gpt/serialize';
import { openSession, type Session } from './support/browser';
import { chapterByOrder, expectClean, openLesson } from './support/lessonChecks';

/** The page's way of writing a number: fixed decimals and a true minus sign. */
const fmt = (v: number, d = 3) => {
  const t = v.toFixed(d);
  return Number(t) === 0 ? (0).toFixed(d) : t.replace('-', '−');
};

/** Float32 agreement between a number the page computed and one computed here. */
function expectFloat32Equal(shown: number, expected: number): void {
  expect(Math.abs(shown - expected)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected)));
}

/** The exact value a cell or summary keeps in its data-value attribute, and the text it shows. */
async function shown(page: Page, selector: string): Promise<{ value: number; text: string }> {
  const element = page.locator(selector).first();
  return { value: Number(await element.getAttribute('data-value')), text: await element.innerText() };
}

/** Picks "Your Lab model" once the page has found it, and waits for the figure to show it. */
async function switchToLab(page: Page, step: string): Promise<void> {
  const option = page.getByRole('radio', { name: `Your Lab model (step ${step}, trained on the names)` });
  await option.check();
  await page.getByRole('textbox', { name: 'Prompt' }).waitFor();
}

/** Types a prompt and waits until the model reads the given characters. */
async function typePrompt(page: Page, text: string, reads: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Prompt' }).fill(text);
  await page.waitForFunction((want) => document.querySelector('[data-testid="tm-tokens"]')?.textContent === want, reads);
}

// Training a little, then six pages with two axe runs each, on a busy 2-core machine.
const PER_TEST_MS = 240_000;

describe('the trained model in the step-by-step views, in Chromium', () => {
  let session: Session;
  let model: GptModel;
  let step: string;

  beforeAll(async () => {
    session = await openSession({ width: 1280 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('says to train in the Lab first, links there, and after a short training shows the model’s numbers as the engine computes them', async () => {
    const { page } = session;
    await openLesson(session, '/forward-pass/attention', 'Attention, step by step');
    await expect(page.getByRole('radio', { name: 'Your Lab model (none in this browser yet)' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('link', { name: 'Train a model in the Lab first' }).click();

    await page.getByTestId('lab-status').getByText('Ready: press Train to start.').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Train' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="lab-step"]')?.textContent) >= 60, undefined,
      { timeout: 60_000, polling: 200 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const saved = await page.getByTestId('lab-keep-status').getByText(/^Saved in this browser at step \d+\.$/).textContent();
    step = saved?.match(/\d+/)?.[0] ?? '';
    // The weights as a file, read here by the engine: what the page shows must follow from them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export weights' }).click()]);
    // The Lab's file wraps the engine's saved model with the vocabulary it was trained on.
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.vocabulary.join('')).toBe('.abcdefghijklmnopqrstuvwxyz');
    model = loadModel(JSON.stringify(file.model));

    await openLesson(session, '/forward-pass/attention', 'Attention, step by step');
    await switchToLab(page, step);
    await typePrompt(page, 'Emma1', '.emma');
    await page.getByTestId('tm-prompt-note').getByText('Left out, the model has no token for it: “1”.').waitFor();
    await page.getByRole('combobox', { name: 'Head' }).selectOption({ label: '2 of 4' });
    const ids = [0, 5, 13, 13, 1];
    const forward = forwardSequence(model, ids);

    // The query of "a" in head 2: LN₁(x)·W_Q + b, worked out here from the exported weights.
    const { width: C, heads: H } = model.config;
    const hs = C / H;
    const q = await shown(page, '[data-summary="lab-q-last"]');
    const expectedQ = expectedQuery(model, ids, 4, hs + 0);
    expectFloat32Equal(q.value, expectedQ);
    expect(q.text).toBe(fmt(q.value));
    // Its heaviest attention weight is the one forwardSequence gives.
    const weights = forward.attention[0][1][4];
    const top = await shown(page, '[data-summary="lab-top-weight"]');
    expectFloat32Equal(top.value, Math.max(...weights));
    await page.getByRole('radio', { name: 'Scores and weights' }).check();
    for (let j = 0; j < ids.length; j++) expectFloat32Equal((await shown(page, `[data-cell="lab-weights-4-${j}"]`)).value, weights[j]);
    await expectClean(session, { figures: 'figure.fp-lab' });

    // The next lesson keeps the Lab model and the prompt: the next character and its probability.
    await page.locator('a[rel="next"]').click();
    await page.getByRole('heading', { level: 1, name: 'The MLP, the logits and the loss' }).waitFor();
    await page.getByRole('radio', { name: 'Logits and softmax' }).check();
    const probabilities = samplingDistribution(forward.logits[4]);
    const best = probabilities.indexOf(Math.max(...probabilities));
    const prob = await shown(page, '[data-summary="lab-top-prob"]');
    expectFloat32Equal(prob.value, probabilities[best]);
    expect(prob.text).toBe(`${fmt(probabilities[best] * 100, 1)}%`);
    expect(await page.locator('[data-summary="lab-prediction"]').innerText()).toBe('.abcdefghijklmnopqrstuvwxyz'[best]);
    for (let v = 0; v < 27; v++) {
      expectFloat32Equal((await shown(page, `[data-cell="lab-next-${v}-0"]`)).value, forward.logits[4][v]);
      expectFloat32Equal((await shown(page, `[data-cell="lab-next-${v}-1"]`)).value, probabilities[v]);
    }
    await expectClean(session, { figures: 'figure.fp-lab' });
  }, PER_TEST_MS);

  it('fits 360 px in the dark theme: the embeddings with every column shown, and the attention of chapters 2, 3 and 6', async () => {
    const { page } = session;
    expect(model, 'the first test trained and exported a model').toBeDefined();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });

    await openLesson(session, '/forward-pass/tokens-and-embeddings', 'Tokens, embeddings and LayerNorm');
    await switchToLab(page, step);
    await typePrompt(page, 'bob', '.bob');
    await page.getByRole('button', { name: `Show all ${model.config.width} columns` }).last().click();
    const x = await shown(page, `[data-cell="lab-x-3-${model.config.width - 1}"]`);
    const C = model.config.width;
    expectFloat32Equal(x.value, model.params.tokenEmbedding[2 * C + C - 1] + model.params.positionEmbedding[3 * C + C - 1]);
    await expectClean(session, { figures: 'figure.fp-lab' });

    const ids = [0, 2, 15, 2];
    const forward = forwardSequence(model, ids);
    for (const order of [2, 3, 6]) {
      const lesson = chapterByOrder(order);
      await openLesson(session, lesson.route, lesson.title);
      await switchToLab(page, step);
      await typePrompt(page, 'bob', '.bob');
      await page.getByRole('combobox', { name: 'Layer' }).selectOption({ label: '2 of 2' });
      await page.getByRole('combobox', { name: 'Head' }).selectOption({ label: '3 of 4' });
      await page.getByRole('table', { name: /Weights after softmax, layer 2, head 3/ }).waitFor();
      const weights = forward.attention[1][2];
      for (let i = 0; i < ids.length; i++) {
        for (let j = 0; j <= i; j++) expectFloat32Equal((await shown(page, `[data-cell="lab-weights-${i}-${j}"]`)).value, weights[i][j]);
      }
      if (order === 6) {
        await page.getByRole('radio', { name: 'Scores after the mask' }).check();
        expect(await page.locator('[data-cell="lab-masked-0-3"]').innerText()).toBe('−∞');
      }
      await expectClean(session, { figures: 'figure.tm-figure' });
    }
  }, PER_TEST_MS);
});

/** Entry `column` of token t's query/key/value row, LN₁(x)·W_qkv + b, from the weights alone (block 0). */
function expectedQuery(model: GptModel, ids: number[], t: number, column: number): number {
  const { width: C, layerNormEpsilon: eps } = model.config;
  const p = model.params;
  const x = Array.from({ length: C }, (_, c) => p.tokenEmbedding[ids[t] * C + c] + p.positionEmbedding[t * C + c]);
  const mean = x.reduce((s, v) => s + v, 0) / C;
  const rstd = 1 / Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / C + eps);
  const { ln1Gain, ln1Bias, qkvWeight, qkvBias } = p.layers[0];
  const ln = x.map((v, c) => (v - mean) * rstd * ln1Gain[c] + ln1Bias[c]);
  return ln.reduce((s, v, c) => s + v * qkvWeight[c * 3 * C + column], 0) + qkvBias[column];
}
