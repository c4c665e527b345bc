import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

// An author edits a lesson while `npm run dev` runs: the dev server (Vite's createServer, as `vite` starts it)
// serves a temporary copy of the fixture lessons, so the edits never touch the repository.
let work: string;
let lessonFile: string;
let server: ViteDevServer;
let context: BrowserContext;
let page: Page;
let baseUrl: string;
const reloads: string[] = [];
/** What the dev server printed as errors in its terminal. */
const printedErrors: string[] = [];

/** Rewrites the lesson file with one replacement, as an editor saving the file would. */
function edit(from: string, to: string) {
  const source = readFileSync(lessonFile, 'utf8');
  expect(source).toContain(from);
  writeFileSync(lessonFile, source.replace(from, to));
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tfs-hmr-'));
  const lessons = path.join(work, 'lessons');
  cpSync('tests/fixtures/valid', lessons, { recursive: true });
  lessonFile = path.join(lessons, 'chapters/00-first-steps.mdx');
  // The copy lives outside the repository, so its simulation import points back at the fixture simulation.
  const counter = path.relative(path.dirname(lessonFile), path.resolve('tests/fixtures/sims/counter')).split(path.sep).join('/');
  writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace("'../../sims/counter'", `'${counter}'`));
  process.env.LESSONS_DIR = lessons;
  server = await createServer({
    configFile: path.resolve('vite.config.ts'),
    customLogger: { ...createLogger('silent'), error: (message: string) => void printedErrors.push(message) },
    server: { host: '127.0.0.1', port: 0, fs: { allow: [process.cwd(), work] } },
  });
  await server.listen();
  baseUrl = server.resolvedUrls!.local[0].replace(/\/$/, '');
  context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloads.push(frame.url());
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  delete process.env.LESSONS_DIR;
  rmSync(work, { recursive: true, force: true });
});

describe('editing a lesson while the dev server runs', () => {
  it('shows the new text without reloading the page or resetting a simulation', async () => {
    await page.goto(`${baseUrl}/chapters/first-steps`);
    await page.getByText('This fixture stands in for a real chapter').waitFor({ timeout: 60_000 });
    const add = page.getByRole('button', { name: /add one/i });
    await add.click();
    await add.click();
    await page.getByText('Count: 2').waitFor();
    await page.evaluate(() => ((window as unknown as { hmrMarker: string }).hmrMarker = 'still here'));
    const navigations = reloads.length;

    edit('More prose.', 'Prose the author just wrote.');
    await page.getByText('Prose the author just wrote.').waitFor({ timeout: 30_000 });

    expect(await page.evaluate(() => (window as unknown as { hmrMarker?: string }).hmrMarker)).toBe('still here');
    expect(reloads.length).toBe(navigations);
    await expect(page.getByText('Count: 2').isVisible()).resolves.toBe(true);
  }, 120_000);

  it('updates a formula in place too', async () => {
    edit('q \\cdot k = \\sum_i q_i k_i', 'q \\cdot k = \\sum_{i=1}^{d} q_i k_i');
    await page.locator('.katex-display annotation', { hasText: '\\sum_{i=1}^{d}' }).waitFor({ state: 'attached', timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { hmrMarker?: string }).hmrMarker)).toBe('still here');
  }, 60_000);

  it('reloads the page when the frontmatter changes, since the sidebar and title come from it', async () => {
    edit('title: First steps', 'title: First steps, revised');
    await page.getByRole('heading', { level: 1, name: 'First steps, revised' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { hmrMarker?: string }).hmrMarker)).toBeUndefined();
  }, 60_000);

  it('shows a broken lesson\'s problems in its own page, printed once, while the rest of the site works, and the lesson again once fixed', async () => {
    printedErrors.length = 0;
    edit('Prose the author just wrote.', 'The small {epsilon} keeps the division safe.');
    const alert = page.getByRole('alert');
    await alert.getByText(/^This lesson has 1 problem to fix/).waitFor({ timeout: 30_000 });
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/chapters\/00-first-steps\.mdx:34:11 \{epsilon\} in prose is run as code and stops the page; write math between dollars/),
    ]);
    expect(printedErrors.filter((m) => m.includes('Lesson content has'))).toHaveLength(1);

    // Only that lesson is affected: the course page and the other lesson render as before.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: /First steps, revised/ }).first().waitFor({ timeout: 30_000 });
    await page.goto(`${baseUrl}/chapters/second-steps`);
    await page.getByRole('heading', { level: 1, name: 'Second steps' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.goto(`${baseUrl}/chapters/first-steps`);
    await alert.waitFor({ timeout: 30_000 });
    edit('The small {epsilon} keeps the division safe.', 'The small $\\epsilon$ keeps the division safe.');
    await page.getByText('keeps the division safe.').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(printedErrors.filter((m) => m.includes('Lesson content has'))).toHaveLength(1);
  }, 120_000);

  it('gives a lesson whose frontmatter cannot be read its page of problems instead of "page not found"', async () => {
    const second = lessonFile.replace('00-first-steps.mdx', '01-second-steps.mdx');
    const source = readFileSync(second, 'utf8');
    try {
      printedErrors.length = 0;
      writeFileSync(second, source.replace('title: Second steps', 'title: Second steps: the sequel'));
      // Open the page once the server has read the edit (it prints the problem then), so the page cannot load the
      // manifest from before the edit and miss the reload sent while it was navigating.
      await expect.poll(() => printedErrors.some((m) => m.includes('01-second-steps.mdx:2:8')), { timeout: 30_000 }).toBe(true);
      const alert = page.getByRole('alert');
      const problems = alert.getByText(/^This lesson has 1 problem to fix/);
      // The dev server may still be sending the reload of the page open before (the lesson fixed just now), which can
      // cut a navigation short: open the lesson again until it shows its problems.
      for (let attempt = 0; attempt < 5 && !(await problems.isVisible()); attempt++) {
        await page.goto(`${baseUrl}/chapters/second-steps`, { waitUntil: 'commit' }).catch(() => undefined);
        await problems.waitFor({ timeout: 10_000 }).catch(() => undefined);
      }
      await problems.waitFor();
      expect(await alert.getByRole('listitem').textContent()).toMatch(/chapters\/01-second-steps\.mdx:2:8 frontmatter: the value of "title" holds a colon, which YAML reads as a new key; quote the value: title: "Second steps: the sequel"$/);
    } finally {
      writeFileSync(second, source);
    }
    await page.getByRole('heading', { level: 1, name: 'Second steps' }).waitFor({ timeout: 30_000 });
  }, 90_000);
});
