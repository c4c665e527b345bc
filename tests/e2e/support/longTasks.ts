import type { Page } from 'playwright-core';

/** A main-thread task the browser reported as long (50 ms or more). */
export interface LongTask {
  start: number;
  duration: number;
}

/** Records every long task from the first script on, into `window.longTasks` (call before the page loads). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock now, to mark the start of a window. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * What a student would feel of the main thread since `from`: every task of 200 ms or more (a stall anyone notices),
 * and the share of the window lost to long tasks (their time past 50 ms) when it is 5 % or more. Work done on the main
 * thread by mistake (training, or student code, which belong in workers) fails both; a busy 2-core machine that
 * stretches one redraw or a garbage collection just past 50 ms fails neither, so the check holds under load.
 */
export async function mainThreadStalls(page: Page, from: number): Promise<string[]> {
  const { tasks, now } = await page.evaluate((t0) => ({
    tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((t) => t.start >= t0),
    now: performance.now(),
  }), from);
  const stalls = tasks.filter((t) => t.duration >= 200).map((t) => `a ${Math.round(t.duration)} ms task at ${Math.round(t.start)} ms`);
  const blocked = tasks.reduce((sum, t) => sum + t.duration - 50, 0) / Math.max(1, now - from);
  if (blocked >= 0.05) stalls.push(`long tasks blocked the page for ${(blocked * 100).toFixed(1)} % of ${Math.round(now - from)} ms`);
  return stalls;
}
