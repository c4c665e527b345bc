import { scaledDotProductAttention, type AttentionResult } from './attention';
import { add, matrix, type Matrix } from './matrix';

/**
 * Rows of m taken in the given order: row i of the result is row order[i] of m. order must list every row once,
 * so the result is a reordering of the same rows (a permutation), never a loss or a copy of one.
 */
export function permuteRows(m: Matrix, order: readonly number[]): Matrix {
  if (order.length !== m.rows) throw new RangeError(`permuteRows: ${order.length} indices for ${m.rows} rows`);
  const seen = new Set(order);
  if (seen.size !== m.rows || order.some((i) => !Number.isInteger(i) || i < 0 || i >= m.rows)) {
    throw new RangeError(`permuteRows: [${order.join(', ')}] is not an ordering of 0…${m.rows - 1}`);
  }
  const out = matrix(m.rows, m.cols);
  order.forEach((from, to) => out.data.set(m.data.subarray(from * m.cols, (from + 1) * m.cols), to * m.cols));
  return out;
}

/** What self-attention made of a sentence in one word order. */
export interface OrderedAttention {
  /** The vectors attention read, in sentence order (T × C): token vectors, plus position vectors if given. */
  input: Matrix;
  /** Every stage of the attention over them (Q = K = V = input). */
  attention: AttentionResult;
  /**
   * The output of each token, indexed by the token's place in the vocabulary list (not its place in the sentence),
   * so two orders can be compared token by token.
   */
  outputByToken: Float64Array[];
}

/**
 * Bare self-attention (queries, keys and values are the vectors themselves) over the tokens in the given order.
 * With `positions` (at least T × C), row t of it is added to the token at place t first, as a transformer does.
 * Without positions, reordering the tokens only reorders the outputs: each token's output is the same in every order.
 */
export function attendInOrder(tokens: Matrix, order: readonly number[], positions?: Matrix): OrderedAttention {
  let input = permuteRows(tokens, order); // T × C, row t = the token at place t
  if (positions) {
    if (positions.cols !== tokens.cols || positions.rows < order.length) {
      throw new RangeError(`attendInOrder: positions are ${positions.rows} × ${positions.cols}, tokens need ${order.length} × ${tokens.cols}`);
    }
    input = add(input, matrix(order.length, tokens.cols, positions.data.subarray(0, order.length * tokens.cols)));
  }
  const attention = scaledDotProductAttention(input, input, input);
  const outputByToken: Float64Array[] = new Array(order.length);
  order.forEach((token, place) => {
    outputByToken[token] = attention.output.data.slice(place * tokens.cols, (place + 1) * tokens.cols);
  });
  return { input, attention, outputByToken };
}

/** The largest absolute difference between matching entries of two equally long lists. */
export function largestDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`largestDifference: lengths ${a.length} and ${b.length}`);
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs(a[i] - b[i]));
  return largest;
}
