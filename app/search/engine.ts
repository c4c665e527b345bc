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

/** The query as typed and, for several words, run together too: "layer norm" also finds the heading "LayerNorm". */
function queryForms(query: string): string[] {
  const words = query.trim().split(/\s+/);
  return words.length > 1 ? [query, words.join('')] : [query];
}

/**
 * The sections that match a query, best first; an empty query matches nothing. A section whose heading (or, for the
 * top of a lesson, whose title) matches every word comes before any section that only mentions them: a reader who
 * types "induction head" wants the section about induction heads, not the quiz that asks about them most often.
 */
export function searchSections(engine: SearchEngine, query: string): FoundSection[] {
  if (query.trim() === '') return [];
  const found = new Map<number, FoundSection>();
  const headed = new Set<number>();
  for (const form of queryForms(query)) {
    for (const hit of engine.search(form) as unknown as FoundSection[]) {
      const seen = found.get(hit.id);
      if (!seen || seen.score < hit.score) found.set(hit.id, hit);
    }
    for (const hit of engine.search(form, { fields: ['heading', 'title'] })) headed.add(hit.id as number);
  }
  const byScore = [...found.values()].sort((a, b) => b.score - a.score);
  return [...byScore.filter((s) => headed.has(s.id)), ...byScore.filter((s) => !headed.has(s.id))];
}
