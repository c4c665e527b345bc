import type { LessonSummary } from '../../scripts/content/manifest';
import { decodeAssignment, encodeAssignment, type Assignment } from './assignmentLink';
import type { LoadedReport } from './classTable';
import { sameAssignment } from './savedAssignment';

/** What a pasted link gave: the assignment, or a sentence saying what to paste instead. */
export type PastedLink = { ok: true; assignment: Assignment; link: string } | { ok: false; reason: string };

/** Reads an assignment link pasted by an instructor: a whole URL, a path, or just its query. */
export function readPastedLink(text: string, lessons: readonly LessonSummary[]): PastedLink {
  const trimmed = text.trim();
  const query = trimmed.includes('?') ? trimmed.slice(trimmed.indexOf('?') + 1) : trimmed;
  if (!/(^|&)l=/.test(query)) {
    return { ok: false, reason: 'This is not an assignment link. Paste the link made on the assignment page (/teach); it contains /assignment?l=…' };
  }
  const { assignment } = decodeAssignment(query.split('#')[0], lessons);
  if (!assignment) return { ok: false, reason: 'This assignment link names no lesson of this course. Make the link again on the assignment page (/teach).' };
  return { ok: true, assignment, link: encodeAssignment(assignment, lessons) };
}

/** The distinct assignments the loaded reports say their students opened, most often named first. */
export function assignmentsInReports(reports: readonly LoadedReport[]): { assignment: Assignment; students: number }[] {
  const found: { assignment: Assignment; students: number }[] = [];
  for (const { report } of reports) {
    for (const a of report.assignments) {
      const hit = found.find((f) => sameAssignment(f.assignment, a));
      if (hit) hit.students += 1;
      else found.push({ assignment: { routes: [...a.routes], title: a.title, due: a.due }, students: 1 });
    }
  }
  return found.sort((a, b) => b.students - a.students);
}
