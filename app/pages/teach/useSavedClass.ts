import { useEffect, useRef, useState } from 'react';
import { CLASS_KEY, readSavedClass, serializeClass, type SavedClass } from '../../teach/savedClass';

/** Whether the class could be kept in this browser: kept, too big or blocked (it then lasts for this page view). */
export type KeepState = 'kept' | 'not-kept';

/** Longest class kept, in characters: beyond it the browser's storage (about 5 million characters) would refuse it anyway. */
const MAX_KEPT_CHARS = 4_000_000;

/** The saved class, read once when the page opens. */
function initial(): SavedClass {
  try {
    return readSavedClass(window.localStorage.getItem(CLASS_KEY)) ?? { reports: [], link: '' };
  } catch {
    return { reports: [], link: '' };
  }
}

/** The loaded class, kept in localStorage on every change so it survives a reload; clearing removes it. */
export function useSavedClass(): [SavedClass, (update: (c: SavedClass) => SavedClass) => void, KeepState] {
  const [saved, setSaved] = useState<SavedClass>(initial);
  const [keep, setKeep] = useState<KeepState>('kept');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the table has painted: writing a large class takes a moment, and the table should not wait for it.
    const timer = setTimeout(() => {
      try {
        if (saved.reports.length === 0 && saved.link === '') window.localStorage.removeItem(CLASS_KEY);
        else {
          const text = serializeClass(saved);
          if (text.length > MAX_KEPT_CHARS) throw new RangeError('class too large to keep');
          window.localStorage.setItem(CLASS_KEY, text);
        }
        setKeep('kept');
      } catch {
        // An older, smaller class must not come back on reload in place of the one on screen.
        try {
          window.localStorage.removeItem(CLASS_KEY);
        } catch {
          // Storage blocked altogether: nothing was kept to come back.
        }
        setKeep('not-kept');
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [saved]);
  return [saved, setSaved, keep];
}
