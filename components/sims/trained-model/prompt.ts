import { visibleCharacter } from '../../../engine/lab/text';

/** A typed prompt made safe for a model: the ids it reads, what was left out, and whether it was cut short. */
export interface EncodedPrompt {
  /** Token ids, the boundary first when the corpus has one. */
  ids: number[];
  /** The character of each id, as the model reads them. */
  tokens: string[];
  /** Each character the model has no token for, once, in the order typed. */
  unknown: string[];
  /** True when more known characters were typed than fit the context. */
  truncated: boolean;
  /** How many typed characters fit (the context, less the boundary). */
  limit: number;
}

/**
 * Encodes typed text with a model's vocabulary (vocabulary[id] is the character of id). A character the vocabulary
 * lacks is read as its lower case when that exists (the names corpus is lower case), else left out and named. A
 * corpus with a boundary gets it first, as every name began during training; the rest is capped at the context.
 */
export function encodePrompt(text: string, vocabulary: string, boundary: string | null, contextLength: number): EncodedPrompt {
  const idOf = new Map(Array.from(vocabulary, (c, id) => [c, id] as const));
  const known: string[] = [];
  const unknown: string[] = [];
  for (const typed of Array.from(text)) {
    const c = idOf.has(typed) ? typed : typed.toLowerCase();
    if (idOf.has(c)) known.push(c);
    else if (!unknown.includes(typed)) unknown.push(typed);
  }
  const start = boundary !== null && idOf.has(boundary) ? [boundary] : [];
  const limit = Math.max(0, contextLength - start.length);
  const tokens = [...start, ...known.slice(0, limit)];
  return { ids: tokens.map((c) => idOf.get(c) as number), tokens, unknown, truncated: known.length > limit, limit };
}

/** How a character is shown in a label: whitespace gets a visible name (the Lab's own rule). */
export { visibleCharacter };

/** A character named in a sentence: “x”, or the word for an invisible one. */
export function characterName(c: string): string {
  if (c === ' ') return 'space';
  if (c === '\n') return 'line break';
  if (c === '\t') return 'tab';
  return `“${c}”`;
}

/** Row and column names for a prompt's tokens: position and character, so repeated letters stay apart. */
export function tokenLabels(tokens: readonly string[]): string[] {
  return tokens.map((c, t) => `${t} ${visibleCharacter(c)}`);
}

/** The prompt a figure opens with: a name for a corpus of names, the track's sentence for running text. */
export function defaultPrompt(boundary: string | null): string {
  return boundary !== null ? 'emma' : 'the cat sat on';
}
