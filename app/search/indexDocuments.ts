// Only ever imported dynamically: the documents are a chunk of their own, fetched when search is first opened.
export { documents } from 'virtual:search-index';
