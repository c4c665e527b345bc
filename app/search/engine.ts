import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type SearchDocument } from '../../scripts/search/options';
import type { FoundSection } from './results';

/** The course's search index. */
export type SearchEngine = MiniSearch<SearchDocument>;

/**
 * Indexes the sections a few at a time, yielding to the page between batches, so typing in the search box is
 * never held up while the index is being built.
 */
export async function buildEngine(documents: readonly SearchDocument[]): Promise<SearchEngine> {
  const engine = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  await engine.addAllAsync(documents, { chunkSize: 40 });
  return engine;
}

/** The sections that match a query, best first; an empty query matches nothing. */
export function searchSections(engine: SearchEngine, query: string): FoundSection[] {
  if (query.trim() === '') return [];
  return engine.search(query) as unknown as FoundSection[];
}
