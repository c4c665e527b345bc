import type { ReportLesson } from './report';
import type { ClassRow } from './classTable';

/** What a column is sorted by: the student name, the number of lessons complete, or one lesson. */
export type SortKey = { kind: 'student' } | { kind: 'complete' } | { kind: 'lesson'; route: string };
/** Sort direction, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

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
