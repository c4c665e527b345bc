import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** A fresh browser profile with everything a test needs to know about what happened in it. */
export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Requests the page tried to make to any host other than the local server (all are blocked). */
  offsiteRequests: string[];
  close(): Promise<void>;
}

/**
 * Opens Debian's Chromium on an empty profile, blocking and recording any request that leaves this machine.
 * baseUrl defaults to the shared preview; a test serving its own build passes that server's address.
 */
export async function openSession(
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; baseUrl?: string } = {},
): Promise<Session> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const profile = mkdtempSync(path.join(tmpdir(), 'tfs-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const errors: string[] = [];
  const offsiteRequests: string[] = [];
  const local = new URL(baseUrl).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.host === local) return route.continue();
    offsiteRequests.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const watch = (p: Page) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    p.on('pageerror', (error) => errors.push(error.message));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    baseUrl,
    errors,
    offsiteRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** WCAG tags the course must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page and returns its violations as readable lines (empty when the page passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
}
