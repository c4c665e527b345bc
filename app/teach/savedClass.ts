import type { LoadedReport } from './classTable';
import { reportSchema } from './reportSchema';
import { parseUntrustedJson } from './safeJson';

/** Key under which the instructor's loaded class is kept in this browser. */
export const CLASS_KEY = 'tfs-class';
/** Version of the saved class; another version is ignored rather than guessed at. */
export const CLASS_VERSION = 1;

/** What the class page keeps: the reports loaded and the assignment link it is tied to ('' for none). */
export interface SavedClass {
  reports: LoadedReport[];
  link: string;
}

/** The class as stored text. */
export function serializeClass(saved: SavedClass): string {
  return JSON.stringify({ version: CLASS_VERSION, reports: saved.reports, link: saved.link });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads a saved class, checking every report again as if it were a file; null when nothing usable is stored. */
export function readSavedClass(raw: string | null): SavedClass | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = parseUntrustedJson(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== CLASS_VERSION || !Array.isArray(value.reports) || typeof value.link !== 'string') return null;
  const reports: LoadedReport[] = [];
  for (const item of value.reports) {
    if (!isRecord(item) || typeof item.id !== 'string') continue;
    const parsed = reportSchema.safeParse(item.report);
    if (parsed.success) reports.push({ id: item.id.slice(0, 260), report: parsed.data });
  }
  return { reports, link: value.link.slice(0, 4000) };
}
