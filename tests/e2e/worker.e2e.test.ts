import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker } from '../../engine/worker/protocol';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

// The worker runs in a real browser: a tiny harness page is built with Vite, served, and driven in Chromium.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker-harness');

describe('the training worker in Chromium', () => {
  let outDir: string;
  let profile: string;
  let server: PreviewServer;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'worker-harness-'));
    profile = mkdtempSync(path.join(tmpdir(), 'worker-profile-'));
    await build({ root, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await preview({
      root, configFile: false, logLevel: 'warn', build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.resolvedUrls?.local[0] ?? '');
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  const log = () => page.evaluate(() => (window as unknown as { harness: { log: FromWorker[] } }).harness.log);
  const send = (message: unknown) => page.evaluate((m) => {
    (window as unknown as { harness: { send(x: unknown): void } }).harness.send(m);
  }, message);

  it('trains until the loss falls below where it started, then pauses and posts no step after the pause', async () => {
    await page.waitForFunction(() => (window as unknown as { harness?: { log: { type: string }[] } }).harness?.log.some((m) => m.type === 'ready'));
    await send({ type: 'start' });
    await page.waitForFunction(() => {
      const progress = (window as unknown as { harness: { log: { type: string; loss?: number }[] } }).harness.log
        .filter((m) => m.type === 'progress');
      return progress.length > 10 && (progress.at(-1)?.loss ?? Infinity) < (progress[0].loss ?? 0) * 0.8;
    }, undefined, { timeout: 30_000 });
    await send({ type: 'pause' });
    await page.waitForFunction(() => (window as unknown as { harness: { log: { type: string }[] } }).harness.log.some((m) => m.type === 'paused'));
    // A snapshot request queues behind anything the worker still had to say: wait for its answer.
    await send({ type: 'snapshot' });
    await page.waitForFunction(() => (window as unknown as { harness: { log: { type: string }[] } }).harness.log.some((m) => m.type === 'snapshot'));
    const messages = await log();
    const paused = messages.findIndex((m) => m.type === 'paused');
    const after = messages.slice(paused + 1);
    expect(after.map((m) => m.type)).toEqual(['snapshot']);
    const pausedStep = (messages[paused] as { step: number }).step;
    expect(after[0]).toMatchObject({ type: 'snapshot', step: pausedStep });
    const progress = messages.filter((m): m is Extract<FromWorker, { type: 'progress' }> => m.type === 'progress');
    expect(progress.at(-1)?.step).toBe(pausedStep);
    expect(progress.some((m) => typeof m.heldOutLoss === 'number' && Number.isFinite(m.heldOutLoss))).toBe(true);
    expect(await page.locator('#status').textContent()).toBe('snapshot');
    expect(errors).toEqual([]);
  });
});
