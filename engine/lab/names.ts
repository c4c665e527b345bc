import { createRng } from '../random';
import { createCharTokenizer, type CharTokenizer } from '../tokenizer';

/** The Lab's alphabet: the boundary "." (id 0) and a–z, so V = 27. */
export const NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The Lab's character tokenizer: "." marks where a name starts and ends. */
export function nameTokenizer(): CharTokenizer {
  return createCharTokenizer(NAME_ALPHABET, { boundary: '.' });
}

/** A seeded split of a name list into names to train on and names held out, which never overlap. */
export interface NameSplit {
  train: string[];
  heldOut: string[];
}

/** Shuffles with a seeded Fisher–Yates and holds out the first fraction, so the same seed gives the same split. */
export function splitNames(names: readonly string[], heldOutFraction: number, seed: number): NameSplit {
  if (!(heldOutFraction > 0 && heldOutFraction < 1)) throw new RangeError('heldOutFraction must lie strictly between 0 and 1');
  const order = [...new Set(names)];
  const rng = createRng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const cut = Math.max(1, Math.round(order.length * heldOutFraction));
  return { heldOut: order.slice(0, cut), train: order.slice(cut) };
}

/** Names as one token stream ".emma.olivia." in which every name is framed by boundary tokens. */
export function namesToTokens(names: readonly string[], tokenizer: CharTokenizer): number[] {
  const encoded = tokenizer.encode(`.${names.join('.')}.`);
  if (encoded.unknown.length > 0) {
    throw new RangeError(`names hold characters outside a–z: "${encoded.unknown[0].text}" at ${encoded.unknown[0].index}`);
  }
  return encoded.ids;
}

/** One character of a typed word, and whether the model has a token for it. */
export interface TypedCharacter {
  text: string;
  known: boolean;
}

/** A typed word made safe for the model: what was kept, what is unknown, and whether it was cut short. */
export interface SanitisedWord {
  /** Every character kept (after lower-casing), known or not, in order. */
  characters: TypedCharacter[];
  /** Token ids for the model: the boundary, then the known characters. */
  ids: number[];
  /** The tokens those ids stand for, for labelling rows and columns. */
  tokens: string[];
  /** True when the input had more characters than the cap. */
  truncated: boolean;
  /** How many characters had no token. */
  unknownCount: number;
}

/**
 * Lower-cases typed text, caps it at maxCharacters whole characters (an emoji counts as one), and marks every
 * character the tokenizer lacks. The ids start with the boundary, as a name does during training.
 */
export function sanitiseWord(text: string, tokenizer: CharTokenizer, maxCharacters: number): SanitisedWord {
  const all = Array.from(text.toLowerCase().replace(/\s+/g, ' ').trim());
  const kept = all.slice(0, Math.max(0, maxCharacters));
  const characters = kept.map((c) => ({ text: c, known: c !== '.' && tokenizer.ids.has(c) }));
  const known = characters.filter((c) => c.known).map((c) => c.text);
  return {
    characters,
    ids: [tokenizer.boundaryId, ...known.map((c) => tokenizer.ids.get(c) as number)],
    tokens: ['.', ...known],
    truncated: all.length > kept.length,
    unknownCount: characters.filter((c) => !c.known).length,
  };
}

/** Splits generated text at boundary tokens into names, dropping empty pieces. */
export function namesFromText(text: string): string[] {
  return text.split('.').filter((piece) => piece.length > 0);
}
