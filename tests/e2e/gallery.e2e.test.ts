import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeInViews, expectClean } from './support/lessonChecks';

/** Folders under components/sims that hold a simulation (an index.ts), nested ones as `parent/child`. */
function simulationFolders(dir = 'components/sims', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const name = prefix + entry.name;
      const full = path.join(dir, entry.name);
      return existsSync(path.join(full, 'index.ts')) ? [name] : simulationFolders(full, `${name}/`);
    })
    .sort();
}

describeInViews('the author gallery', (session) => {
  it('lists every block and every simulation folder, with contents that link to each, and no axe violation', async () => {
    const { page, baseUrl } = session();
    session().errors.length = 0;
    await page.goto(`${baseUrl}/gallery`);
    await page.getByRole('heading', { level: 1, name: 'Gallery of lesson blocks and simulations' }).waitFor();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    for (const block of ['Intro', 'YouWillLearn', 'Callout kind="insight"', 'Callout kind="warning"', 'Figure', 'Recap', 'Quiz, Question and Choice', 'Exercise and Hint']) {
      await expect(contents.getByRole('link', { name: block, exact: true }).count()).resolves.toBe(1);
    }
    const folders = simulationFolders();
    expect(folders.length).toBeGreaterThan(40);
    const listed = await page.locator('.gallery-meta code').allInnerTexts();
    expect(listed.filter((t) => t.startsWith('components/sims/')).map((t) => t.replace('components/sims/', '')).sort()).toEqual(folders);
    await expect(contents.getByRole('link').count()).resolves.toBe(2 + 9 + folders.length);
    await expectClean(session());
  });

  it('loads a simulation only when asked, and shows it with its caption', async () => {
    const { page } = session();
    const figureBefore = await page.locator('.gallery-live figure figcaption').count();
    const show = page.getByRole('button', { name: 'Show the dot product simulation' });
    await expect(show.getAttribute('aria-expanded')).resolves.toBe('false');
    await show.click();
    const hide = page.getByRole('button', { name: 'Hide the dot product simulation' });
    await expect(hide.getAttribute('aria-expanded')).resolves.toBe('true');
    const region = page.locator(`#${await hide.getAttribute('aria-controls')}`.replace(/:/g, '\\:'));
    await region.locator('figure figcaption').waitFor();
    expect(await page.locator('.gallery-live figure figcaption').count()).toBe(figureBefore + 1);
    await expectClean(session());
    await hide.click();
    await expect(region.locator('figure').count()).resolves.toBe(0);
  });

  it('answers the sample quiz with feedback that explains, without saving it to the learner’s progress', async () => {
    const { page } = session();
    const question = page.locator('#block-quiz ~ .gallery-live form.question');
    await question.getByRole('group', { name: /Why divide attention scores/ }).getByLabel('To keep softmax from saturating').check();
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status').innerText()).resolves.toContain('Unscaled scores grow with width');
    const stored = await page.evaluate(() => Object.values({ ...localStorage }).join('\n'));
    expect(stored).not.toContain('gallery-sample');
    await expectClean(session());
  });
});
