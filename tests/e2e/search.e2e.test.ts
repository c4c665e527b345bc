import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { lessonLabel } from '../../app/course/tracks';
import { buildEngine, searchSections, type SearchEngine } from '../../app/search/engine';
import { groupResults, type ResultHit } from '../../app/search/results';
import { courseDocuments } from '../../scripts/search/documents';
import { axeViolations } from './support/browser';
import { describeInViews, expectClean } from './support/lessonChecks';
import { builtLessons } from './support/lessons';

// What the dialog should list for a query, worked out here from the same lessons the build was made from.
let engine: SearchEngine;
const lessons = builtLessons();
beforeAll(async () => {
  engine = await buildEngine(courseDocuments(process.cwd(), process.env.LESSONS_DIR ?? 'content'));
});

/** The results the dialog should show for a query, in the order it lists them. */
function expectedHits(query: string): ResultHit[] {
  return groupResults(searchSections(engine, query), lessons, lessonLabel).flatMap((g) => g.hits);
}

/** Presses a shortcut until the dialog opens: the page's key listener is attached just after its first render. */
async function openWithKey(page: Page, key: string) {
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  for (let attempt = 0; attempt < 5 && !(await dialog.isVisible()); attempt++) {
    await page.keyboard.press(key);
    await dialog.waitFor({ timeout: 5000 }).catch(() => undefined);
  }
  await dialog.waitFor();
}

/** Waits for the dialog's index and returns its search box. */
async function searchBox(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByText(/^Search every lesson/).waitFor();
  return dialog.getByRole('combobox', { name: 'Search the course' });
}

/** Where search landed: the URL, and whether the target heading has focus, is on screen and heads text with `word`. */
async function landing(page: Page, word: RegExp) {
  await page.waitForFunction(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    return target !== null && document.activeElement === target;
  });
  return page.evaluate((source) => {
    const heading = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
    const box = heading.getBoundingClientRect();
    let text = heading.textContent ?? '';
    for (let next = heading.nextElementSibling; next && !/^H[23]$/.test(next.tagName); next = next.nextElementSibling) {
      text += ` ${next.textContent}`;
    }
    return {
      where: location.pathname + location.hash,
      focused: document.activeElement === heading,
      onScreen: box.top >= 0 && box.bottom <= window.innerHeight,
      mentions: new RegExp(source, 'i').test(text),
    };
  }, word.source);
}

