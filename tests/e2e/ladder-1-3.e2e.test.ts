import { expect, it } from 'vitest';
import { describeInViews, expectClean, openLesson } from './support/lessonChecks';

// Each test runs axe twice and drives a simulation; on a busy 2-core machine that can pass a minute.
const PER_TEST_MS = 150_000;

const XS = [1, 2, 3, 4];
const YS = [0, 1, 1, 0];
/** The line's MSE on the four points, written out longhand. */
const lineMse = (w: number, b: number) => XS.reduce((s, x, i) => s + (w * x + b - YS[i]) ** 2, 0) / 4;

describeInViews('ladder rungs 1–3', (current) => {
  it('rung 1: a key press on w, Train and the closed form all land on the numbers worked by hand', async () => {
    const session = current();
    await openLesson(session, '/ladder/line', /^Line/);
    await expectClean(session);
    const { page } = session;
    const loss = page.getByTestId('line-loss');
    expect(await loss.innerText()).toBe('0.3850');
    await page.getByRole('slider', { name: 'w' }).focus();
    await page.keyboard.press('ArrowRight');
    await loss.getByText(lineMse(0.31, -0.1).toFixed(4)).waitFor();
    await page.getByRole('button', { name: /^Train/ }).press('Enter');
    await page.getByTestId('train-status').getByText('Steps taken: 500').waitFor();
    expect(await loss.innerText()).toBe('0.2500');
    expect(await page.getByTestId('closed-form-gap').innerText()).toMatch(/at the closed form’s loss/);
    await page.locator('figure.ld summary', { hasText: 'The training step in Python' }).click();
    await page.getByRole('region', { name: 'The training step in Python' }).getByText('def train_line_step').waitFor();
    await expectClean(session);
  }, PER_TEST_MS);

  it('rung 2: the Layers slider shows 0.25²⁰ and training leaves the loss above 0.25', async () => {
    const session = current();
    await openLesson(session, '/ladder/bend', /^Bend/);
    await expectClean(session);
    const { page } = session;
    const bound = page.getByTestId('depth-bound');
    expect(await bound.innerText()).toContain('9.54 × 10⁻⁷');
    await page.getByRole('slider', { name: 'Layers' }).focus();
    await page.keyboard.press('End');
    // 0.25²⁰ = 2⁻⁴⁰ ≈ 9.09 × 10⁻¹³.
    await bound.getByText(/9\.09 × 10⁻¹³/).first().waitFor();
    await page.getByRole('button', { name: /^Train/ }).press('Enter');
    await page.getByTestId('train-status').getByText('Steps taken: 500').waitFor();
    expect(Number(await page.getByTestId('bend-loss').innerText())).toBeGreaterThan(0.25);
    await expectClean(session);
  }, PER_TEST_MS);

  it('rung 3: seed 17 with ReLU trains to loss 0, and the starting knobs with ReLU leave both neurons dead', async () => {
    const session = current();
    await openLesson(session, '/ladder/stack', /^Stack/);
    await expectClean(session);
    const { page } = session;
    const loss = page.getByTestId('stack-loss');
    const seed = page.getByRole('spinbutton', { name: 'Seed' });
    await seed.fill('17');
    await page.getByRole('button', { name: 'Random init' }).press('Enter');
    await page.getByTestId('seed-note').getByText('Knobs drawn from seed 17.').waitFor();
    await page.locator('figure.ld').getByRole('radio', { name: /^ReLU/ }).check();
    await page.getByRole('button', { name: /^Train/ }).press('Enter');
    await loss.getByText('0.000000').waitFor();
    expect(await page.getByTestId('neuron-health').innerText()).toMatch(/Neuron 1: alive[\s\S]*Neuron 2: alive/);
    await page.getByRole('button', { name: 'Reset', exact: true }).press('Enter');
    await loss.getByText('36.125000').waitFor();
    await page.getByRole('button', { name: /^Train/ }).press('Enter');
    await loss.getByText('0.500000').waitFor();
    expect(await page.getByTestId('neuron-health').innerText()).toMatch(/Neuron 1: dead[\s\S]*Neuron 2: dead/);
    await expectClean(session);
  }, PER_TEST_MS);
});
