import { matmul, matrix, transpose, type Matrix } from './matrix';
import { softmaxRows } from './softmax';

/** Options for scaled dot-product attention. */
export interface AttentionOptions {
  /** Each query sees only keys at its own position or earlier. */
  causal?: boolean;
  /** mask[i][j] === false hides key j from query i (Tq rows of Tk booleans); combined with causal if both given. */
  mask?: ArrayLike<ArrayLike<boolean>>;
  /** The factor the scores are multiplied by; default 1/√hs, which keeps their spread near 1 for unit-variance q, k. */
  scale?: number;
}

/** Every stage of attention, so a picture can show any of them without recomputing. */
export interface AttentionResult {
  /** Q·Kᵀ (Tq × Tk): how well each query matches each key. */
  rawScores: Matrix;
  /** The factor used, 1/√hs unless given. */
  scale: number;
  /** rawScores · scale (Tq × Tk). */
  scaledScores: Matrix;
  /** scaledScores with hidden entries set to −∞ (Tq × Tk). */
  maskedScores: Matrix;
  /** softmax of each row of maskedScores (Tq × Tk): each row sums to 1, hidden entries are exactly 0. */
  weights: Matrix;
  /** weights · V (Tq × hv): each query's weighted average of the values. */
  output: Matrix;
}

/**
 * Whether query i may look at key j under a causal mask. With fewer queries than keys (generation with a cache),
 * the queries are the last Tq positions, so query i sits at position Tk − Tq + i.
 */
export function causallyVisible(query: number, key: number, queries: number, keys: number): boolean {
  return key <= query + (keys - queries);
}

/** The causal mask as rows of booleans (Tq × Tk): true on and below the diagonal. */
export function causalMask(queries: number, keys = queries): boolean[][] {
  return Array.from({ length: queries }, (_, i) =>
    Array.from({ length: keys }, (_, j) => causallyVisible(i, j, queries, keys)),
  );
}

/**
 * softmax(Q·Kᵀ · scale + mask) · V for queries Q (Tq × hs), keys K (Tk × hs) and values V (Tk × hv).
 * A query that can see no key at all gets all-zero weights and a zero output rather than NaN.
 */
export function scaledDotProductAttention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  options: AttentionOptions = {},
): AttentionResult {
  if (q.cols !== k.cols) throw new RangeError(`attention: queries have size ${q.cols}, keys have size ${k.cols}`);
  if (k.rows !== v.rows) throw new RangeError(`attention: ${k.rows} keys but ${v.rows} values`);
  const { causal = false, mask } = options;
  const scale = options.scale ?? 1 / Math.sqrt(q.cols);
  if (!Number.isFinite(scale)) throw new RangeError('attention: scale must be a finite number');
  if (mask && mask.length !== q.rows) {
    throw new RangeError(`attention: mask has ${mask.length} rows for ${q.rows} queries`);
  }
  const Tq = q.rows;
  const Tk = k.rows;
  const rawScores = matmul(q, transpose(k)); // (Tq × hs)·(hs × Tk) → Tq × Tk
  const scaledScores = matrix(Tq, Tk);
  const maskedScores = matrix(Tq, Tk);
  const visible: boolean[][] = [];
  for (let i = 0; i < Tq; i++) {
    if (mask && mask[i].length !== Tk) {
      throw new RangeError(`attention: mask row ${i} has ${mask[i].length} entries for ${Tk} keys`);
    }
    const row: boolean[] = [];
    for (let j = 0; j < Tk; j++) {
      const index = i * Tk + j;
      const seen = (!causal || causallyVisible(i, j, Tq, Tk)) && (!mask || mask[i][j]);
      scaledScores.data[index] = rawScores.data[index] * scale;
      maskedScores.data[index] = seen ? scaledScores.data[index] : -Infinity;
      row.push(seen);
    }
    visible.push(row);
  }
  const weights = softmaxRows(scaledScores, { mask: visible });
  const output = matmul(weights, v); // (Tq × Tk)·(Tk × hv) → Tq × hv
  return { rawScores, scale, scaledScores, maskedScores, weights, output };
}
