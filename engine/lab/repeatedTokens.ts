import type { Rng } from '../random';
import type { Batch } from '../gpt/backward';

/*
 * The data of the induction-heads experiment (Olsson et al. 2022): n uniformly random tokens followed by the same
 * n tokens again. Nothing before the repeat can be predicted better than a uniform guess; from the repeat's second
 * token on, every token can be predicted exactly by copying: find the earlier occurrence of the current token and
 * read the token that came after it.
 *
 * If every sequence repeated after the same n, a single layer-1 head could cheat by looking a fixed distance back
 * (its position embeddings say where the copy is), and no induction head would be needed. So n may be drawn for
 * each sequence from minHalf … half, and every sequence of T tokens starts with T − 2n random filler tokens: the
 * repeat always ends at the last position, and only the tokens, not the positions, say where its copy is.
 */

/** What the repeated-random sequences look like. */
export interface RepeatedTokensShape {
  /** V: tokens are drawn uniformly from 0 … V − 1. */
  vocabSize: number;
  /** The longest n. */
  half: number;
  /** The shortest n (default half: with time left out, every sequence is n random tokens and their copy, as in the paper). */
  minHalf?: number;
  /** T, the tokens in a sequence (default 2·half); the T − 2n before the first copy are random filler. */
  time?: number;
}

/** The length T of a shape's sequences. */
export function repeatedTime(shape: RepeatedTokensShape): number {
  return shape.time ?? 2 * shape.half;
}

/** Throws unless the shape is usable: V ≥ 2, 2 ≤ minHalf ≤ half (with n = 1 nothing needs copying) and T ≥ 2·half. */
export function checkRepeatedShape(shape: RepeatedTokensShape): void {
  const { vocabSize, half, minHalf = half } = shape;
  const time = repeatedTime(shape);
  if (!Number.isInteger(vocabSize) || vocabSize < 2) throw new RangeError(`vocabSize must be an integer ≥ 2 (got ${vocabSize})`);
  if (!Number.isInteger(half) || half < 2) throw new RangeError(`half must be an integer ≥ 2 (got ${half})`);
  if (!Number.isInteger(minHalf) || minHalf < 2 || minHalf > half) {
    throw new RangeError(`minHalf must be an integer from 2 to half (${half}) (got ${minHalf})`);
  }
  if (!Number.isInteger(time) || time < 2 * half) throw new RangeError(`time must be an integer ≥ 2·half = ${2 * half} (got ${time})`);
}

/** One sequence of T tokens: T − 2n random fillers, n random tokens, the same n again; with its n. */
export function repeatedSequence(shape: RepeatedTokensShape, rng: Rng): { tokens: number[]; n: number } {
  checkRepeatedShape(shape);
  const { vocabSize, half, minHalf = half } = shape;
  const n = minHalf + rng.int(half - minHalf + 1);
  const draw = (length: number) => Array.from({ length }, () => rng.int(vocabSize));
  const filler = draw(repeatedTime(shape) - 2 * n);
  const first = draw(n);
  return { tokens: [...filler, ...first, ...first], n };
}

/** A training batch of repeated sequences, with each sequence's n (its repeat starts at T − n). */
export interface RepeatedBatch extends Batch {
  /** (B) the n of each sequence. */
  halves: Int32Array;
}

/**
 * B repeated sequences as a batch of T positions: targets[t] is the token at t + 1, and the last
 * position, which has no next token, gets the target −1 (skipped by the loss).
 */
export function repeatedBatch(shape: RepeatedTokensShape, batchSize: number, rng: Rng): RepeatedBatch {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError('batch size must be a positive integer');
  checkRepeatedShape(shape);
  const time = repeatedTime(shape);
  const inputs = new Int32Array(batchSize * time);
  const targets = new Int32Array(batchSize * time);
  const halves = new Int32Array(batchSize);
  for (let b = 0; b < batchSize; b++) {
    const { tokens, n } = repeatedSequence(shape, rng);
    halves[b] = n;
    for (let t = 0; t < time; t++) {
      inputs[b * time + t] = tokens[t];
      targets[b * time + t] = t + 1 < time ? tokens[t + 1] : -1;
    }
  }
  return { batchSize, time, inputs, targets, halves };
}

/**
 * The batch's targets split in two, −1 everywhere else. first: every token before the repeat (random, so the best
 * possible loss is ln V); second: the repeat's tokens after its first (each a copy). The repeat's first token is
 * in neither: nothing yet shows that a repeat has begun, so it is neither random-looking-only nor copyable.
 */
export function halfTargets(batch: RepeatedBatch): { first: Int32Array; second: Int32Array } {
  const { batchSize, time, targets, halves } = batch;
  const first = new Int32Array(targets.length).fill(-1);
  const second = new Int32Array(targets.length).fill(-1);
  for (let b = 0; b < batchSize; b++) {
    const repeatStart = time - halves[b];
    for (let t = 0; t < time - 1; t++) {
      // position t predicts token t + 1; tokens 0 … repeatStart − 1 are random, token repeatStart opens the repeat
      const i = b * time + t;
      if (t + 1 < repeatStart) first[i] = targets[i];
      else if (t + 1 > repeatStart) second[i] = targets[i];
    }
  }
  return { first, second };
}
