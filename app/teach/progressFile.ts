import { z } from 'zod';
import type { LessonSummary } from '../../scripts/content/manifest';
import { lessonStatus, migrateProgress, PROGRESS_VERSION, type ProgressData } from '../stores/progressModel';
import { formatBytes, parseUntrustedJson } from './safeJson';

/** The `format` field of a progress file (a student's own answers, for moving to another device). */
export const PROGRESS_FILE_FORMAT = 'tfs-progress-file';
/** Largest progress file read, in bytes. */
export const MAX_PROGRESS_FILE_BYTES = 1024 * 1024;

/** A progress file: the saved progress exactly as this browser stores it, with its version. */
export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  exportedAt: string;
  progress: { version: number; state: ProgressData };
}

const fileSchema = z.strictObject({
  format: z.literal(PROGRESS_FILE_FORMAT),
  exportedAt: z.string().max(40),
  progress: z.strictObject({ version: z.number().int(), state: z.unknown() }),
});

/** A progress file for the current progress. */
export function buildProgressFile(data: ProgressData, now: number): ProgressFile {
  const { answers, visited, lastLesson, exercises, attempts } = data;
  return { format: PROGRESS_FILE_FORMAT, exportedAt: new Date(now).toISOString(), progress: { version: PROGRESS_VERSION, state: { answers, visited, lastLesson, exercises, attempts } } };
}

/** Reads a progress file with the same checks (and upgrades of older versions) as progress saved in the browser. */
export function readProgressFile(text: string, size: number): { ok: true; data: ProgressData } | { ok: false; reason: string } {
  if (size > MAX_PROGRESS_FILE_BYTES) return { ok: false, reason: `The file is ${formatBytes(size)}; a progress file is at most 1 MB.` };
  let value: unknown;
  try {
    value = parseUntrustedJson(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON.' };
  }
  const parsed = fileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'The file is not a progress file from this course (a progress report cannot be imported: it has no answers).' };
  try {
    return { ok: true, data: migrateProgress(parsed.data.progress.state, parsed.data.progress.version) };
  } catch {
    return { ok: false, reason: 'The progress in the file does not have the expected shape, so nothing was imported.' };
  }
}

/** What importing would change: answers new, changed or lost, and lessons that become (or stop being) complete. */
export interface ImportPreview {
  added: string[];
  changed: string[];
  removed: string[];
  nowComplete: string[];
  noLongerComplete: string[];
}

/** Compares current and incoming progress; import replaces, so answers only the current progress has are lost. */
export function previewImport(current: ProgressData, incoming: ProgressData, lessons: readonly LessonSummary[]): ImportPreview {
  const has = (data: ProgressData, key: string) => Object.hasOwn(data.answers, key);
  const added = Object.keys(incoming.answers).filter((k) => !has(current, k));
  const changed = Object.keys(incoming.answers).filter((k) => {
    if (!has(current, k)) return false;
    const [a, b] = [current.answers[k], incoming.answers[k]];
    return a.correct !== b.correct || a.selected.join(',') !== b.selected.join(',');
  });
  const removed = Object.keys(current.answers).filter((k) => !has(incoming, k));
  const complete = (data: ProgressData) => new Set(lessons.filter((l) => lessonStatus(l, data) === 'complete').map((l) => l.title));
  const [before, after] = [complete(current), complete(incoming)];
  return {
    added,
    changed,
    removed,
    nowComplete: [...after].filter((t) => !before.has(t)),
    noLongerComplete: [...before].filter((t) => !after.has(t)),
  };
}
