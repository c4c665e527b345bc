import type { Options, SearchOptions } from 'minisearch';

/** One searchable section of a lesson, as indexed and as stored beside the index for snippets. */
export interface SearchDocument {
  id: number;
  /** The lesson's route, e.g. `/chapters/attention-from-scratch`; the app looks its title and track up by it. */
  route: string;
  /** The heading's anchor on the page, or empty for the top of the lesson. */
  anchor: string;
  heading: string;
  text: string;
  /** The lesson's title, set on the top-of-lesson section only, so a title match lands on the lesson itself. */
  title?: string;
}

/** The fields of a search document that come back with each result. */
export type StoredDocument = Pick<SearchDocument, 'route' | 'anchor' | 'heading' | 'text'>;

/**
 * How search matches: a term of five letters or more may have one typo (two from ten letters up), every term
 * also matches as a prefix ("soft" finds softmax), and titles and headings count more than prose.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  maxFuzzy: 2,
  combineWith: 'AND',
  boost: { title: 3, heading: 2 },
};

/** Index options shared by the build (which creates the index) and the page (which loads it). */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'heading', 'text'],
  storeFields: ['route', 'anchor', 'heading', 'text'],
  searchOptions: SEARCH_OPTIONS,
};
