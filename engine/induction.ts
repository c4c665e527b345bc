import { scaledDotProductAttention, type AttentionResult } from './attention';
import { add, matmul, matrix, type Matrix } from './matrix';
import { createRng } from './random';
import { softmax } from './softmax';

// A two-layer, attention-only transformer whose weights are written by hand so that it completes repeated text.
// The residual stream (width C = 3·S + P, with S = V + 1 token symbols including the start token) has four
// separate subspaces, so what each head writes can be read back by a later head without interference:
//   TOKEN    [0, S)        one-hot of the token at this position (the embedding)
//   PREVIOUS [S, 2S)       written by layer 1: one-hot of the token one position back
//   COPIED   [2S, 3S)      written by layer 2: the token the induction head copied (what comes next)
//   POSITION [3S, 3S + P)  one-hot of the position (a learned position table would do the same job)

/** The token id of the start-of-text token that every sequence begins with. */
export const START_TOKEN = 0;

/** The shape of the constructed model. */
export interface InductionConfig {
  /** V: how many ordinary tokens there are (ids 1 … V; id 0 is the start token). */
  vocab: number;
  /** P: the longest sequence the position table covers, start token included. */
  maxTokens: number;
  /** How sharp both heads are: the factor multiplying a score of 1 for a match and 0 for no match. */
  sharpness: number;
}

/** The settings the chapter uses: 16 tokens (chance = 1/16), sequences up to 25 long, nearly one-hot heads. */
export const INDUCTION_CONFIG: InductionConfig = { vocab: 16, maxTokens: 25, sharpness: 20 };

/** The four weight matrices of one attention head, row-vector convention (x·W). */
export interface HeadWeights {
  wQ: Matrix;
  wK: Matrix;
  wV: Matrix;
  wO: Matrix;
}

/** Everything the constructed model is made of. */
export interface InductionModel {
  config: InductionConfig;
  /** C, the width of the residual stream. */
  width: number;
  /** Layer 1: the previous-token head. */
  previousHead: HeadWeights;
  /** Layer 2: the induction head. */
  inductionHead: HeadWeights;
  /** C × S: reads the COPIED subspace out as one logit per token symbol. */
  unembed: Matrix;
}

/** Where each subspace starts in the residual stream. */
function layout(config: InductionConfig) {
  const symbols = config.vocab + 1;
  return { symbols, token: 0, previous: symbols, copied: 2 * symbols, position: 3 * symbols };
}

/** A C × n matrix with a 1 at (rowStart + i, colStart + i) for i < count: copies one block of numbers to another. */
function blockCopy(rows: number, cols: number, rowStart: number, colStart: number, count: number, shift = 0): Matrix {
  const w = matrix(rows, cols);
  for (let i = 0; i < count; i++) {
    const target = i + shift;
    if (target >= 0 && target < count) w.data[(rowStart + i) * cols + colStart + target] = 1;
  }
  return w;
}

/**
 * Writes the weights. Layer 1's query at position i is the one-hot of position i − 1 and its key is the position
 * itself, so it matches exactly the previous position; its value is the token there, written into PREVIOUS.
 * Layer 2's query is the current token and its key is PREVIOUS, so position i matches every j whose previous token
 * equals token i; its value is the token at j, written into COPIED, which the unembedding reads as the prediction.
 */
export function buildInductionModel(config: InductionConfig = INDUCTION_CONFIG): InductionModel {
  const { vocab, maxTokens, sharpness } = config;
  if (!Number.isInteger(vocab) || vocab < 2) throw new RangeError(`induction: vocab must be a whole number ≥ 2, got ${vocab}`);
  if (!Number.isInteger(maxTokens) || maxTokens < 2) {
    throw new RangeError(`induction: maxTokens must be a whole number ≥ 2, got ${maxTokens}`);
  }
  if (!(sharpness > 0) || !Number.isFinite(sharpness)) throw new RangeError(`induction: sharpness must be > 0, got ${sharpness}`);
  const at = layout(config);
  const S = at.symbols;
  const width = 3 * S + maxTokens;
  const P = maxTokens;
  const previousHead: HeadWeights = {
    wQ: blockCopy(width, P, at.position, 0, P, -1), // position i → one-hot of i − 1 (position 0 → nothing)
    wK: blockCopy(width, P, at.position, 0, P), // position j → one-hot of j
    wV: blockCopy(width, S, at.token, 0, S), // the token at j
    wO: blockCopy(S, width, 0, at.previous, S), // … written into PREVIOUS
  };
  const inductionHead: HeadWeights = {
    wQ: blockCopy(width, S, at.token, 0, S), // the current token
    wK: blockCopy(width, S, at.previous, 0, S), // the token before j
    wV: blockCopy(width, S, at.token, 0, S), // the token at j
    wO: blockCopy(S, width, 0, at.copied, S), // … written into COPIED
  };
  const unembed = blockCopy(width, S, at.copied, 0, S);
  return { config, width, previousHead, inductionHead, unembed };
}

