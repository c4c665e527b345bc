import { matmul, matrix, transpose, type Matrix } from './matrix';
import { softmaxBackward, softmaxRows } from './softmax';

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
 * A sliding-window causal mask (T × T): token i sees itself and the windowSize − 1 tokens before it, so each row has
 * at most `windowSize` visible keys and the work grows as T·windowSize instead of T².
 */
export function slidingWindowMask(tokens: number, windowSize: number): boolean[][] {
  if (!Number.isInteger(windowSize) || windowSize < 1) {
    throw new RangeError(`slidingWindowMask: the window must be a whole number of at least 1, got ${windowSize}`);
  }
  return Array.from({ length: tokens }, (_, i) => Array.from({ length: tokens }, (_, j) => j <= i && j > i - windowSize));
}

/**
 * The "averaging trick" (T × T): row i holds 1/(i + 1) for keys 0 … i and 0 after, so W·X averages each token
 * with everything before it. It is causal attention whose scores are all equal; learned scores make it selective.
 */
export function causalAverageWeights(tokens: number): Matrix {
  return softmaxRows(matrix(tokens, tokens), { mask: causalMask(tokens) });
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

/** Gradients of a loss with respect to attention's three inputs. */
export interface AttentionGradients {
  /** ∂L/∂Q (Tq × hs). */
  gradQ: Matrix;
  /** ∂L/∂K (Tk × hs). */
  gradK: Matrix;
  /** ∂L/∂V (Tk × hv). */
  gradV: Matrix;
}

/**
 * Backward pass of scaledDotProductAttention, from its inputs, its result and ∂L/∂output (Tq × hv). Retraces the
 * forward steps in reverse: output = W·V, W = softmax(rows of S·scale), S = Q·Kᵀ. Hidden entries have weight 0,
 * so no gradient reaches them.
 */
export function attentionBackward(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  forward: Pick<AttentionResult, 'weights' | 'scale'>,
  gradOutput: Matrix,
): AttentionGradients {
  const { weights, scale } = forward;
  if (gradOutput.rows !== weights.rows || gradOutput.cols !== v.cols) {
    throw new RangeError(
      `attentionBackward: gradient is ${gradOutput.rows} × ${gradOutput.cols}, output is ${weights.rows} × ${v.cols}`,
    );
  }
  const gradV = matmul(transpose(weights), gradOutput); // (Tk × Tq)·(Tq × hv) → Tk × hv
  const gradWeights = matmul(gradOutput, transpose(v)); // (Tq × hv)·(hv × Tk) → Tq × Tk
  const gradRaw = matrix(weights.rows, weights.cols); // ∂L/∂(Q·Kᵀ), Tq × Tk
  for (let i = 0; i < weights.rows; i++) {
    const span = [i * weights.cols, (i + 1) * weights.cols] as const;
    const row = softmaxBackward(weights.data.subarray(...span), gradWeights.data.subarray(...span));
    for (let j = 0; j < row.length; j++) gradRaw.data[span[0] + j] = row[j] * scale;
  }
  const gradQ = matmul(gradRaw, k); // (Tq × Tk)·(Tk × hs) → Tq × hs
  const gradK = matmul(transpose(gradRaw), q); // (Tk × Tq)·(Tq × hs) → Tk × hs
  return { gradQ, gradK, gradV };
}

/** What tiled attention returns: the same output as scaledDotProductAttention, and how much work it held at once. */
export interface TiledAttentionResult {
  /** weights · V (Tq × hv), equal to the untiled result up to rounding. */
  output: Matrix;
  /** The most scores held at one time: one block of keys for one query, never the full Tq × Tk matrix. */
  scoresHeld: number;
  /** How many (query, key block) pairs were computed; causal masking skips blocks entirely in the future. */
  blocksVisited: number;
}

/**
 * Attention computed one block of keys at a time with an online softmax, the idea behind FlashAttention: keep a
 * running max m, a running sum l of exp(score − m) and a running weighted sum of values, and rescale the last two
 * by exp(m_old − m_new) whenever a later block raises the max. The full weight matrix is never formed.
 */
export function tiledAttention(
  q: Matrix,
  k: Matrix,
  v: Matrix,
  options: { blockSize: number; causal?: boolean; scale?: number },
): TiledAttentionResult {
  const { blockSize, causal = false } = options;
  if (q.cols !== k.cols) throw new RangeError(`tiledAttention: queries have size ${q.cols}, keys have size ${k.cols}`);
  if (k.rows !== v.rows) throw new RangeError(`tiledAttention: ${k.rows} keys but ${v.rows} values`);
  if (!Number.isInteger(blockSize) || blockSize < 1) {
    throw new RangeError(`tiledAttention: blockSize must be a whole number of at least 1, got ${blockSize}`);
  }
  const scale = options.scale ?? 1 / Math.sqrt(q.cols);
  const [Tq, Tk, hs, hv] = [q.rows, k.rows, q.cols, v.cols];
  const output = matrix(Tq, hv);
  let blocksVisited = 0;
  for (let i = 0; i < Tq; i++) {
    let max = -Infinity;
    let sum = 0;
    const acc = new Float64Array(hv);
    for (let start = 0; start < Tk; start += blockSize) {
      if (causal && !causallyVisible(i, start, Tq, Tk)) break; // this block and all later ones are in the future
      blocksVisited += 1;
      const end = Math.min(start + blockSize, Tk);
      const scores: number[] = [];
      for (let j = start; j < end; j++) {
        if (causal && !causallyVisible(i, j, Tq, Tk)) break;
        let s = 0;
        for (let c = 0; c < hs; c++) s += q.data[i * hs + c] * k.data[j * hs + c];
        scores.push(s * scale);
      }
      const newMax = Math.max(max, ...scores);
      const correction = Math.exp(max - newMax); // exp(−∞) = 0 on the first block, when nothing is held yet
      sum *= correction;
      for (let c = 0; c < hv; c++) acc[c] *= correction;
      scores.forEach((s, offset) => {
        const e = Math.exp(s - newMax);
        sum += e;
        for (let c = 0; c < hv; c++) acc[c] += e * v.data[(start + offset) * hv + c];
      });
      max = newMax;
    }
    for (let c = 0; c < hv; c++) output.data[i * hv + c] = sum > 0 ? acc[c] / sum : 0;
  }
  return { output, scoresHeld: Math.min(blockSize, Tk), blocksVisited };
}
