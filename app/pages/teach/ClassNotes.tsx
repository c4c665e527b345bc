import type { MergedReports } from '../../teach/classTable';
import type { KeepState } from './useSavedClass';

/** What the instructor should know about the table: reports merged, whether it is kept, and that it is self-reported. */
export function ClassNotes({ merged, keep, count }: { merged: MergedReports[]; keep: KeepState; count: number }) {
  return (
    <>
      {merged.length > 0 ? (
        <div className="merged-notes">
          <p>Reports from the same student were merged; the newest report of each is shown:</p>
          <ul>
            {merged.map((m) => (
              <li key={m.kept}>
                <strong>{m.student}</strong>: {m.dropped.length + 1} reports, showing {m.kept} (newest), set aside {m.dropped.join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="teach-link-meta">
        {keep === 'kept'
          ? `The ${count} ${count === 1 ? 'report' : 'reports'} loaded are kept in this browser, so the table is here after a reload, until you clear it.`
          : 'This browser would not keep the class (its storage is full or blocked): the table lasts until you leave this page.'}
      </p>
    </>
  );
}
