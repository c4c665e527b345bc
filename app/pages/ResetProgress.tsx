import { useEffect, useRef, useState } from 'react';
import { progressStore } from '../stores/useProgress';

/** "Reset progress", asking for confirmation in place before erasing anything. */
export function ResetProgress() {
  const [stage, setStage] = useState<'idle' | 'confirm' | 'done'>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (stage === 'confirm') confirmRef.current?.focus();
    if (stage === 'idle' && moved.current) resetRef.current?.focus();
    moved.current = true;
  }, [stage]);

  return (
    <section className="reset-progress" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Your progress</h2>
      <p>Answers and chapter marks are saved in this browser only.</p>
      {stage === 'confirm' ? (
        <div className="confirm">
          <p id="reset-warning">Erase every saved answer and chapter mark? This cannot be undone.</p>
          <button
            ref={confirmRef}
            type="button"
            className="danger"
            aria-describedby="reset-warning"
            onClick={() => {
              progressStore.getState().reset();
              setStage('done');
            }}
          >
            Erase progress
          </button>{' '}
          <button type="button" onClick={() => setStage('idle')}>
            Keep progress
          </button>
        </div>
      ) : (
        <button ref={resetRef} type="button" onClick={() => setStage('confirm')}>
          Reset progress…
        </button>
      )}
      <p role="status">{stage === 'done' ? 'Progress erased.' : ''}</p>
    </section>
  );
}