/** The embedding X (T × C): token one-hot plus position one-hot; the other subspaces start empty. */
export function embedSequence(model: InductionModel, tokens: readonly number[]): Matrix {
  const { config, width } = model;
  const at = layout(config);
  if (tokens.length > config.maxTokens) {
    throw new RangeError(`induction: ${tokens.length} tokens, but the position table covers ${config.maxTokens}`);
  }
  const x = matrix(tokens.length, width); // T × C
  tokens.forEach((token, t) => {
    if (!Number.isInteger(token) || token < 0 || token > config.vocab) {
      throw new RangeError(`induction: token ${token} at position ${t} is not an id from 0 to ${config.vocab}`);
    }
    x.data[t * width + at.token + token] = 1;
    x.data[t * width + at.position + t] = 1;
  });
  return x;
}

/** One causal head on the residual stream: attention(x·W_Q, x·W_K, x·W_V)·W_O, with every stage kept. */
function runHead(x: Matrix, head: HeadWeights, sharpness: number): { attention: AttentionResult; write: Matrix } {
  const attention = scaledDotProductAttention(matmul(x, head.wQ), matmul(x, head.wK), matmul(x, head.wV), {
    causal: true,
    scale: sharpness, // scores are 1 for a match and 0 otherwise, so this sets the gap softmax sees
  });
  return { attention, write: matmul(attention.output, head.wO) }; // (T × hs)·(hs × C) → T × C
}

/** What the model computed for one sequence. */
export interface InductionRun {
  tokens: number[];
  /** Layer 1's attention weights (T × T): row i puts its weight on position i − 1. */
  previousWeights: Matrix;
  /** Layer 2's attention weights (T × T): row i looks at the positions just after earlier copies of token i. */
  inductionWeights: Matrix;
  /** The residual stream after each layer (T × C). */
  streams: { embedded: Matrix; afterLayer1: Matrix; afterLayer2: Matrix };
  /** logits (T × S): the COPIED block read out, so entry (i, s) is the share of head 2's copy that is token s. */
  logits: Matrix;
  /** Per position, softmax(logits · sharpness) with the start token left out, and the most likely next token. */
  probabilities: Float64Array[];
  predictions: number[];
}

/** Runs the two layers on a token sequence: x₁ = x₀ + head₁(x₀), x₂ = x₁ + head₂(x₁), logits = x₂·W_U. */
export function runInductionModel(model: InductionModel, tokens: readonly number[]): InductionRun {
  const embedded = embedSequence(model, tokens);
  const layer1 = runHead(embedded, model.previousHead, model.config.sharpness);
  const afterLayer1 = add(embedded, layer1.write); // the residual connection: add, never overwrite
  const layer2 = runHead(afterLayer1, model.inductionHead, model.config.sharpness);
  const afterLayer2 = add(afterLayer1, layer2.write);
  const logits = matmul(afterLayer2, model.unembed); // (T × C)·(C × S) → T × S
  const S = logits.cols;
  const probabilities: Float64Array[] = [];
  const predictions: number[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const row = logits.data.subarray(t * S, (t + 1) * S);
    // The start token is never a continuation; leave it out of the prediction.
    const p = softmax(Array.from(row, (v, s) => (s === START_TOKEN ? -Infinity : v * model.config.sharpness)));
    probabilities.push(p);
    let best = 1;
    for (let s = 2; s < S; s++) if (p[s] > p[best]) best = s;
    predictions.push(best);
  }
  return {
    tokens: [...tokens],
    previousWeights: layer1.attention.weights,
    inductionWeights: layer2.attention.weights,
    streams: { embedded, afterLayer1, afterLayer2 },
    logits,
    probabilities,
    predictions,
  };
}

