import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { lessons } from 'virtual:lessons';
import { lessonLabel } from '../course/tracks';
import { searchSections } from './engine';
import { landOnSection } from './landing';
import { groupResults, type ResultHit } from './results';
import { SearchResults } from './SearchResults';
import { searchStatus } from './searchStatus';
import { measureSince } from './timing';
import { useSearchIndex, type DocumentsLoader } from './useSearchIndex';
import './search.css';

/** What the header gives the dialog. */
export interface SearchDialogProps {
  /** Called once the dialog has closed; `returnFocus` is false when a result was opened (focus goes to it). */
  onClose: (returnFocus: boolean) => void;
  /** Hands over (once, when the dialog mounts) what was typed between the shortcut and the dialog appearing. */
  takeTypedAhead?: () => string;
  /** Where the documents come from; tests pass fixture documents. */
  loadDocuments?: DocumentsLoader;
}

/** The search dialog: a modal with a search box over every lesson and the results grouped by lesson. */
export default function SearchDialog({ onClose, takeTypedAhead, loadDocuments }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const leaving = useRef(false);
  const typedAt = useRef<number | null>(null);
  const base = useId();
  const ids = { title: `${base}title`, input: `${base}input`, list: `${base}results` };
  const optionId = useCallback((position: number) => `${base}option-${position}`, [base]);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { index, retry } = useSearchIndex(loadDocuments);
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState({ query: '', position: 0 });

  // Searched as typed, not deferred: search and grouping take 1-5 ms over the whole course, and a deferred render
  // waits for a task of its own, which on a busy machine tripled the time to results (measured in search.e2e).
  const found = useMemo(() => (index.status === 'ready' ? searchSections(index.engine, query) : []), [index, query]);
  const groups = useMemo(() => groupResults(found, lessons, lessonLabel), [found]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const active = cursor.query === query ? Math.min(cursor.position, hits.length - 1) : 0;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // showModal focuses the first focusable element, the Close button; the reader came to type.
    input.current?.focus();
    const early = takeTypedAhead?.() ?? '';
    if (early) setQuery(early);
  }, [takeTypedAhead]);

  useLayoutEffect(() => {
    if (index.status !== 'ready' || typedAt.current === null) return;
    measureSince('search-keystroke', typedAt.current);
    typedAt.current = null;
  }, [index, groups]);

  // After paint, so bringing the active result into view never delays the results themselves.
  useEffect(() => {
    if (hits.length > 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [hits, active, optionId]);

  const close = useCallback((opening: boolean) => {
    leaving.current = opening;
    dialog.current?.close();
  }, []);

  const open = useCallback(
    (hit: ResultHit) => {
      // The page being left may have a heading with the same id; it must not be mistaken for the new one.
      const stale = hit.route === pathname ? null : document.getElementById(hit.anchor);
      close(true);
      navigate(hit.href);
      if (hit.anchor) landOnSection(hit.anchor, stale);
    },
    [close, navigate, pathname],
  );
  const activate = useCallback((position: number) => setCursor({ query, position }), [query]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setCursor({ query, position: (active + move + hits.length) % hits.length });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[active]);
    }
  };

  const status = searchStatus(index.status, query, found);
  return (
    // Clicks on the dialog element itself land on its backdrop: the panel inside fills the dialog.
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={ids.title}
      onClose={() => onClose(!leaving.current)}
      onClick={(event) => event.target === event.currentTarget && close(false)}
    >
      <div className="search-panel">
        <div className="search-top">
          <h2 id={ids.title}>Search the course</h2>
          <button type="button" onClick={() => close(false)}>
            Close
          </button>
        </div>
        <input
          ref={input}
          id={ids.input}
          type="text"
          role="combobox"
          className="search-input"
          aria-labelledby={ids.title}
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={ids.list}
          aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="softmax, attention, layer norm…"
          value={query}
          onChange={(event) => {
            typedAt.current = index.status === 'ready' ? event.timeStamp : null;
            setQuery(event.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <p role="status" className="search-status">
          {status}
        </p>
        {index.status === 'error' && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
        {index.status === 'ready' && query.trim() !== '' && found.length === 0 && (
          <p className="search-none">
            Try another word, or browse every lesson on the{' '}
            <Link to="/" onClick={() => close(true)}>
              course page
            </Link>
            .
          </p>
        )}
        {hits.length > 0 && (
          <SearchResults
            id={ids.list}
            groups={groups}
            active={active}
            optionId={optionId}
            onActivate={activate}
            onOpen={open}
          />
        )}
        <p className="search-keys" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> opens · <kbd>Esc</kbd> closes
        </p>
      </div>
    </dialog>
  );
}
