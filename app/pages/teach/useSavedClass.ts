import { useEffect, useRef, useState } from 'react';
import { CLASS_KEY, readSavedClass, serializeClass, type SavedClass } from '../../teach/savedClass';

/** Whether the class could be kept in this browser: kept, too big or blocked (it then lasts for this page view). */
export type KeepState = 'kept' | 'not-kept';

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
        else window.localStorage.setItem(CLASS_KEY, serializeClass(saved));
        setKeep('kept');
      } catch {
        setKeep('not-kept');
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [saved]);
  return [saved, setSaved, keep];
}
