/** A piece of input the vocabulary has no id for, and where it was. */
export interface UnknownPiece {
  /** The character or word that was not in the vocabulary. */
  text: string;
  /** Its index in the input, counted in characters (char tokenizer) or words (word tokenizer). */
  index: number;
}

/** What encoding returns: the ids, the tokens they stand for, and anything that could not be encoded. */
export interface Encoding {
  ids: number[];
  /** tokens[i] is the vocabulary entry for ids[i]. */
  tokens: string[];
  /** Every piece of the input with no id; empty when the whole input was encoded. */
  unknown: UnknownPiece[];
}

/** A tokenizer: a fixed vocabulary with an id for each entry, in both directions. */
export interface Tokenizer {
  /** itos: vocabulary[id] is the token with that id. */
  vocabulary: readonly string[];
  /** stoi: the id of each token. */
  ids: ReadonlyMap<string, number>;
  /** How many tokens there are (V). */
  size: number;
  /** Text to ids. Pieces with no id are listed in `unknown` and never silently dropped. */
  encode(text: string): Encoding;
  /** Ids back to text; throws a RangeError naming any id outside the vocabulary. */
  decode(ids: ArrayLike<number>): string;
}

/** A character tokenizer for names, with a boundary token that marks where a name starts and ends. */
export interface CharTokenizer extends Tokenizer {
  /** The boundary token's id (always 0). */
  boundaryId: number;
  /** The name between two boundary tokens: ".emma." → the sequence a model learns to continue. */
  encodeName(name: string): Encoding;
}

function buildIds(name: string, vocabulary: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  vocabulary.forEach((token, id) => {
    if (token.length === 0) throw new RangeError(`${name}: the vocabulary contains an empty token`);
    if (ids.has(token)) throw new RangeError(`${name}: "${token}" appears twice in the vocabulary`);
    ids.set(token, id);
  });
  return ids;
}

function decodeWith(name: string, vocabulary: readonly string[], ids: ArrayLike<number>, separator: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const token = Number.isInteger(ids[i]) ? vocabulary[ids[i]] : undefined;
    if (token === undefined) throw new RangeError(`${name}: id ${ids[i]} at index ${i} is not in the vocabulary`);
    pieces.push(token);
  }
  return pieces.join(separator);
}

/** Every distinct character of the given texts, in sorted order: the alphabet a list of names actually uses. */
export function alphabetOf(texts: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const c of Array.from(text)) seen.add(c);
  return [...seen].sort();
}

/** Encodes text one code point at a time with a character → id map, listing every character the map lacks. */
export function encodeCharacters(ids: ReadonlyMap<string, number>, text: string): Encoding {
  const result: Encoding = { ids: [], tokens: [], unknown: [] };
  Array.from(text).forEach((c, index) => {
    const id = ids.get(c);
    if (id === undefined) {
      result.unknown.push({ text: c, index });
    } else {
      result.ids.push(id);
      result.tokens.push(c);
    }
  });
  return result;
}

/**
 * A character-level tokenizer over an alphabet (e.g. "abcdefghijklmnopqrstuvwxyz"). Id 0 is the boundary token
 * (default "."), then the alphabet's characters in the order given. Characters are whole code points, so an
 * accented or emoji character is one unknown piece rather than two broken halves.
 */
export function createCharTokenizer(
  alphabet: string | readonly string[],
  options: { boundary?: string } = {},
): CharTokenizer {
  const { boundary = '.' } = options;
  const characters = typeof alphabet === 'string' ? Array.from(alphabet) : [...alphabet];
  if (Array.from(boundary).length !== 1) {
    throw new RangeError('createCharTokenizer: the boundary must be one character');
  }
  characters.forEach((c) => {
    if (Array.from(c).length !== 1) throw new RangeError(`createCharTokenizer: "${c}" is not a single character`);
  });
  if (characters.includes(boundary)) {
    throw new RangeError(`createCharTokenizer: the boundary "${boundary}" is also in the alphabet`);
  }
  const vocabulary = [boundary, ...characters];
  const ids = buildIds('createCharTokenizer', vocabulary);
  const encode = (text: string): Encoding => encodeCharacters(ids, text);
  return {
    vocabulary,
    ids,
    size: vocabulary.length,
    boundaryId: 0,
    encode,
    decode: (tokenIds) => decodeWith('decode', vocabulary, tokenIds, ''),
    encodeName(name) {
      const inner = encode(name);
      return { ids: [0, ...inner.ids, 0], tokens: [boundary, ...inner.tokens, boundary], unknown: inner.unknown };
    },
  };
}

/** A word tokenizer: the ids it encodes with, plus the id unknown words map to when there is one. */
export interface WordTokenizer extends Tokenizer {
  /** The id of the unknown-word token, or null when the vocabulary has none. */
  unknownId: number | null;
}

/**
 * A word-level tokenizer over a given vocabulary, splitting on whitespace. A word not in the vocabulary is always
 * reported in `unknown`; when an unknown token (e.g. "<unk>") is given it also stands in for the word in the ids,
 * so the sequence keeps its length. Matching is exact: "The" and "the" are different words.
 */
export function createWordTokenizer(vocabulary: readonly string[], options: { unknown?: string } = {}): WordTokenizer {
  const { unknown } = options;
  vocabulary.forEach((word) => {
    if (/\s/.test(word)) throw new RangeError(`createWordTokenizer: "${word}" contains whitespace`);
  });
  const words = unknown !== undefined && !vocabulary.includes(unknown) ? [...vocabulary, unknown] : [...vocabulary];
  const ids = buildIds('createWordTokenizer', words);
  const unknownId = unknown !== undefined ? (ids.get(unknown) ?? null) : null;
  return {
    vocabulary: words,
    ids,
    size: words.length,
    unknownId,
    encode(text) {
      const result: Encoding = { ids: [], tokens: [], unknown: [] };
      const pieces = text.split(/\s+/).filter((word) => word.length > 0);
      pieces.forEach((word, index) => {
        const id = ids.get(word);
        if (id === undefined) result.unknown.push({ text: word, index });
        const used = id ?? unknownId;
        if (used !== null) {
          result.ids.push(used);
          result.tokens.push(words[used]);
        }
      });
      return result;
    },
    decode: (tokenIds) => decodeWith('decode', words, tokenIds, ' '),
  };
}
