import { scaledDotProductAttention, type AttentionResult } from './attention';
import { matmul, matrix, type Matrix } from './matrix';

/**
 * Splits a T × C matrix into H matrices of T × hs (hs = C / H) by columns: head h owns columns h·hs … h·hs + hs − 1.
 * This is the same split as reshaping (T, C) → (T, H, hs) → (H, T, hs).
 */
export function splitHeads(x: Matrix, heads: number): Matrix[] {
  if (!Number.isInteger(heads) || heads < 1) {
    throw new RangeError(`splitHeads: heads must be a positive integer, got ${heads}`);
  }
  if (x.cols % heads !== 0) throw new RangeError(`splitHeads: ${x.cols} channels do not divide into ${heads} heads`);
  const headSize = x.cols / heads;
  return Array.from({ length: heads }, (_, h) => {
    const head = matrix(x.rows, headSize); // T × hs
    for (let t = 0; t < x.rows; t++) {
      const start = t * x.cols + h * headSize;
      head.data.set(x.data.subarray(start, start + headSize), t * headSize);
    }
    return head;
  });
}

/** The inverse of splitHeads: H matrices of T × hs placed side by side into one T × (H·hs) matrix. */
export function concatHeads(heads: readonly Matrix[]): Matrix {
  if (heads.length === 0) throw new RangeError('concatHeads: no heads to concatenate');
  const { rows, cols: headSize } = heads[0];
  heads.forEach((head, h) => {
    if (head.rows !== rows || head.cols !== headSize) {
      throw new RangeError(`concatHeads: head ${h} is ${head.rows} × ${head.cols}, head 0 is ${rows} × ${headSize}`);
    }
  });
  const width = heads.length * headSize;
  const out = matrix(rows, width); // T × C
  heads.forEach((head, h) => {
    for (let t = 0; t < rows; t++) {
      out.data.set(head.data.subarray(t * headSize, (t + 1) * headSize), t * width + h * headSize);
    }
  });
  return out;
}

/** Weights for multi-head attention; the course multiplies row vectors by matrices (x·W). */
export interface MultiHeadOptions {
  /** Query projection, C × C. */
  wQ: Matrix;
  /** Key projection, C × (H_kv · hs): C × C unless kvHeads is smaller than heads. */
  wK: Matrix;
  /** Value projection, same shape as wK. */
  wV: Matrix;
  /** Output projection applied to the concatenated heads, C × C. */
  wO: Matrix;
  /** H: how many heads share the C channels; C must be divisible by H. */
  heads: number;
  /**
   * H_kv: how many key/value heads there are (default H). Fewer than H is grouped-query attention: each run of
   * H / H_kv query heads shares one key/value head, so a KV cache holds H_kv · hs numbers per token instead of C.
   */
  kvHeads?: number;
  /** Hide future tokens from every head. */
  causal?: boolean;
  /** An extra mask for every head (T rows of T booleans), e.g. a sliding window. */
  mask?: ArrayLike<ArrayLike<boolean>>;
}

/** One head's share of the work: its slices of Q, K, V and its own attention stages. */
export interface HeadResult extends AttentionResult {
  /** This head's queries (T × hs). */
  q: Matrix;
  /** This head's keys (T × hs). */
  k: Matrix;
  /** This head's values (T × hs). */
  v: Matrix;
  /** Which key/value head this query head reads (its own index unless heads are grouped). */
  kvHead: number;
}

/** Multi-head attention with every intermediate: full projections, each head, the concatenation and the output. */
export interface MultiHeadResult {
  /** X·W_Q (T × C), before splitting. */
  q: Matrix;
  /** X·W_K (T × H_kv·hs). */
  k: Matrix;
  /** X·W_V (T × H_kv·hs). */
  v: Matrix;
  /** One entry per head, in order. */
  heads: HeadResult[];
  /** The heads' outputs side by side (T × C). */
  concat: Matrix;
  /** concat · W_O (T × C): where the heads' findings are mixed. */
  output: Matrix;
}

function checkShape(name: string, w: Matrix, rows: number, cols: number): void {
  if (w.rows !== rows || w.cols !== cols) {
    throw new RangeError(`multiHeadAttention: ${name} is ${w.rows} × ${w.cols}, expected ${rows} × ${cols}`);
  }
}

/** Runs H attention heads side by side on X (T × C) and mixes their outputs with W_O. */
export function multiHeadAttention(x: Matrix, options: MultiHeadOptions): MultiHeadResult {
  const { wQ, wK, wV, wO, heads, kvHeads = heads, causal = false, mask } = options;
  const channels = x.cols;
  if (!Number.isInteger(kvHeads) || kvHeads < 1 || heads % kvHeads !== 0) {
    throw new RangeError(`multiHeadAttention: ${heads} query heads cannot share ${kvHeads} key/value heads evenly`);
  }
  checkShape('wQ', wQ, channels, channels);
  const q = matmul(x, wQ); // (T × C)·(C × C) → T × C
  const qs = splitHeads(q, heads); // H × (T × hs)
  const kvWidth = kvHeads * (channels / heads);
  checkShape('wK', wK, channels, kvWidth);
  checkShape('wV', wV, channels, kvWidth);
  checkShape('wO', wO, channels, channels);
  const k = matmul(x, wK); // (T × C)·(C × H_kv·hs) → T × H_kv·hs
  const v = matmul(x, wV);
  const ks = splitHeads(k, kvHeads); // H_kv × (T × hs)
  const vs = splitHeads(v, kvHeads);
  const group = heads / kvHeads;
  const headResults: HeadResult[] = qs.map((qh, h) => {
    const kvHead = Math.floor(h / group);
    // Each head scales by 1/√hs, its own size, not 1/√C.
    const attention = scaledDotProductAttention(qh, ks[kvHead], vs[kvHead], { causal, mask });
    return { q: qh, k: ks[kvHead], v: vs[kvHead], kvHead, ...attention };
  });
  const concat = concatHeads(headResults.map((head) => head.output)); // H × (T × hs) → T × C
  const output = matmul(concat, wO); // (T × C)·(C × C) → T × C
  return { q, k, v, heads: headResults, concat, output };
}
