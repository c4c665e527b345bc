import type { ProgressNotice } from '../stores/safeStorage';
import { progressStore, useProgress } from '../stores/useProgress';

const MESSAGES: Record<ProgressNotice, string> = {
  corrupt:
    'Your saved progress could not be read, so the course has started afresh. The unreadable data is kept in this browser under a backup key.',
  unavailable: 'This browser is not letting the course save progress. Your answers are kept until you close this tab.',
};

/** Tells the learner when saved progress could not be used, once, with a way to dismiss it. */
export function NoticeBar() {
  const notices = useProgress((s) => s.notices);
  return (
    <div role="status" className="notices">
      {notices.map((notice) => (
        <div key={notice} className="notice">
          <p>{MESSAGES[notice]}</p>
          <button type="button" onClick={() => progressStore.getState().dismissNotice(notice)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
