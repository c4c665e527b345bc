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

  it('checks its gradients within tolerance, and resumes from the weights it snapshotted at the same step', async () => {
    await send({ type: 'gradcheck' });
    await page.waitForFunction(() => (window as unknown as { harness: { log: { type: string }[] } }).harness.log.some((m) => m.type === 'gradcheck'));
    const messages = await log();
    const check = messages.find((m): m is Extract<FromWorker, { type: 'gradcheck' }> => m.type === 'gradcheck');
    expect(check?.result.tensors.length).toBeGreaterThan(0);
    expect(check?.result.worstRelativeError).toBeGreaterThan(0);
    // This harness model keeps the default small initial weights, so its float64 differences carry a few 1e-6 of
    // rounding (the Lab's tolerance is met by the unit test's larger weights); a wrong backward pass is off by ~1.
    for (const tensor of check?.result.tensors ?? []) expect(tensor.worstRelativeError).toBeLessThan(1e-4);
    // Send the snapshot's weights back as saved weights; the worker must start from them at their step.
    const resumed = await page.evaluate(async () => {
      const harness = (window as unknown as { harness: { log: FromWorker[]; send(x: unknown): void } }).harness;
      const saved = harness.log.find((m) => m.type === 'snapshot') as Extract<FromWorker, { type: 'snapshot' }>;
      const before = Array.from(new Float32Array(saved.weights));
      const count = harness.log.length;
      harness.send({ type: 'reset', weights: saved.weights.slice(0), step: saved.step });
      harness.send({ type: 'snapshot' });
      while (!harness.log.slice(count).some((m) => m.type === 'snapshot')) await new Promise((r) => requestAnimationFrame(r));
      const after = harness.log.slice(count);
      const again = after.find((m) => m.type === 'snapshot') as Extract<FromWorker, { type: 'snapshot' }>;
      return { savedStep: saved.step, types: after.map((m) => m.type), step: again.step, same: Array.from(new Float32Array(again.weights)).every((w, i) => w === before[i]) };
    });
    expect(resumed.types).toEqual(['ready', 'snapshot']);
    expect(resumed.step).toBe(resumed.savedStep);
    expect(resumed.same).toBe(true);
    expect(errors).toEqual([]);
  });
});
