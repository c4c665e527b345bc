import { describe, expect, it } from 'vitest';
import type { Session } from './support/browser';
import { describeInViews, expectClean, openLesson } from './support/lessonChecks';
import { answerQuestion, builtLessons } from './support/lessons';

// Each test runs axe twice and drives several simulations; on a busy 2-core machine that can pass a minute.
const PER_TEST_MS = 180_000;

const primer = builtLessons().filter((lesson) => lesson.track === 'primer');
const lesson = (slug: string) => {
  const found = primer.find((l) => l.slug === slug);
  if (!found) throw new Error(`no primer lesson "${slug}"`);
  return found;
};

/** Opens a primer lesson by its slug and checks it is clean before anything is touched. */
async function openPrimer(session: Session, slug: string): Promise<void> {
  const { route, title } = lesson(slug);
  await openLesson(session, route, title);
  await expectClean(session);
}

/** Answers every question of the lesson rightly and waits for the quiz to say so: the questions count in progress. */
async function answerAll(session: Session, slug: string): Promise<void> {
  const { questions } = lesson(slug);
  for (const question of questions) await answerQuestion(session.page, question, true);
  await session.page.getByText(`All ${questions.length} questions answered correctly.`).waitFor();
}

describe('the Math primer track', () => {
  it('has three lessons, in order, under /primer', () => {
    expect(primer.map((l) => l.route)).toEqual(['/primer/linear-algebra', '/primer/calculus', '/primer/probability']);
  });
});

/** The primer's figures must never show NaN or Infinity; the word NaN alone may appear in the prose. */
const PRIMER_CLEAN = { figures: 'figure.pr', nonFinite: /\bNaN\b|Infinity/ };

describeInViews('the Math primer', (current) => {
  it('the course page links to the three primer lessons and a link opens its lesson', async () => {
    const session = current();
    const { page } = session;
    session.errors.length = 0;
    await page.goto(`${session.baseUrl}/`);
    const main = page.locator('main');
    for (const l of primer) {
      expect(await main.locator(`a[href="${l.route}"]`).first().isVisible(), l.route).toBe(true);
    }
    await main.locator(`a[href="${primer[0].route}"]`).first().click();
    await page.getByRole('heading', { level: 1, name: primer[0].title }).waitFor();
    expect(session.errors).toEqual([]);
  }, PER_TEST_MS);

  it('linear algebra: the arrow sliders, the direction buttons, a product cell and the shape choice', async () => {
    const session = current();
    await openPrimer(session, 'linear-algebra');
    const { page } = session;
    const dots = page.locator('figure.dpa');
    const stat = (name: string) => dots.locator(`[data-stat="${name}"]`).innerText();
    expect(await stat('dot')).toBe('4');
    await dots.getByRole('slider', { name: 'b, x' }).focus();
    await page.keyboard.press('ArrowRight');
    await dots.locator('output').getByText('1.1', { exact: true }).waitFor();
    expect(await stat('dot')).toBe('4.2'); // (2, 1) · (1.1, 2)
    await dots.getByRole('button', { name: 'Perpendicular' }).click();
    expect(await stat('relation')).toBe('perpendicular');
    expect(await stat('dot')).toBe('0');

    const mm = page.locator('figure.mm');
    await mm.getByRole('button', { name: 'Row 2, column 2: 0' }).focus();
    await mm.getByText(/Row 2 of A meets column 2 of B/).waitFor();
    await mm.getByRole('radio', { name: '2 × 2' }).check();
    await mm.getByText(/a row of A has 3 numbers but a column of B has 2/).waitFor();
    await answerAll(session, 'linear-algebra');
    await expectClean(session, PRIMER_CLEAN);
  }, PER_TEST_MS);

  it('calculus: the tangent slider, the chain, and the bowl settling and then diverging past 0.909', async () => {
    const session = current();
    await openPrimer(session, 'calculus');
    const { page } = session;
    const tangent = page.locator('figure.dt');
    await tangent.getByRole('slider', { name: 'Point x' }).focus();
    await page.keyboard.press('Home');
    // x = −2.4: f′ = 5.76 − 1
    await tangent.locator('[data-stat="slope"]').getByText('4.76').waitFor();

    const chain = page.locator('figure.cr');
    await chain.getByRole('slider', { name: 'Input x' }).focus();
    await page.keyboard.press('ArrowRight');
    await chain.locator('output').getByText('1.05').waitFor();
    expect(await chain.locator('[data-stat="chain"]').innerText()).toBe(await chain.locator('[data-stat="measured"]').innerText());

    const bowl = page.locator('figure.db');
    const status = bowl.locator('[data-stat="status"]');
    expect(await bowl.locator('[data-stat="threshold"]').innerText()).toBe((1 / 1.1).toFixed(3));
    await bowl.getByRole('button', { name: 'Play' }).click();
    await status.getByText(/^Settled at the bottom/).waitFor();
    await bowl.getByRole('slider', { name: 'Learning rate η' }).focus();
    await page.keyboard.press('End');
    await bowl.locator('output').getByText('1.20').waitFor();
    // A click in the bowl drops the ball there and starts the animation.
    await bowl.getByRole('img').scrollIntoViewIfNeeded();
    const box = (await bowl.getByRole('img').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25);
    await status.getByText(/^Diverged after \d+ steps/).waitFor();
    await answerAll(session, 'calculus');
    await expectClean(session, PRIMER_CLEAN);
  }, PER_TEST_MS);

  it('calculus with reduced motion: the bowl offers Run to the end instead of an animation', async () => {
    const session = current();
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPrimer(session, 'calculus');
    const bowl = page.locator('figure.db');
    await bowl.getByRole('button', { name: 'Run to the end' }).click();
    await bowl.locator('[data-stat="status"]').getByText(/^Settled at the bottom/).waitFor();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expectClean(session, PRIMER_CLEAN);
  }, PER_TEST_MS);

  it('probability: the temperature slider keeps the sum at 1, and p − y matches the finite differences', async () => {
    const session = current();
    await openPrimer(session, 'probability');
    const { page } = session;
    const temp = page.locator('figure.st');
    await temp.getByRole('slider', { name: 'Temperature τ' }).focus();
    await page.keyboard.press('Home');
    await temp.locator('output').getByText('0.1', { exact: true }).waitFor();
    // τ = 0.1 multiplies the gap of 1 between the top two logits by 10: p(mat) = 1 / (1 + e⁻¹⁰ + e⁻¹⁵ + e⁻³⁰).
    const top = 1 / (1 + Math.exp(-10) + Math.exp(-15) + Math.exp(-30));
    expect(await temp.locator('[data-prob="mat"]').innerText()).toBe(top.toFixed(3));
    expect(await temp.locator('[data-stat="sum"]').innerText()).toBe('1.000');

    const grad = page.locator('figure.sg');
    await grad.getByRole('radio', { name: 'dog' }).check();
    for (const c of ['cat', 'dog', 'bird']) {
      expect(await grad.locator(`[data-measured="${c}"]`).innerText()).toBe(await grad.locator(`[data-grad="${c}"]`).innerText());
    }
    expect(await grad.locator('[data-grad="dog"]').innerText()).toMatch(/^−/);
    await answerAll(session, 'probability');
    await expectClean(session, PRIMER_CLEAN);
    // The answers are saved: after a reload the quiz still counts them.
    await page.reload();
    await page.getByText(`All ${lesson('probability').questions.length} questions answered correctly.`).waitFor();
  }, PER_TEST_MS);
});
