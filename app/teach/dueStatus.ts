/** Where an assignment stands against its due date. */
export type DueStatus = 'no-due-date' | 'open' | 'overdue' | 'done-on-time' | 'done-late';

/** Today's date as `YYYY-MM-DD` in the viewer's own time zone, so "overdue" starts the day after the due day. */
export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Due status from the due day, today, and when the work was finished (`YYYY-MM-DD`, null while unfinished): late
 * when finished after the due day, overdue when unfinished and the due day has passed.
 */
export function dueStatus(due: string | null, today: string, finishedOn: string | null): DueStatus {
  if (due === null) return 'no-due-date';
  if (finishedOn !== null) return finishedOn > due ? 'done-late' : 'done-on-time';
  return today > due ? 'overdue' : 'open';
}

/** The status in a few words, for a table cell or a CSV column. */
export const DUE_WORDS: Record<DueStatus, string> = {
  'no-due-date': 'no due date',
  open: 'not yet due',
  overdue: 'overdue',
  'done-on-time': 'on time',
  'done-late': 'late',
};
