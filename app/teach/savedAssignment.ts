import { z } from 'zod';
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

const savedSchema = z.strictObject({
  version: z.literal(ASSIGNMENT_VERSION),
  assignment: z.strictObject({
    routes: z.array(z.string().max(200)).max(500),
    title: z.string().max(MAX_TITLE_LENGTH),
    due: z.string().refine(isValidDate).nullable(),
  }),
  dismissed: z.boolean(),
});

/** Reads the saved assignment; null when there is none, it cannot be read, or none of its lessons exist any more. */
export function readSavedAssignment(raw: string | null, lessons: readonly LessonSummary[]): SavedAssignment | null {
  if (raw === null) return null;
  try {
    const parsed = savedSchema.safeParse(parseUntrustedJson(raw));
    if (!parsed.success) return null;
    const known = new Set(lessons.map((l) => l.route));
    const routes = parsed.data.assignment.routes.filter((r) => known.has(r));
    if (routes.length === 0) return null;
    return { ...parsed.data, assignment: { ...parsed.data.assignment, routes } };
  } catch {
    return null;
  }
}
