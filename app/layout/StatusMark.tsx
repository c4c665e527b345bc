import type { LessonStatus } from '../stores/progressModel';

const LABELS: Record<LessonStatus, string> = { complete: 'Complete', visited: 'Started', 'not-started': 'Not started' };

/** A lesson's status as a mark for the eye and words for everyone. */
export function StatusMark({ status, compact = false }: { status: LessonStatus; compact?: boolean }) {
  const mark = status === 'complete' ? '✓' : status === 'visited' ? '◐' : '○';
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true">{mark}</span>
      <span className={compact ? 'visually-hidden' : 'status-text'}>{compact ? ` (${LABELS[status].toLowerCase()})` : ` ${LABELS[status]}`}</span>
    </span>
  );
}
