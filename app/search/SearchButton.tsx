import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { isSearchShortcut, typeAhead } from './shortcuts';
import type { SearchDialogProps } from './SearchDialog';
import './searchButton.css';

/**
 * The header's search button, and the `/` and Ctrl/Cmd+K shortcuts. The dialog and the index are loaded the first
 * time search is opened, so the first page pays only for this button.
 */
export function SearchButton() {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = useRef(false);
  // Keys typed after the shortcut and before the dialog is on screen (its code may still be loading) are kept here
  // and handed to the dialog when it mounts, so a reader who types straight away loses nothing.
  const typed = useRef('');
  const capture = useRef<((event: KeyboardEvent) => void) | null>(null);
  const stopCapture = useCallback(() => {
    if (capture.current) document.removeEventListener('keydown', capture.current);
    capture.current = null;
  }, []);
  const takeTypedAhead = useCallback(() => {
    stopCapture();
    const text = typed.current;
    typed.current = '';
    return text;
  }, [stopCapture]);

  const show = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    typed.current = '';
    stopCapture();
    capture.current = (event: KeyboardEvent) => {
      const next = typeAhead(typed.current, event);
      if (next === null) return;
      event.preventDefault();
      typed.current = next;
    };
    document.addEventListener('keydown', capture.current);
    setFailed(false);
    setOpen(true);
    import('./SearchDialog').then(
      (m) => setDialog(() => m.default),
      () => {
        stopCapture();
        isOpen.current = false;
        setOpen(false);
        setFailed(true);
      },
    );
  }, [stopCapture]);

  const close = useCallback((returnFocus: boolean) => {
    isOpen.current = false;
    setOpen(false);
    if (returnFocus) opener.current?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [show]);
  useEffect(() => stopCapture, [stopCapture]);

  return (
    <>
      <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" onClick={show}>
        <svg className="search-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <line x1="12.7" y1="12.7" x2="17.5" y2="17.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="search-label">Search</span>
        <kbd aria-hidden="true">/</kbd>
      </button>
      {failed && (
        <span role="status" className="search-failed">
          Search could not load; try again.
        </span>
      )}
      {open && !Dialog && (
        <span role="status" className="visually-hidden">
          Opening search…
        </span>
      )}
      {open && Dialog && <Dialog onClose={close} takeTypedAhead={takeTypedAhead} />}
    </>
  );
}
