import type { LessonSummary } from '../../scripts/content/manifest';
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
  complete: number;
}

/** The whole table: lesson columns in course order, one row per report. */
export interface ClassTable {
  columns: ClassColumn[];
  rows: ClassRow[];
}

/** What a column is sorted by: the student name, the number of lessons complete, or one lesson. */
export type SortKey = { kind: 'student' } | { kind: 'complete' } | { kind: 'lesson'; route: string };
/** Sort direction, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/** Builds the table; lessons the catalog knows come in course order, others (an older course) after them. */
export function buildClassTable(reports: readonly { id: string; report: ProgressReport }[], catalog: readonly LessonSummary[]): ClassTable {
  const seen = new Map<string, string>();
  for (const { report } of reports) for (const l of report.lessons) if (!seen.has(l.route)) seen.set(l.route, l.title);
  const known = catalog.filter((l) => seen.has(l.route)).map((l) => ({ route: l.route, title: l.title }));
  const knownRoutes = new Set(known.map((c) => c.route));
  const extra = [...seen].filter(([route]) => !knownRoutes.has(route)).map(([route, title]) => ({ route, title }));
  const rows = reports.map(({ id, report }) => ({
    id,
    student: report.student,
    generatedAt: report.generatedAt,
    cells: new Map(report.lessons.map((l) => [l.route, l])),
    complete: report.lessons.filter((l) => l.status === 'complete').length,
  }));
  return { columns: [...known, ...extra], rows };
}

/** How far along a cell is, for sorting: status first, then the share of questions right. */
function cellRank(cell: ReportLesson | undefined): number {
  if (!cell) return -1;
  const share = cell.total > 0 ? cell.correct / cell.total : 0;
  return (cell.status === 'complete' ? 2 : cell.status === 'visited' ? 1 : 0) + share * 0.99;
}

/** Rows sorted by a column; ties fall back to the student name and then the file, so the order is always the same. */
export function sortRows(rows: readonly ClassRow[], key: SortKey, direction: SortDirection): ClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: ClassRow, b: ClassRow) => a.student.localeCompare(b.student) || a.id.localeCompare(b.id);
  const primary = (a: ClassRow, b: ClassRow): number => {
    if (key.kind === 'student') return byName(a, b);
    if (key.kind === 'complete') return a.complete - b.complete;
    return cellRank(a.cells.get(key.route)) - cellRank(b.cells.get(key.route));
  };
  return [...rows].sort((a, b) => sign * primary(a, b) || byName(a, b));
}

/** A cell in words, as the table and the CSV show it: "Complete 4/4", "Started 1/4", "Not started 0/4". */
export function cellText(cell: ReportLesson | undefined): string {
  if (!cell) return 'Not in report';
  const status = cell.status === 'complete' ? 'Complete' : cell.status === 'visited' ? 'Started' : 'Not started';
  return `${status} ${cell.correct}/${cell.total}`;
}

/** The table as CSV rows: a header, then one line per student in the order shown. */
export function classCsvRows(table: ClassTable, rows: readonly ClassRow[]): string[][] {
  const header = ['Student', 'Report generated', 'Lessons complete', ...table.columns.map((c) => c.title)];
  return [header, ...rows.map((r) => [r.student, r.generatedAt, String(r.complete), ...table.columns.map((c) => cellText(r.cells.get(c.route)))])];
}
