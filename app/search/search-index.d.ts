declare module 'virtual:search-index' {
  import type { SearchDocument } from '../../scripts/search/options';

  /** Every section of every lesson, built from the same lesson discovery as the routes. */
  export const documents: SearchDocument[];
}
