import type { ClassRow, ClassTable } from './classTable';
import { DUE_WORDS } from './dueStatus';
import type { ReportLesson } from './report';

/** A status in words. */
const STATUS_WORDS: Record<ReportLesson['status'], string> = { complete: 'Complete', visited: 'Started', 'not-started': 'Not started' };

/** A cell's status and quiz score in words: "Complete 4/4", "Started 1/4", "Not started 0/4". */
export function cellText(cell: ReportLesson | undefined): string {
  if (!cell) return 'Not in report';
  return `${STATUS_WORDS[cell.status]} ${cell.correct}/${cell.total}`;
}

/** Exercises passed in words: "exercises 1 of 1"; null for a lesson without exercises. */
export function exerciseText(cell: ReportLesson): string | null {
  return cell.exercisesTotal > 0 ? `exercises ${cell.exercisesPassed} of ${cell.exercisesTotal}` : null;
}

/** Questions answered right at the first check, among those whose tries were recorded. */
export function rightFirstTry(cell: ReportLesson): number {
  return cell.questions.filter((q) => q.tries > 0 && q.firstTry === true).length;
}

/** Checks made over all the lesson's questions. */
export function totalTries(cell: ReportLesson): number {
  return cell.questions.reduce((sum, q) => sum + q.tries, 0);
}

/** Tries per question in order, "–" for a question never checked (or checked before tries were kept): "1 3 – 1". */
export function triesPerQuestion(cell: ReportLesson): string {
  return cell.questions.map((q) => (q.tries > 0 ? String(q.tries) : '–')).join(' ');
}

/** First try and tries in words ("right first try 3 of 5 · tries 1 3 1 1 2"); null when nothing was checked. */
export function attemptText(cell: ReportLesson): string | null {
  if (totalTries(cell) === 0) return cell.correct > 0 ? 'tries not recorded' : null;
  return `right first try ${rightFirstTry(cell)} of ${cell.total} · tries ${triesPerQuestion(cell)}`;
}

/** The column headings for one lesson in the CSV, each a single value per cell. */
const LESSON_FIELDS = ['status', 'score', 'questions', 'exercises passed', 'exercises', 'right first try', 'tries', 'tries per question'];

/** One lesson's CSV cells: numbers where the value is a number, blanks when the report does not have the lesson. */
function lessonCsv(cell: ReportLesson | undefined): (string | number)[] {
  if (!cell) return LESSON_FIELDS.map(() => '');
  return [STATUS_WORDS[cell.status], cell.correct, cell.total, cell.exercisesPassed, cell.exercisesTotal, rightFirstTry(cell), totalTries(cell), triesPerQuestion(cell)];
}

/** The table as CSV rows: a header, then one line per student in the order shown, only the table's lessons. */
export function classCsvRows(table: ClassTable, rows: readonly ClassRow[], withDue: boolean): (string | number)[][] {
  const header = ['Student', 'Report generated', 'Lessons complete', 'Lessons in table', ...(withDue ? ['Due status'] : [])];
  for (const c of table.columns) header.push(...LESSON_FIELDS.map((f) => `${c.title}: ${f}`));
  const lines = rows.map((r) => [
    r.student,
    r.generatedAt,
    r.complete,
    table.columns.length,
    ...(withDue ? [DUE_WORDS[r.due]] : []),
    ...table.columns.flatMap((c) => lessonCsv(r.cells.get(c.route))),
  ]);
  return [header, ...lines];
}
