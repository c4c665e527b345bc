import { alphabetOf, encodeCharacters, type Tokenizer } from '../tokenizer';

/** The largest text the Lab trains on: 5 MB of UTF-8. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** The shortest text worth training on: about two sentences. */
export const MIN_TEXT_CHARACTERS = 100;
/** The most distinct characters a text may use: each is a row of the embedding and a column of the output. */
export const MAX_VOCABULARY = 256;
/** The share of a text held out at its end, never trained on. */
export const TEXT_HELD_OUT_FRACTION = 0.1;

/** A text the Lab can train on, or the sentence that says why not. */
export type TextCheck = { ok: true; text: string } | { ok: false; message: string };

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Line endings made "\n" and a leading byte-order mark dropped, so the same text typed or opened gives the same ids. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Checks typed or pasted text: not empty, not too long, not too many distinct characters. */
export function checkText(raw: string): TextCheck {
  const text = normaliseText(raw);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEXT_BYTES) {
    return { ok: false, message: `That text is ${megabytes(bytes)} MB; the Lab trains on at most ${megabytes(MAX_TEXT_BYTES)} MB.` };
  }
  if (text.trim().length === 0) return { ok: false, message: 'That text is empty: paste or type some sentences first.' };
  const length = Array.from(text).length;
  if (length < MIN_TEXT_CHARACTERS) {
    return { ok: false, message: `That text has ${length} characters; the Lab needs at least ${MIN_TEXT_CHARACTERS} to train on and hold some out.` };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    return { ok: false, message: `That text holds ${controls} control character${controls === 1 ? '' : 's'} (such as a NUL byte), so it looks like a binary file, not text.` };
  }
  const size = alphabetOf([text]).length;
  if (size > MAX_VOCABULARY) {
    return { ok: false, message: `That text uses ${size} different characters; the Lab's models take at most ${MAX_VOCABULARY}.` };
  }
  if (size < 2) return { ok: false, message: 'That text repeats a single character: there is nothing to learn.' };
  return { ok: true, text };
}

/**
 * Checks an opened file before and after decoding: its size first (a 6 MB file is refused unread), then that the
 * bytes are UTF-8 text and not a binary file (a NUL byte, invalid UTF-8, control characters), then checkText.
 */
export function checkTextFile(name: string, bytes: Uint8Array): TextCheck {
  if (bytes.length > MAX_TEXT_BYTES) return fileTooLarge(name, bytes.length);
  if (bytes.length === 0) return { ok: false, message: `${name} is empty.` };
  if (bytes.includes(0)) return { ok: false, message: `${name} is a binary file, not plain text (it holds NUL bytes).` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${name} is not UTF-8 plain text (it may be a binary file, or text saved in another encoding).` };
  }
  const checked = checkText(text);
  return checked.ok ? checked : { ok: false, message: `${name}: ${lowerFirst(checked.message)}` };
}

/** The refusal of a file over MAX_TEXT_BYTES, from its size alone (so the page never reads it). */
export function fileTooLarge(name: string, size: number): { ok: false; message: string } {
  return { ok: false, message: `${name} is ${megabytes(size)} MB; the Lab trains on text files of at most ${megabytes(MAX_TEXT_BYTES)} MB.` };
}

/** Sizes in MB with one decimal, as the messages print them. */
function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

function lowerFirst(sentence: string): string {
  return sentence.replace(/^That text/, 'the text');
}

/** A character tokenizer over exactly the characters of a text (sorted by code point); no boundary token. */
export function textTokenizer(vocabulary: readonly string[]): Tokenizer {
  const ids = new Map<string, number>();
  vocabulary.forEach((c, id) => {
    if (Array.from(c).length !== 1) throw new RangeError(`textTokenizer: "${c}" is not a single character`);
    if (ids.has(c)) throw new RangeError(`textTokenizer: "${c}" appears twice in the vocabulary`);
    ids.set(c, id);
  });
  return {
    vocabulary,
    ids,
    size: vocabulary.length,
    encode: (text) => encodeCharacters(ids, text),
    decode(tokenIds) {
      let out = '';
      for (let i = 0; i < tokenIds.length; i++) {
        const c = vocabulary[tokenIds[i]];
        if (c === undefined) throw new RangeError(`decode: id ${tokenIds[i]} at index ${i} is not in the vocabulary`);
        out += c;
      }
      return out;
    },
  };
}

/** A text as token ids, split into a training head and a held-out tail. */
export interface TextSplit {
  vocabulary: string[];
  train: number[];
  heldOut: number[];
}

/**
 * Encodes a checked text over its own characters and holds out its last tenth (never fewer than contextLength + 1
 * characters, one full window), so the held-out loss is measured on text the model never trained on.
 */
export function splitText(text: string, contextLength: number): TextSplit {
  const vocabulary = alphabetOf([text]);
  const ids = textTokenizer(vocabulary).encode(text).ids;
  const span = contextLength + 1;
  const heldOutCount = Math.max(span, Math.round(ids.length * TEXT_HELD_OUT_FRACTION));
  if (ids.length - heldOutCount < span) {
    throw new RangeError(`the text has ${ids.length} characters; a context of ${contextLength} needs at least ${span + heldOutCount}`);
  }
  return { vocabulary, train: ids.slice(0, ids.length - heldOutCount), heldOut: ids.slice(ids.length - heldOutCount) };
}

/** One typed character and whether the text's vocabulary has it. */
export interface PromptCharacter {
  text: string;
  known: boolean;
}

/** A typed prompt made safe for a text model: every character kept or marked unknown, capped at the context. */
export interface SanitisedPrompt {
  characters: PromptCharacter[];
  ids: number[];
  tokens: string[];
  truncated: boolean;
  unknownCount: number;
}

/** Marks each typed character the vocabulary lacks (case is kept: running text has capitals) and keeps the last maxCharacters. */
export function sanitisePrompt(text: string, tokenizer: Tokenizer, maxCharacters: number): SanitisedPrompt {
  const all = Array.from(normaliseText(text));
  const kept = all.slice(Math.max(0, all.length - Math.max(0, maxCharacters)));
  const characters = kept.map((c) => ({ text: c, known: tokenizer.ids.has(c) }));
  const known = characters.filter((c) => c.known).map((c) => c.text);
  return {
    characters,
    ids: known.map((c) => tokenizer.ids.get(c) as number),
    tokens: known,
    truncated: all.length > kept.length,
    unknownCount: characters.filter((c) => !c.known).length,
  };
}

/** How a character is shown in a vocabulary list: whitespace and invisible characters get a visible name. */
export function visibleCharacter(c: string): string {
  if (c === ' ') return '␣';
  if (c === '\n') return '↵';
  if (c === '\t') return '⇥';
  return c;
}
