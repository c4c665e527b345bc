import { tokenizeWords } from '../../../engine/sequences';

/** The sentence of chapter 1, split by the same tokenizer as chapter 0. */
export const SENTENCE = 'The cat sat on the mat because it was tired';

/** The tokens of SENTENCE in order (ten of them). */
export const TOKENS: readonly string[] = tokenizeWords(SENTENCE);

/** What each of the four numbers in a token vector stands for. */
export const FEATURES = ['thing', 'alive', 'action', 'grammar'] as const;

// Chosen by hand for illustration; a trained model learns its vectors and they have hundreds of unnamed numbers.
// Content words are long (values of 2), small grammar words are short, and "it" is a short vector that
// points like a living thing: a pronoun carries little meaning of its own, but in this sentence it must be
// something that can be tired. That hint really comes from "tired", which a real model would have mixed into
// "it" in an earlier layer; here it is written in directly.
const VECTOR_BY_WORD: Record<string, readonly number[]> = {
  the: [0, 0, 0, 1],
  cat: [2, 2, 0, 0],
  sat: [0, 1, 2, 0],
  on: [0, 0, 0, 1],
  mat: [2, 0, 0, 0],
  because: [0, 0, 0, 1],
  it: [1, 1, 0, 0],
  was: [0, 0, 1, 1],
  tired: [0, 2, 1, 0],
};

/** One vector per token, in sentence order; the same word ("The", "the") gets the same vector. */
export const VECTORS: readonly (readonly number[])[] = TOKENS.map((token) => {
  const vector = VECTOR_BY_WORD[token.toLowerCase()];
  if (!vector) throw new Error(`No vector for token "${token}"`);
  return vector;
});
