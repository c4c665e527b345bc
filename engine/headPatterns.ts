import { identity, matrix, type Matrix } from './matrix';
import { multiHeadAttention, type MultiHeadResult } from './multihead';

// Four attention heads whose weights are written down rather than trained, each built to do one job that trained
// models are known to learn. Every pattern the page shows is computed from these weights by multiHeadAttention.
//
// Token embedding layout, C = 64 channels (x is T × C):
//   0 … 15   position one-hot (token t has a 1 in channel t)
//   16 … 31  word one-hot (each distinct lower-cased word has its own channel)
//   32       always 1 (a bias channel, so a head can ask the same question from every token)
//   33       "alive": the word names a living thing
//   34       "needs a subject": the word is a verb or adjective that says what something did or was

/** Width of every token vector. */
export const MODEL_WIDTH = 64;
/** Number of heads; each owns MODEL_WIDTH / HEAD_COUNT = 16 channels of Q, K and V. */
export const HEAD_COUNT = 4;
/** Channels per head. */
export const HEAD_SIZE = MODEL_WIDTH / HEAD_COUNT;
/** The most tokens (and distinct words) the one-hot blocks have room for. */
export const MAX_TOKENS = 16;
/** A matching query and key score this much after the 1/√16 scaling: e⁸ ≈ 2981 times a non-match. */
export const MATCH_SCORE = 8;

const POSITION = 0;
const WORD = 16;
const BIAS = 32;
const ALIVE = 33;
const NEEDS_SUBJECT = 34;
// Written into W_Q so that query · key, multiplied by 1/√HEAD_SIZE, comes out at MATCH_SCORE.
const STRENGTH = MATCH_SCORE * Math.sqrt(HEAD_SIZE);

/** What a word is, for the content-based head. */
export interface WordFeatures {
  alive?: boolean;
  needsSubject?: boolean;
}

/** The four jobs, in head order. */
export const HEAD_JOBS = ['previous', 'same-word', 'first', 'subject'] as const;
/** One of the jobs a head is built to do. */
export type HeadJob = (typeof HEAD_JOBS)[number];

/** The distinct lower-cased words of a token list, in order of first appearance. */
export function vocabularyOf(tokens: readonly string[]): string[] {
  return [...new Set(tokens.map((t) => t.toLowerCase()))];
}

/** Token embeddings x (T × C) in the layout above. */
export function embedTokens(tokens: readonly string[], features: Readonly<Record<string, WordFeatures>>): Matrix {
  const vocabulary = vocabularyOf(tokens);
  if (tokens.length > MAX_TOKENS || vocabulary.length > MAX_TOKENS) {
    throw new RangeError(`embedTokens: at most ${MAX_TOKENS} tokens and ${MAX_TOKENS} distinct words fit`);
  }
  const x = matrix(tokens.length, MODEL_WIDTH);
  tokens.forEach((token, t) => {
    const word = token.toLowerCase();
    const row = t * MODEL_WIDTH;
    x.data[row + POSITION + t] = 1;
    x.data[row + WORD + vocabulary.indexOf(word)] = 1;
    x.data[row + BIAS] = 1;
    if (features[word]?.alive) x.data[row + ALIVE] = 1;
    if (features[word]?.needsSubject) x.data[row + NEEDS_SUBJECT] = 1;
  });
  return x;
}

/** The channel pairs (input channel → head column) a head's W_Q and W_K connect. */
function wiring(job: HeadJob): { query: [number, number][]; key: [number, number][] } {
  const range = Array.from({ length: MAX_TOKENS }, (_, i) => i);
  switch (job) {
    case 'previous': // query of position i asks for i; key of position j answers as j + 1
      return {
        query: range.map((i) => [POSITION + i, i]),
        key: range.filter((j) => j + 1 < HEAD_SIZE).map((j) => [POSITION + j, j + 1]),
      };
    case 'same-word': // query and key both carry the word's identity
      return { query: range.map((w) => [WORD + w, w]), key: range.map((w) => [WORD + w, w]) };
    case 'first': // every query asks the same question; only position 0 answers it
      return { query: [[BIAS, 0]], key: [[POSITION + 0, 0]] };
    case 'subject': // verbs and adjectives ask for a living thing; living things answer
      return { query: [[NEEDS_SUBJECT, 0]], key: [[ALIVE, 0]] };
  }
}

/** The four stated projection matrices W_Q, W_K, W_V, W_O (each C × C), head h owning columns h·16 … h·16 + 15. */
export function patternWeights(): { wQ: Matrix; wK: Matrix; wV: Matrix; wO: Matrix } {
  const wQ = matrix(MODEL_WIDTH, MODEL_WIDTH);
  const wK = matrix(MODEL_WIDTH, MODEL_WIDTH);
  const wV = matrix(MODEL_WIDTH, MODEL_WIDTH);
  HEAD_JOBS.forEach((job, h) => {
    const offset = h * HEAD_SIZE;
    const { query, key } = wiring(job);
    for (const [from, to] of query) wQ.data[from * MODEL_WIDTH + offset + to] = STRENGTH;
    for (const [from, to] of key) wK.data[from * MODEL_WIDTH + offset + to] = 1;
    // Every head's value is the word one-hot, so a head's output reads as "which words it gathered, how much".
    for (let w = 0; w < HEAD_SIZE; w++) wV.data[(WORD + w) * MODEL_WIDTH + offset + w] = 1;
  });
  // W_O is the identity so each head's finding stays in its own 16 columns, where the page can read it.
  return { wQ, wK, wV, wO: identity(MODEL_WIDTH) };
}

/** Runs causal multi-head attention with the stated weights over the tokens: every head's matrix and output. */
export function runPatternHeads(tokens: readonly string[], features: Readonly<Record<string, WordFeatures>>): MultiHeadResult {
  const x = embedTokens(tokens, features); // T × C
  return multiHeadAttention(x, { ...patternWeights(), heads: HEAD_COUNT, causal: true });
}

/** For each query row of a head's weights, the key it gives most weight to (the earliest on a tie) and that weight. */
export function strongestKeys(weights: Matrix): { key: number; weight: number }[] {
  return Array.from({ length: weights.rows }, (_, i) => {
    let key = 0;
    for (let j = 1; j < weights.cols; j++) {
      if (weights.data[i * weights.cols + j] > weights.data[i * weights.cols + key] + 1e-12) key = j;
    }
    return { key, weight: weights.data[i * weights.cols + key] };
  });
}
