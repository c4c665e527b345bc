import { useCallback, useEffect, useState } from 'react';
import type { SearchDocument } from '../../scripts/search/options';
import { buildEngine, type SearchEngine } from './engine';
import { measureSince } from './timing';

/** Fetches the documents to index; the app's loader brings in the build's `virtual:search-index` chunk. */
export type DocumentsLoader = () => Promise<readonly SearchDocument[]>;

/** Where the index is: on its way, ready to search, or failed to load (with a way to try again). */
export type IndexState = { status: 'loading' } | { status: 'ready'; engine: SearchEngine } | { status: 'error' };

const loadCourseDocuments: DocumentsLoader = () => import('./indexDocuments').then((m) => m.documents);

// One index per loader for the whole visit: reopening search is instant. A failed load is forgotten so it can be retried.
const engines = new Map<DocumentsLoader, Promise<SearchEngine>>();

function engineFor(load: DocumentsLoader): Promise<SearchEngine> {
  let engine = engines.get(load);
  if (!engine) {
    const start = performance.now();
    engine = load()
      .then(buildEngine)
      .then((built) => {
        measureSince('search-index-load', start);
        return built;
      });
    engine.catch(() => engines.delete(load));
    engines.set(load, engine);
  }
  return engine;
}

/** Loads the search index on first use and says where it is; `retry` tries again after a failure. */
export function useSearchIndex(load: DocumentsLoader = loadCourseDocuments): { index: IndexState; retry: () => void } {
  const [index, setIndex] = useState<IndexState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    engineFor(load).then(
      (engine) => live && setIndex({ status: 'ready', engine }),
      () => live && setIndex({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => {
    setIndex({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { index, retry };
}
