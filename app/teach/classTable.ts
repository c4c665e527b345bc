import type { LessonSummary } from '../../scripts/content/manifest';
import type { Assignment } from './assignmentLink';
import { dueStatus, type DueStatus } from './dueStatus';
import type { ProgressReport, ReportLesson } from './report';

/** A lesson column of the class table. */
export interface ClassColumn {
  route: string;
  title: string;
}

/** One student's row: the file it came from and their line for each lesson (kept in a Map, never a plain object). */
export interface ClassRow {
  id: string;
  student: string;
  generatedAt: string;
  cells: Map<string, ReportLesson>;
  /** Lessons complete among the table's columns. */
  complete: number;
  /** Against the assignment's due date; 'no-due-date' when no assignment is chosen or it has none. */
  due: DueStatus;
}

/** Reports of one student that were merged: the newest was kept, the others set aside. */
export interface MergedReports {
  student: string;
  kept: string;
  dropped: string[];
}

/** The whole table: lesson columns in course order, one row per student, and the merges made. */
export interface ClassTable {
  columns: ClassColumn[];
  rows: ClassRow[];
  merged: MergedReports[];
}

/** A loaded report and the file it came from. */
export interface LoadedReport {
  id: string;
  report: ProgressReport;
}

/** The key under which two reports count as the same student: case, spacing and accents of typing aside. */
export function studentKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** One report per student: the newest by generation time (the later loaded when equal), with the merges listed. */
export function mergeReports(reports: readonly LoadedReport[]): { kept: LoadedReport[]; merged: MergedReports[] } {
  const groups = new Map<string, LoadedReport[]>();
  for (const r of reports) groups.set(studentKey(r.report.student), [...(groups.get(studentKey(r.report.student)) ?? []), r]);
  const kept: LoadedReport[] = [];
  const merged: MergedReports[] = [];
  for (const group of groups.values()) {
    const newest = group.reduce((best, r) => (r.report.generatedAt >= best.report.generatedAt ? r : best));
    kept.push(newest);
    if (group.length > 1) merged.push({ student: newest.report.student, kept: newest.id, dropped: group.filter((r) => r !== newest).map((r) => r.id) });
  }
  return { kept, merged };
}

/** The day a student finished every column (the last completion, or the report's day when that is unknown); null if not. */
function finishedOn(cells: Map<string, ReportLesson>, columns: readonly ClassColumn[], generatedAt: string): string | null {
  const lines = columns.map((c) => cells.get(c.route));
  if (lines.length === 0 || lines.some((l) => l?.status !== 'complete')) return null;
  const days = lines.map((l) => (l?.completedAt ?? generatedAt).slice(0, 10));
  return days.reduce((a, b) => (a > b ? a : b));
}

/** The columns: an assignment's lessons alone, else every lesson the reports name (catalog order, unknown ones last). */
function columnsFor(reports: readonly LoadedReport[], catalog: readonly LessonSummary[], assignment: Assignment | null): ClassColumn[] {
  const seen = new Map<string, string>();
  for (const { report } of reports) for (const l of report.lessons) if (!seen.has(l.route)) seen.set(l.route, l.title);
  if (assignment) {
    const titles = new Map(catalog.map((l) => [l.route, l.title]));
    return assignment.routes.map((route) => ({ route, title: titles.get(route) ?? seen.get(route) ?? route }));
  }
  const known = catalog.filter((l) => seen.has(l.route)).map((l) => ({ route: l.route, title: l.title }));
  const knownRoutes = new Set(known.map((c) => c.route));
  return [...known, ...[...seen].filter(([route]) => !knownRoutes.has(route)).map(([route, title]) => ({ route, title }))];
}

/** Builds the table for an assignment (or for everything when null); `today` is `YYYY-MM-DD` for the due status. */
export function buildClassTable(reports: readonly LoadedReport[], catalog: readonly LessonSummary[], assignment: Assignment | null = null, today = ''): ClassTable {
  const { kept, merged } = mergeReports(reports);
  const columns = columnsFor(kept, catalog, assignment);
  const rows = kept.map(({ id, report }) => {
    const cells = new Map(report.lessons.map((l) => [l.route, l]));
    return {
      id,
      student: report.student,
      generatedAt: report.generatedAt,
      cells,
      complete: columns.filter((c) => cells.get(c.route)?.status === 'complete').length,
      due: dueStatus(assignment?.due ?? null, today, finishedOn(cells, columns, report.generatedAt)),
    };
  });
  return { columns, rows, merged };
}
