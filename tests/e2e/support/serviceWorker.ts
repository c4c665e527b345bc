import type { Page } from 'playwright-core';

/**
 * Waits until the page's service worker has finished precaching (it is active) and controls the page, so every
 * later request can be answered from the cache.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000, polling: 100 });
}

/** The build label the running page was served with (index.html's `<meta name="build-label">`). */
export async function buildLabelOf(page: Page): Promise<string | null> {
  return page.locator('meta[name="build-label"]').getAttribute('content');
}

/** The routes of the app's router that take no parameter (`/lab`, `/teach`, …), read from app/App.tsx. */
export function staticRoutes(appSource: string): string[] {
  return [...appSource.matchAll(/<Route\s+path="([^":*]+)"/g)].map((m) => `/${m[1]}`);
}
