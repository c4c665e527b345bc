import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_WEIGHTS, withCell } from '../../engine/forwardPass/weights';
import { reference } from '../engine/forwardPass/reference';
import type { Session } from './support/browser';
import { describeInViews, expectClean, openLesson } from './support/lessonChecks';
import { answerQuestion, builtLessons, waitForLesson } from './support/lessons';

// Each test runs axe twice and edits several matrices; on a busy 2-core machine that can pass a minute.
const PER_TEST_MS = 150_000;

/** The page's way of writing a number: three decimals and a true minus sign. */
const fmt = (v: number, d = 3) => {
  const t = v.toFixed(d);
  return Number(t) === 0 ? (0).toFixed(d) : t.replace('-', '−');
};
const cell = (page: Page, name: string) => page.locator(`[data-cell="${name}"]`).innerText();
const summary = (page: Page, name: string) => page.locator(`[data-summary="${name}"]`).innerText();

const track = builtLessons().filter((lesson) => lesson.track === 'forward-pass');

/** Answers every question of a lesson rightly and waits for the quiz to say so: the questions count in progress. */
async function answerAll(session: Session, slug: string): Promise<void> {
  const lesson = track.find((l) => l.slug === slug);
  if (!lesson) throw new Error(`no forward-pass lesson "${slug}"`);
  for (const question of lesson.questions) await answerQuestion(session.page, question, true);
  await session.page.getByText(`All ${lesson.questions.length} questions answered correctly.`).waitFor();
}

describe('the forward-pass track', () => {
  it('has three lessons, in order, under /forward-pass, each with at least three questions', () => {
    expect(track.map((l) => l.route)).toEqual([
      '/forward-pass/tokens-and-embeddings',
      '/forward-pass/attention',
      '/forward-pass/mlp-and-prediction',
    ]);
    for (const lesson of track) expect(lesson.questions.length).toBeGreaterThanOrEqual(3);
  });
});

