/** The six tokens whose attention the picture shows. */
export const TOKENS = ['The', 'cat', 'sat', 'on', 'the', 'mat'] as const;

// Chosen by hand, two numbers each: the first says "noun", the second "verb". A key says what a token is; a query
// says what it looks for. "The" and "sat" look for a noun, "cat" and "mat" for a verb, so without a mask
// "The" finds its noun "cat" one step ahead of it, in the future.
/** Query vectors, one row per token. */
export const QUERIES: readonly (readonly number[])[] = [
  [2, 0],
  [0, 2],
  [2, 0],
  [1, 0],
  [2, 0],
  [0, 2],
];

/** Key vectors, one row per token. */
export const KEYS: readonly (readonly number[])[] = [
  [0, 0],
  [2, 0],
  [0, 2],
  [0, 0],
  [0, 0],
  [2, 0],
];
