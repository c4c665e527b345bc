import type { LessonSummary } from '../../scripts/content/manifest';
import { isValidDate, MAX_TITLE_LENGTH, type Assignment } from './assignmentLink';
import { parseUntrustedJson } from './safeJson';

/** Key under which the assignments a student opened are kept. */
export const ASSIGNMENT_KEY = 'tfs-assignment';
/** Version of the saved shape: 1 held one assignment, 2 holds a list (a student may be in two classes). */
export const ASSIGNMENT_VERSION = 2;
/** Most assignments kept; opening an eleventh forgets the one opened longest ago. */
export const MAX_SAVED_ASSIGNMENTS = 10;

/** One assignment a student opened, and whether they have put it away. */
export interface SavedAssignment {
  assignment: Assignment;
  dismissed: boolean;
}

/** What is stored: the assignments, most recently opened first. */
export interface SavedAssignments {
  version: typeof ASSIGNMENT_VERSION;
  items: SavedAssignment[];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** Whether an object has exactly these keys, so a saved value with extra fields is not half-trusted. */
const hasKeys = (x: Record<string, unknown>, keys: string[]) => Object.keys(x).sort().join() === [...keys].sort().join();

/** One saved entry, checked by hand (this runs on the course page, whose first load should stay small). */
function readEntry(value: unknown, known: Set<string>): SavedAssignment | null {
  if (!isRecord(value) || !hasKeys(value, ['assignment', 'dismissed'])) return null;
  const { assignment: a, dismissed } = value;
  if (typeof dismissed !== 'boolean' || !isRecord(a) || !hasKeys(a, ['routes', 'title', 'due'])) return null;
  if (!Array.isArray(a.routes) || typeof a.title !== 'string' || a.title.length > MAX_TITLE_LENGTH) return null;
  if (a.due !== null && (typeof a.due !== 'string' || !isValidDate(a.due))) return null;
  const routes = a.routes.filter((r): r is string => typeof r === 'string' && known.has(r));
  if (routes.length === 0) return null;
  return { assignment: { routes: [...new Set(routes)], title: a.title, due: a.due }, dismissed };
}

/** Reads the saved assignments (version 1's single one becomes a list of one); entries with no lesson left are dropped. */
export function readSavedAssignments(raw: string | null, lessons: readonly LessonSummary[]): SavedAssignment[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = parseUntrustedJson(raw);
  } catch {
    return [];
  }
  if (!isRecord(value)) return [];
  const known = new Set(lessons.map((l) => l.route));
  if (value.version === 1 && hasKeys(value, ['version', 'assignment', 'dismissed'])) {
    const one = readEntry({ assignment: value.assignment, dismissed: value.dismissed }, known);
    return one ? [one] : [];
  }
  if (value.version !== ASSIGNMENT_VERSION || !hasKeys(value, ['version', 'items']) || !Array.isArray(value.items)) return [];
  return value.items
    .slice(0, MAX_SAVED_ASSIGNMENTS)
    .map((item) => readEntry(item, known))
    .filter((e): e is SavedAssignment => e !== null);
}

/** Whether two assignments are the same one: same lessons, title and due date. */
export function sameAssignment(a: Assignment, b: Assignment): boolean {
  return a.title === b.title && a.due === b.due && a.routes.join() === b.routes.join();
}

/** The list after opening an assignment: it moves to the front, shown again; the oldest beyond the limit is dropped. */
export function withOpened(items: readonly SavedAssignment[], assignment: Assignment): SavedAssignment[] {
  const rest = items.filter((i) => !sameAssignment(i.assignment, assignment));
  return [{ assignment, dismissed: false }, ...rest].slice(0, MAX_SAVED_ASSIGNMENTS);
}

/** The list after putting one assignment away; it stays saved so its link shows it again. */
export function withDismissed(items: readonly SavedAssignment[], assignment: Assignment): SavedAssignment[] {
  return items.map((i) => (sameAssignment(i.assignment, assignment) ? { ...i, dismissed: true } : i));
}