describeInViews('the forward-pass track', (current) => {
  it('lesson 1: arrow keys in a tok_emb cell move x, bad input is explained, restore undoes it, LayerNorm follows', async () => {
    const session = current();
    await openLesson(session, '/forward-pass/tokens-and-embeddings', 'Tokens, embeddings and LayerNorm');
    await expectClean(session);
    const { page } = session;
    const figure = page.locator('figure.fp-embeddings');
    expect(await cell(page, 'x-3-0')).toBe('−0.200');

    // The browser steps a number input by 0.1: tok_emb row 3 column 0 goes from −0.2 to −0.1.
    const input = figure.getByRole('spinbutton', { name: 'tok_emb row 3 column 0' });
    await input.focus();
    await page.keyboard.press('ArrowUp');
    await figure.locator('[data-cell="x-3-0"]').getByText('−0.100').waitFor();

    // Focusing a value says where it came from and lights its two sources.
    await figure.locator('[data-cell="x-3-0"]').focus();
    await figure.getByText('x (on, d0) = −0.100 comes from tok_emb (3 · on, d0) and pos_emb (pos 3, d0), highlighted.').waitFor();
    expect(await figure.locator('[data-highlighted]').count()).toBe(2);
    // Inside a table the arrow keys move from value to value.
    await page.keyboard.press('ArrowRight');
    await figure.getByText('x (on, d1) = 0.300 comes from tok_emb (3 · on, d1) and pos_emb (pos 3, d1), highlighted.').waitFor();

    // An emptied cell keeps the last good value in use and says so.
    await input.fill('');
    await figure.getByText(/tok_emb row 3 column 0: Enter a number/).waitFor();
    expect(await cell(page, 'x-3-0')).toBe('−0.100');
    expect(await figure.innerText()).not.toMatch(/NaN|Infinity/);

    await figure.getByRole('button', { name: 'Restore the seed’s weights' }).click();
    await figure.getByText('All weights are the seed’s.').waitFor();
    expect(await cell(page, 'x-3-0')).toBe('−0.200');

    await figure.getByRole('radio', { name: 'Ids and embeddings' }).focus();
    await page.keyboard.press('ArrowRight');
    await figure.getByRole('table', { name: 'LN₁(x) = (x − μ) / √(σ² + ε)' }).waitFor();
    const ref = reference(SEED_WEIGHTS);
    expect(await cell(page, 'ln1-3-0')).toBe(fmt(ref.ln1[3][0]));
    await answerAll(session, 'tokens-and-embeddings');
    await expectClean(session, { figures: 'figure.fp' });
  }, PER_TEST_MS);

  it('lesson 2: hovering a query lights its row and column; editing W_O moves the output beside the seed’s', async () => {
    const session = current();
    await openLesson(session, '/forward-pass/attention', 'Attention, step by step');
    await expectClean(session);
    const { page } = session;
    const figure = page.locator('figure.fp-attention');
    await figure.locator('[data-cell="q-3-1"]').hover();
    await figure.getByText(/comes from LN₁\(x\) row “on” and W_Q column d1/).waitFor();
    expect(await figure.locator('[data-highlighted]').count()).toBe(8);

    await figure.getByRole('radio', { name: 'Output and residual' }).check();
    const seed = reference(SEED_WEIGHTS);
    expect(await cell(page, 'compare-0')).toBe(fmt(seed.attnOut[3][0], 2));
    await figure.getByRole('spinbutton', { name: 'W_O row 0 column 0' }).fill('0.2');
    const edited = reference(withCell(SEED_WEIGHTS, 'wO', 0, 0, 0.2));
    await figure.locator('[data-cell="compare-0"]').getByText(fmt(edited.attnOut[3][0], 2)).waitFor();
    expect(await cell(page, 'h1-3-0')).toBe(fmt(edited.h1[3][0]));
    await figure.getByRole('button', { name: 'Restore the seed’s weights' }).click();
    await figure.locator('[data-cell="compare-0"]').getByText(fmt(seed.attnOut[3][0], 2)).waitFor();
    await answerAll(session, 'attention');
    await expectClean(session, { figures: 'figure.fp' });
  }, PER_TEST_MS);

  it('lesson 3: one cell of W_lm turns the prediction from “cat” to “mat”, and the edit survives a visit to lesson 2', async () => {
    const session = current();
    await openLesson(session, '/forward-pass/mlp-and-prediction', 'The MLP, the logits and the loss');
    await expectClean(session);
    const { page } = session;
    const figure = page.locator('figure.fp-prediction');
    const seed = reference(SEED_WEIGHTS);
    expect(await summary(page, 'prediction')).toBe('cat');
    expect(await summary(page, 'loss')).toBe(fmt(seed.loss));

    await figure.getByRole('radio', { name: 'Logits, softmax and loss' }).check();
    await figure.getByRole('spinbutton', { name: 'W_lm row 2 column 4' }).fill('1.2');
    await figure.locator('[data-summary="prediction"]').getByText('mat').waitFor();
    const edited = reference(withCell(SEED_WEIGHTS, 'wLm', 2, 4, 1.2));
    expect(await summary(page, 'loss')).toBe(fmt(edited.loss));
    expect(await cell(page, 'logits-0-4')).toBe(fmt(edited.logits[4]));

    // Moving between lessons inside the app (the previous and next links) keeps the edited weights.
    await page.locator('a[rel="prev"]').click();
    await page.getByRole('heading', { level: 1, name: 'Attention, step by step' }).waitFor();
    await waitForLesson(page);
    await page.getByText('Some weights are edited; every number below follows them.').waitFor();
    await page.locator('a[rel="next"]').click();
    await page.getByRole('heading', { level: 1, name: 'The MLP, the logits and the loss' }).waitFor();
    await waitForLesson(page);
    expect(await summary(page, 'prediction')).toBe('mat');
    await answerAll(session, 'mlp-and-prediction');
    await expectClean(session, { figures: 'figure.fp' });
  }, PER_TEST_MS);
});
