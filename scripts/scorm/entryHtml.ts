import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the player's entry page is written before the SCORM build reads it (inside the project, as Vite wants). */
export const ENTRY_DIR = 'dist-scorm/entry';

/**
 * The site's index.html turned into the lesson player's page: the same head (theme before first paint, fonts), the
 * LMS entry instead of the app, and no home-screen icon (a package is never installed).
 */
export function lmsEntryHtml(indexHtml: string): string {
  const html = indexHtml.replace('/app/main.tsx', '/app/lms/main.tsx').replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '');
  if (!html.includes('/app/lms/main.tsx')) throw new Error('index.html no longer loads /app/main.tsx; update scripts/scorm/entryHtml.ts');
  return html;
}

/** Writes the player's entry page from the site's index.html and returns its path. */
export function writeEntryHtml(root: string): string {
  const file = path.join(root, ENTRY_DIR, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, lmsEntryHtml(readFileSync(path.join(root, 'index.html'), 'utf8')));
  return file;
}