describeInViews('Search', (session, view) => {
  it('loads nothing for search until it is opened, then finds "softmax" from the header button and lands on its section', async () => {
    const { page, baseUrl } = session();
    const chunks: string[] = [];
    page.on('request', (request) => {
      const name = /\/(SearchDialog|indexDocuments)-[\w-]+\.js$/.exec(request.url());
      if (name) chunks.push(name[1]);
    });
    session().errors.length = 0;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Transformer From Scratch' }).waitFor();
    expect(chunks, 'search chunks fetched before search was opened').toEqual([]);

    await page.getByRole('button', { name: 'Search' }).click();
    const box = await searchBox(page);
    expect(chunks.sort()).toEqual(['SearchDialog', 'indexDocuments']);
    await box.pressSequentially('softmax');
    const [first] = expectedHits('softmax');
    const active = page.locator(`[role="option"][aria-selected="true"]`);
    await expect.poll(() => active.getAttribute('aria-labelledby').then((id) => page.locator(`[id="${id}"]`).textContent())).toBe(first.heading.map((p) => p.text).join(''));
    expect(await active.locator('mark').first().textContent()).toMatch(/^softmax$/i);
    expect(await axeViolations(page), 'with results listed').toEqual([]);

    await page.keyboard.press('Enter');
    expect(await landing(page, /softmax/)).toEqual({ where: first.href, focused: true, onScreen: true, mentions: true });
    await expectClean(session());
  });

  it('works from the keyboard alone: Ctrl+K, a misspelt "atention", arrows to a section, Enter lands on it', async () => {
    const { page, baseUrl } = session();
    session().errors.length = 0;
    await page.goto(`${baseUrl}/chapters/what-is-a-sequence`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await openWithKey(page, 'Control+k');
    const box = await searchBox(page);
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('atention');
    const hits = expectedHits('atention');
    const target = hits.findIndex((h) => h.anchor !== '' && h.route !== '/chapters/what-is-a-sequence');
    expect(target, 'a section of another lesson among the results').toBeGreaterThanOrEqual(0);
    await page.locator('[role="option"]').first().waitFor();
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await landing(page, /attention/)).toEqual({ where: hits[target].href, focused: true, onScreen: true, mentions: true });
    await expectClean(session());
  });

  it('keeps focus in the open dialog, closes on Escape with focus back on the Search button, and has no axe violation with no results', async () => {
    const { page, baseUrl } = session();
    session().errors.length = 0;
    await page.goto(`${baseUrl}/chapters/what-is-a-sequence`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    const box = await searchBox(page);
    await box.fill('qwxzv');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByRole('status').getByText('No results for “qwxzv”.').waitFor();
    expect(await dialog.getByRole('link', { name: 'course page' }).getAttribute('href')).toBe('/');
    expect(await axeViolations(page), 'with no results').toEqual([]);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const focused = document.activeElement;
        return focused === document.body || focused?.closest('dialog[open]') !== null;
      });
      expect(inside, `focus left the dialog after ${i + 1} Tab presses`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectClean(session());
  });

  if (view.width === 1280) {
    it('lands on a section whose heading names the topic for what students type most', async () => {
      const { page, baseUrl } = session();
      session().errors.length = 0;
      const topics: [query: string, topic: string][] = [
        ['softmax', 'softmax'], ['atention', 'attention'], ['induction head', 'induction head'], ['kv cache', 'kv cache'],
        ['layer norm', 'layer norm'], ['causal mask', 'causal mask'], ['positional encoding', 'positional encoding'],
      ];
      // "LayerNorm" names "layer norm": compare letters only.
      const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
      for (const [query, topic] of topics) {
        await page.goto(`${baseUrl}/`);
        await page.getByRole('heading', { level: 1, name: 'Transformer From Scratch' }).waitFor();
        await openWithKey(page, '/');
        const box = await searchBox(page);
        await box.fill(query);
        await page.locator('[role="option"][aria-selected="true"]').waitFor();
        await page.keyboard.press('Enter');
        // The section's heading, or the lesson's title when search opened the top of the lesson.
        const handle = await page.waitForFunction(() => {
          if (location.pathname === '/') return null;
          const hash = decodeURIComponent(location.hash.slice(1));
          const heading = hash ? document.getElementById(hash) : document.querySelector('main h1');
          return heading?.textContent ? `${location.pathname}${location.hash} ${heading.textContent}` : null;
        });
        const landed = String(await handle.jsonValue());
        expect(letters(landed.slice(landed.indexOf(' '))), `"${query}" landed on ${landed}`).toContain(letters(topic));
      }
      expect(session().errors).toEqual([]);
    }, 120_000);

    it('searches again on every typed character and reports how long each search took', async () => {
      const { page, baseUrl } = session();
      await page.goto(`${baseUrl}/`);
      await page.getByRole('heading', { level: 1, name: 'Transformer From Scratch' }).waitFor();
      await openWithKey(page, '/');
      const box = await searchBox(page);
      await page.evaluate(() => performance.clearMeasures('search-keystroke'));
      for (const query of ['attention', 'softmax temperature', 'layer norm']) {
        await box.fill('');
        await box.pressSequentially(query, { delay: 40 });
        await page.locator('[role="option"]').first().waitFor();
      }
      const times = await page.evaluate(() => performance.getEntriesByName('search-keystroke').map((m) => m.duration));
      const load = await page.evaluate(() => performance.getEntriesByName('search-index-load')[0]?.duration ?? NaN);
      const sorted = [...times].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      console.log(
        `search: index ready ${load.toFixed(0)} ms after opening; per keystroke over ${times.length} characters: ` +
          `median ${median.toFixed(1)} ms, 90th percentile ${sorted[Math.floor(sorted.length * 0.9)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
      );
      // At least one measured search per typed character (the spaces too; clearing the box counts one more): the
      // list follows the query as it is typed.
      // How fast each is, is printed above and not asserted: a busy 2-core machine stretches any one of them.
      expect(times.length).toBeGreaterThanOrEqual('attention'.length + 'softmax temperature'.length + 'layer norm'.length);
      expect(times.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
      expect(await page.locator('[role="option"]').first().textContent()).toMatch(/layer ?norm/i);
    });
  }
});