/** The start token, then `repeat` random tokens (ids 1 … V, with replacement), then the same tokens again. */
export function repeatedSequence(repeat: number, vocab: number, seed: number): number[] {
  if (!Number.isInteger(repeat) || repeat < 1) throw new RangeError(`induction: repeat must be a whole number ≥ 1, got ${repeat}`);
  const rng = createRng(seed);
  const half = Array.from({ length: repeat }, () => 1 + rng.int(vocab));
  return [START_TOKEN, ...half, ...half];
}

/** How well the model continued the repeat. */
export interface RepeatScore {
  /** The positions scored: every position of the second copy whose next token is also in the second copy. */
  positions: number[];
  /** How many of those next tokens the model predicted. */
  correct: number;
  /** correct / positions.length. */
  accuracy: number;
  /** What guessing uniformly would score: 1 / V. */
  chance: number;
}

/**
 * Scores a run of a sequence made by repeatedSequence(repeat, …): the second copy starts at 1 + repeat, and from
 * its first token on, the model has seen what follows. The last position has no next token to predict.
 */
export function scoreRepeat(run: InductionRun, repeat: number, vocab: number): RepeatScore {
  const positions: number[] = [];
  for (let i = repeat + 1; i < run.tokens.length - 1; i++) positions.push(i);
  const correct = positions.filter((i) => run.predictions[i] === run.tokens[i + 1]).length;
  return { positions, correct, accuracy: positions.length ? correct / positions.length : 0, chance: 1 / vocab };
}

/**
 * For each query row, how far back its heaviest key is (i − argmax_j w_ij). In the second copy the induction
 * head's stripe sits at repeat − 1: the token after the earlier copy of the current token.
 */
export function stripeOffsets(weights: Matrix): number[] {
  return Array.from({ length: weights.rows }, (_, i) => {
    let best = 0;
    for (let j = 1; j < weights.cols; j++) if (weights.data[i * weights.cols + j] > weights.data[i * weights.cols + best]) best = j;
    return i - best;
  });
}

/** The four named blocks of the residual stream, in order. */
export const STREAM_BLOCKS = ['token', 'previous', 'copied', 'position'] as const;

/** One block of one position's residual vector: its largest entry, which symbol (or position) that is, and the total. */
export interface BlockReading {
  block: (typeof STREAM_BLOCKS)[number];
  /** The index of the largest entry within the block: a token id, or a position for the position block. */
  top: number;
  /** The value of that entry. */
  value: number;
  /** The sum of the block's entries: 0 means nothing has been written there yet. */
  total: number;
}

/** Reads each block of row `position` of a residual stream (T × C), for pictures of what the stream carries. */
export function readStream(model: InductionModel, stream: Matrix, position: number): BlockReading[] {
  if (!Number.isInteger(position) || position < 0 || position >= stream.rows) {
    throw new RangeError(`readStream: position ${position} outside 0…${stream.rows - 1}`);
  }
  const at = layout(model.config);
  const spans = [
    [at.token, at.symbols],
    [at.previous, at.symbols],
    [at.copied, at.symbols],
    [at.position, model.config.maxTokens],
  ] as const;
  return STREAM_BLOCKS.map((block, b) => {
    const [start, length] = spans[b];
    const row = stream.data.subarray(position * stream.cols + start, position * stream.cols + start + length);
    let top = 0;
    let total = 0;
    row.forEach((v, i) => {
      total += v;
      if (v > row[top]) top = i;
    });
    return { block, top, value: row[top], total };
  });
}

/** How many of the given rows have their heaviest key exactly `offset` positions back: the rows on the stripe. */
export function rowsOnStripe(weights: Matrix, rows: readonly number[], offset: number): number {
  const offsets = stripeOffsets(weights);
  return rows.filter((i) => offsets[i] === offset).length;
}
