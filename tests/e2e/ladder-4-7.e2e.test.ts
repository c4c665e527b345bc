import { expect, it } from 'vitest';
import { rollout } from '../../engine/ladder/languageGenerate';
import { PROMPT } from '../../engine/ladder/languageModel';
import { LANGUAGE_WEIGHTS } from '../../engine/ladder/languageWeights';
import { describeInViews, expectClean, openLesson } from './support/lessonChecks';

// Each test runs axe twice and drives a simulation; on a busy 2-core machine that can pass a minute.
const PER_TEST_MS = 150_000;

// The rollout the engine test asserts; the browser's Generate button must produce the same words.
const GREEDY = [...PROMPT, ...rollout(PROMPT, LANGUAGE_WEIGHTS, 3, { mode: 'greedy' }).map((s) => s.word)].join(' ');

describeInViews('ladder rungs 4–7', (current) => {
  it('rung 4: Home on forest’s d₂ slider makes forest the prediction, and restoring brings roamed back', async () => {
    const session = current();
    await openLesson(session, '/ladder/embed', /^Embed/);
    await expectClean(session);
    const { page } = session;
    const prediction = page.getByTestId('embed-prediction');
    expect(await prediction.innerText()).toMatch(/roamed \(80\.0%\)$/);
    await page.getByRole('slider', { name: 'forest d₂' }).focus();
    await page.keyboard.press('Home');
    await prediction.getByText('forest').waitFor();
    await page.getByRole('button', { name: /Restore the fitted embeddings/ }).press('Enter');
    await prediction.getByText('roamed').waitFor();
    await expectClean(session);
  }, PER_TEST_MS);

  it('rung 5: one step right on fluffy’s d₀ raises its Q·K from 0.640 to 0.740', async () => {
    const session = current();
    await openLesson(session, '/ladder/attend', /^Attend/);
    await expectClean(session);
    const { page } = session;
    const score = page.getByRole('table', { name: /Attention from/ }).getByRole('row', { name: /^fluffy/ }).locator('[data-column="score"]');
    expect(await score.innerText()).toBe('0.640');
    await page.getByRole('slider', { name: 'fluffy d₀' }).focus();
    await page.keyboard.press('ArrowRight');
    await score.getByText('0.740').waitFor();
    expect(await page.locator('[data-column="alpha-sum"]').innerText()).toBe('1.000');
    await expectClean(session);
  }, PER_TEST_MS);

  it('rung 6: bypassing the MLP from the keyboard puts creature on top instead of roamed', async () => {
    const session = current();
    await openLesson(session, '/ladder/mlp', /^MLP/);
    await expectClean(session);
    const { page } = session;
    const firstWord = () => page.getByRole('table', { name: /Next-word probabilities/ }).getByRole('rowheader').first().innerText();
    expect(await firstWord()).toBe('roamed');
    await page.getByRole('checkbox', { name: 'Bypass the MLP' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('table', { name: /with the MLP bypassed/ }).waitFor();
    expect(await firstWord()).toBe('creature');
    await expectClean(session);
  }, PER_TEST_MS);

  it('rung 7: three greedy presses of Generate give the same rollout as the engine test', async () => {
    const session = current();
    await openLesson(session, '/ladder/generate', /^Generate/);
    await expectClean(session);
    const { page } = session;
    const button = page.getByRole('button', { name: 'Generate next word' });
    for (let i = 0; i < 3; i++) await button.press('Enter');
    await page.getByRole('list', { name: /rollout/ }).getByRole('listitem').nth(2).waitFor();
    expect(GREEDY).toBe('a fluffy blue creature roamed the forest');
    expect((await page.getByTestId('generate-text').innerText()).replace(/\s+/g, ' ').trim()).toBe(GREEDY);
    await page.getByRole('slider', { name: 'T (temperature)' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByText('P (T = 1.05)').waitFor();
    await expectClean(session);
  }, PER_TEST_MS);
});
