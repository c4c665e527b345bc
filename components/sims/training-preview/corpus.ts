import { alphabetOf, createCharTokenizer, type CharTokenizer } from '../../../engine/tokenizer';

/**
 * The preview's training text: short sentences that reuse a few words, so a one-layer model can find their
 * patterns within a few hundred steps. The period is the tokenizer's boundary token, so it ends every sentence.
 */
export const TRAINING_TEXT =
  'the cat sat on the mat. the dog sat on the log. the cat saw the dog. the dog saw the cat. ' +
  'a cat and a dog sat on a mat. the dog ran to the log. the cat ran to the mat. a dog saw a log. ' +
  'the cat sat and the dog ran. a cat saw the mat and sat on it. the dog sat on it too. ' +
  'the mat was on the log. the cat and the dog ran to a mat. a dog and a cat sat. ';

/** Held-out text: sentences of the same kind that the model never trains on, to check it generalises. */
export const HELD_OUT_TEXT =
  'the dog sat on the mat. a cat ran to the log. the cat saw a dog on the mat. the dog and the cat saw a log. ';

/** The character tokenizer over both texts' letters, with the period as its boundary token (id 0). */
export function previewTokenizer(): CharTokenizer {
  const letters = alphabetOf([TRAINING_TEXT, HELD_OUT_TEXT]).filter((c) => c !== '.');
  return createCharTokenizer(letters, { boundary: '.' });
}

/** Both texts as token ids; throws if either holds a character the tokenizer lacks (it never should). */
export function previewTokens(): { tokenizer: CharTokenizer; train: number[]; heldOut: number[] } {
  const tokenizer = previewTokenizer();
  const train = tokenizer.encode(TRAINING_TEXT);
  const heldOut = tokenizer.encode(HELD_OUT_TEXT);
  if (train.unknown.length > 0 || heldOut.unknown.length > 0) throw new RangeError('preview text has unknown characters');
  return { tokenizer, train: train.ids, heldOut: heldOut.ids };
}
