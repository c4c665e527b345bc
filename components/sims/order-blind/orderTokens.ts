import { fromRows } from '../../../engine/matrix';

/** The three words of the demo, in vocabulary order. */
export const WORDS = ['cat', 'sat', 'mat'] as const;

// Chosen by hand so the sums are easy: cat·cat = 2, cat·sat = cat·mat = 1, sat·mat = 0, each word with itself 2.
/** One 4-number vector per word (rows in WORDS order). */
export const WORD_VECTORS = fromRows([
  [1, 0, 1, 0],
  [0, 1, 1, 0],
  [1, 0, 0, 1],
]);

/** The word orders a reader can pick, as indices into WORDS; the first is the reference order. */
export const ORDERS: readonly (readonly number[])[] = [
  [0, 1, 2],
  [2, 0, 1],
  [1, 2, 0],
];

/** An order written out as words, e.g. "mat cat sat". */
export function sentenceOf(order: readonly number[]): string {
  return order.map((i) => WORDS[i]).join(' ');
}
