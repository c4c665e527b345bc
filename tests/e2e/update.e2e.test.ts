import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './support/browser';
import { answerQuestion, builtLessons, questionGroup, waitForLesson } from './support/lessons';
import { startPreview } from './support/preview';
import { buildLabelOf, waitForOfflineReady } from './support/serviceWorker';

const lesson = builtLessons().find((l) => l.track === 'chapters' && l.questions.length >= 2)!;
const [answered, drafted] = lesson.questions;
const outDir = mkdtempSync(path.join(tmpdir(), 'tfs-update-'));

/** Deploys: a real production build into the served folder, labelled so the test can tell the two apart. */
async function deploy(label: string): Promise<void> {
  await promisify(execFile)(path.resolve('node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, NODE_ENV: 'production', TFS_BUILD_LABEL: label },
  });
}

describe('a new version of the course', () => {
  let server: PreviewServer;
  let session: Session;
  beforeAll(async () => {
    await deploy('update-one');
    const started = await startPreview(outDir);
    server = started.server;
    session = await openSession({ baseUrl: started.url });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('is offered with a Reload that waits for the reader, warns before clearing an unchecked answer, and keeps progress', async () => {
    const { page } = session;
    const feedback = questionGroup(page, answered).locator('xpath=ancestor::form').getByRole('status');
    await page.goto(session.baseUrl + lesson.route);
    await waitForLesson(page);
    await waitForOfflineReady(page);
    await answerQuestion(page, answered, true);
    await feedback.getByText('Correct.').waitFor();
    await questionGroup(page, drafted).getByLabel(drafted.labels[0], { exact: true }).check();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    // Deploy a new build at the same address; the open page asks the server for a new worker, as it does hourly.
    const port = Number(new URL(session.baseUrl).port);
    await deploy('update-two');
    await server.close();
    server = (await startPreview(outDir, port)).server;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    const prompt = page.getByRole('region', { name: 'New version' });
    await prompt.getByText('A new version is available.').waitFor({ timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await prompt.getByText('The choice you selected but have not checked yet will be cleared.').waitFor();
    await prompt.getByRole('button', { name: 'Keep working' }).click();
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await prompt.waitFor({ state: 'detached' });
    // Nothing reloaded: the same document, the old build, and the unchecked choice still selected.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await buildLabelOf(page)).toBe('update-one');
    expect(await questionGroup(page, drafted).getByLabel(drafted.labels[0], { exact: true }).isChecked()).toBe(true);

    // The reader's own reload keeps the old version (the new one waits for the go-ahead) and offers it again.
    await page.reload();
    await waitForLesson(page);
    expect(await buildLabelOf(page)).toBe('update-one');
    await prompt.getByText('A new version is available.').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await prompt.getByRole('button', { name: 'Reload' }).click();

    await page.waitForFunction(() => document.querySelector('meta[name="build-label"]')?.getAttribute('content') === 'update-two',
      undefined, { timeout: 30_000, polling: 100 });
    await waitForLesson(page);
    await feedback.getByText('Correct.').waitFor();
    expect(await prompt.count()).toBe(0);
    expect(session.errors).toEqual([]);
    expect(session.offsiteRequests).toEqual([]);
  }, 240_000);
});
