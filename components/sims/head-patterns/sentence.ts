import type { HeadJob, WordFeatures } from '../../../engine/headPatterns';
import { tokenizeWords } from '../../../engine/sequences';

/** The sentence the four heads read: "the" three times and "cat" twice, so the same-word head has work to do. */
export const SENTENCE = 'The cat sat on the mat and the cat slept';

/** Its tokens, split by the same tokenizer as chapters 0 and 1. */
export const TOKENS: readonly string[] = tokenizeWords(SENTENCE);

/** What the content-based head needs to know about each word: what is alive, and what needs a subject. */
export const FEATURES: Readonly<Record<string, WordFeatures>> = {
  cat: { alive: true },
  sat: { needsSubject: true },
  slept: { needsSubject: true },
};

/** How the page names and explains each head, in head order. */
export const HEAD_INFO: Readonly<Record<HeadJob, { name: string; how: string }>> = {
  previous: {
    name: 'Previous token',
    how: 'W_Q copies a token’s position into its query; W_K writes each token’s position plus one into its key. So the query at position i matches the key of position i − 1.',
  },
  'same-word': {
    name: 'Same word',
    how: 'W_Q and W_K both copy the word’s identity. A token matches every earlier copy of its own word, and itself.',
  },
  first: {
    name: 'First token',
    how: 'W_Q gives every token the same query; W_K gives only position 0 a key that answers it. Every token looks back to the start.',
  },
  subject: {
    name: 'Who did it',
    how: 'W_Q gives verbs (sat, slept) a query that asks for a living thing; W_K gives living things (cat) a key that answers. Other tokens ask nothing, so they spread their weight evenly.',
  },
};
