import type { LessonSummary } from '../../scripts/content/manifest';
import { isValidDate, MAX_TITLE_LENGTH, type Assignment } from './assignmentLink';
import { parseUntrustedJson } from './safeJson';

/** Key under which the assignment a student opened is kept. */
export const ASSIGNMENT_KEY = 'tfs-assignment';
/** Version of the saved shape; a different version is ignored rather than guessed at. */
export const ASSIGNMENT_VERSION = 1;

/** The assignment a student opened, and whether they have put it away. */
export interface SavedAssignment {
  version: typeof ASSIGNMENT_VERSION;
  assignment: Assignment;
  dismissed: boolean;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Whether an object has exactly these keys, so a saved value with extra fields is not half-trusted. */
const hasKeys = (x: Record<string, unknown>, keys: string[]) => Object.keys(x).sort().join() === [...keys].sort().join();

// Checked by hand rather than with zod: this runs on the course page, whose first load should stay small.
/** Reads the saved assignment; null when there is none, it cannot be read, or none of its lessons exist any more. */
export function readSavedAssignment(raw: string | null, lessons: readonly LessonSummary[]): SavedAssignment | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = parseUntrustedJson(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || !hasKeys(value, ['version', 'assignment', 'dismissed'])) return null;
  const { version, assignment: a, dismissed } = value;
  if (version !== ASSIGNMENT_VERSION || typeof dismissed !== 'boolean' || !isRecord(a) || !hasKeys(a, ['routes', 'title', 'due'])) return null;
  if (!Array.isArray(a.routes) || typeof a.title !== 'string' || a.title.length > MAX_TITLE_LENGTH) return null;
  if (a.due !== null && (typeof a.due !== 'string' || !isValidDate(a.due))) return null;
  const known = new Set(lessons.map((l) => l.route));
  const routes = a.routes.filter((r): r is string => typeof r === 'string' && known.has(r));
  if (routes.length === 0) return null;
  return { version, assignment: { routes: [...new Set(routes)], title: a.title, due: a.due }, dismissed };
}
