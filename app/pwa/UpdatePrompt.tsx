import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { pendingWork, reloadCosts } from './activity';
import type { UpdateWatch } from './updateWatch';
import './updatePrompt.css';

/** Props: the watch to follow, and where to read unsaved work from (the page, unless a test says otherwise). */
export interface UpdatePromptProps {
  watch: UpdateWatch;
  readWork?: typeof pendingWork;
}

/**
 * "A new version is available — Reload", with a dismiss. It never reloads by itself; when a reload would stop a
 * training run or clear an unchecked answer, pressing Reload first says so and waits for a second press.
 */
export function UpdatePrompt({ watch, readWork = pendingWork }: UpdatePromptProps) {
  const status = useSyncExternalStore(watch.subscribe, watch.getStatus);
  const [costs, setCosts] = useState<string[]>([]);
  // The pressed button is replaced by the next question's buttons: focus goes to the safe one, not to a reload.
  const firstButton = useRef<HTMLButtonElement>(null);
  const secondButton = useRef<HTMLButtonElement>(null);
  const [moveFocus, setMoveFocus] = useState<'keep-working' | 'reload' | null>(null);
  useEffect(() => {
    if (moveFocus === 'keep-working') secondButton.current?.focus();
    if (moveFocus === 'reload') firstButton.current?.focus();
    setMoveFocus(null);
  }, [moveFocus]);
  const askReload = () => {
    const found = reloadCosts(readWork());
    if (found.length === 0) return watch.reload();
    setCosts(found);
    setMoveFocus('keep-working');
  };
  const keepWorking = () => {
    setCosts([]);
    setMoveFocus('reload');
  };
  const dismiss = () => {
    setCosts([]);
    watch.dismiss();
  };

  return (
    <div role="status" className="update-prompt-region">
      {status !== 'current' && (
        <section className="update-prompt" aria-label="New version">
          <p>
            {status === 'waiting'
              ? 'A new version is available.'
              : 'A new version is running in another tab of this course; reload to use it here too.'}
          </p>
          {costs.map((cost) => (
            <p key={cost} className="update-prompt-cost">{cost}</p>
          ))}
          <div className="update-prompt-actions">
            {costs.length > 0 ? (
              <>
                <button type="button" ref={firstButton} onClick={() => watch.reload()}>Reload anyway</button>
                <button type="button" ref={secondButton} onClick={keepWorking}>Keep working</button>
              </>
            ) : (
              <>
                <button type="button" ref={firstButton} onClick={askReload}>Reload</button>
                <button type="button" ref={secondButton} onClick={dismiss}>Not now</button>
              </>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
