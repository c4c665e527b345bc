/** The French source sentence the encoder has read. */
export const SOURCE = ['le', 'chat', 'noir', 'dort'] as const;

/** The decoder's input so far: a start marker, then the English words it has written. */
export const DECODER_INPUT = ['⟨start⟩', 'the', 'black', 'cat'] as const;

/** The word each decoder position is about to write (its input shifted by one). */
export const DECODER_NEXT = ['the', 'black', 'cat', 'sleeps'] as const;

/** What each of the four numbers stands for. */
export const FEATURES = ['article', 'animal', 'colour', 'sleep'] as const;

// Chosen by hand. Each encoder output is a key (what this source word is) and a value (what it passes on). Each
// decoder query asks for the source word it needs in order to write its next word: the position of "the" is about
// to write "black", so it asks for a colour and finds "noir", which stands after "chat" in French.
/** Encoder keys, one row per source word. */
export const SOURCE_KEYS: readonly (readonly number[])[] = [
  [2, 0, 0, 0],
  [0, 2, 0, 0],
  [0, 0, 2, 0],
  [0, 0, 0, 2],
];

/** Encoder values, one row per source word (here the same as the keys, so the output reads in the same features). */
export const SOURCE_VALUES: readonly (readonly number[])[] = SOURCE_KEYS;

/** Decoder queries, one row per decoder position. */
export const DECODER_QUERIES: readonly (readonly number[])[] = [
  [2, 0, 0, 0],
  [0, 0, 2, 0],
  [0, 2, 0, 0],
  [0, 0, 0, 2],
];
