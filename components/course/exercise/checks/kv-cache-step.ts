import { scaledDotProductAttention } from '../../../../engine/attention';
import { attendWithCache } from '../../../../engine/cachedAttention';
import { roundToHalf } from '../../../../engine/halfPrecision';
import { fromRows, matmul, matmulRowVector, toRows } from '../../../../engine/matrix';
import { createRng } from '../../../../engine/random';
import { partBehavesLike } from '../matchParts';
import { either, nonFiniteOn, raisesOn } from '../mistakes';
import type { Checker, Value } from '../types';

/** Seeded numbers rounded to two decimals, so a failing case prints readably. */
function numbers(seed: number, rows: number, cols: number, std = 1): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rng.gaussian(0, std) * 100) / 100));
}

// One head of a width-3 model with key and value size 2: W_Q, W_K, W_V are 3 × 2.
const [wQ, wK, wV] = [numbers(81, 3, 2), numbers(82, 3, 2), numbers(83, 3, 2)];
const tokens = numbers(84, 5, 3);

interface StepCase {
  label: string;
  x: number[];
  earlier: number[][];
  scale?: number;
  /** Store the cache in float16, as a real cache would. */
  half?: boolean;
}

const steps: StepCase[] = [
  { label: 'the first token (empty cache)', x: tokens[0], earlier: [] },
  { label: 'the second token', x: tokens[1], earlier: tokens.slice(0, 1) },
  { label: 'the fifth token, four in the cache', x: tokens[4], earlier: tokens.slice(0, 4) },
  { label: 'cache stored in reduced precision (as real caches are)', x: tokens[3], earlier: tokens.slice(0, 3), half: true },
  { label: 'large scores (in the thousands)', x: [30, -20, 25], earlier: [[28, -21, 24], [-25, 30, 10]] },
];

type Args = [number[], number[][], number[][], number[][], number[][], number[][], number[][]];

const project = (rows: number[][], w: number[][]) => (rows.length === 0 ? [] : toRows(matmul(fromRows(rows), fromRows(w))));

/** Attention of one query over the given keys and values with a chosen scale (1/√hs unless told). */
function attend(q: number[], keys: number[][], values: number[][], scale?: number): number[] {
  if (keys.length === 0) throw new RangeError('nothing to attend to'); // Python fails here too
  return Array.from(scaledDotProductAttention(fromRows([q]), fromRows(keys), fromRows(values), { scale }).output.data);
}

/** The new token's q, k, v and the caches, unpacked from the arguments. */
function unpack(args: Value[]) {
  const [x, cacheK, cacheV, wq, wk, wv, earlier] = args as Args;
  const row = (w: number[][]) => Array.from(matmulRowVector(x, fromRows(w)));
  return { q: row(wq), k: row(wk), v: row(wv), cacheK, cacheV, wk, wv, earlier, width: x.length };
}

const PRELUDE = `import math

def dot(a, b):
    return sum(p * q for p, q in zip(a, b))

def times(x, w):
    return [sum(x[i] * w[i][j] for i in range(len(x))) for j in range(len(w[0]))]

def attend(q, keys, values, scale):
    scores = [dot(q, k) * scale for k in keys]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [sum(e * v[c] for e, v in zip(exps, values)) / total for c in range(len(values[0]))]
`;

/** One KV-cached decoding step of a single head, checked against engine/cachedAttention and full recomputation. */
const checker: Checker = {
  functionName: 'kv_cache_step',
  tolerance: { absolute: 1e-9, relative: 1e-9 },
  cases: () =>
    steps.map(({ label, x, earlier, half }) => {
      const store = (rows: number[][]) => (half ? rows.map((r) => r.map(roundToHalf)) : rows);
      const cacheK = store(project(earlier, wK));
      const cacheV = store(project(earlier, wV));
      const step = attendWithCache(x, cacheK, cacheV, { wQ: fromRows(wQ), wK: fromRows(wK), wV: fromRows(wV) });
      return { label, args: [x, cacheK, cacheV, wQ, wK, wV, earlier], expected: [step.output, step.keys, step.values] };
    }),
  mistakes: [
    {
      id: 'recomputes-old-keys',
      hint: 'You recomputed the earlier tokens’ keys and values from their vectors. That is the work a cache exists to save, and it is not even the same answer here: this cache holds 16-bit numbers, as real caches do. Use cache_k and cache_v as given, and compute only the new token’s q, k and v.',
      matches: partBehavesLike(0, (...args) => {
        const p = unpack(args);
        return [attend(p.q, [...project(p.earlier, p.wk), p.k], [...project(p.earlier, p.wv), p.v]), [], []];
      }),
      example: `${PRELUDE}
def kv_cache_step(x, cache_k, cache_v, w_q, w_k, w_v, earlier):
    q, k, v = times(x, w_q), times(x, w_k), times(x, w_v)
    keys = [times(e, w_k) for e in earlier] + [k]
    values = [times(e, w_v) for e in earlier] + [v]
    return [attend(q, keys, values, 1 / math.sqrt(len(q))), keys, values]
`,
    },
    {
      id: 'not-attending-to-itself',
      hint: 'Your new token does not attend to itself: you searched the old cache only. Append the new key and value to the cache first, then attend over all of them, the new token included (with an empty cache, that is all there is).',
      matches: partBehavesLike(0, (...args) => {
        const p = unpack(args);
        return [attend(p.q, p.cacheK, p.cacheV), [], []];
      }),
      example: `${PRELUDE}
def kv_cache_step(x, cache_k, cache_v, w_q, w_k, w_v, earlier):
    q, k, v = times(x, w_q), times(x, w_k), times(x, w_v)
    output = attend(q, cache_k, cache_v, 1 / math.sqrt(len(q)))
    return [output, cache_k + [k], cache_v + [v]]
`,
    },
    {
      id: 'no-scale',
      hint: 'You left out the scale: divide every score q·k by √d_k, the square root of the key size (2 here), before the softmax.',
      matches: partBehavesLike(0, (...args) => {
        const p = unpack(args);
        return [attend(p.q, [...p.cacheK, p.k], [...p.cacheV, p.v], 1), [], []];
      }),
      example: `${PRELUDE}
def kv_cache_step(x, cache_k, cache_v, w_q, w_k, w_v, earlier):
    q, k, v = times(x, w_q), times(x, w_k), times(x, w_v)
    keys, values = cache_k + [k], cache_v + [v]
    return [attend(q, keys, values, 1), keys, values]
`,
    },
    {
      id: 'scale-by-model-width',
      hint: 'You scaled by the square root of the token’s width (3). The scale is 1/√d_k, with d_k the size of the keys: len(q), which is 2 here.',
      matches: partBehavesLike(0, (...args) => {
        const p = unpack(args);
        return [attend(p.q, [...p.cacheK, p.k], [...p.cacheV, p.v], 1 / Math.sqrt(p.width)), [], []];
      }),
      example: `${PRELUDE}
def kv_cache_step(x, cache_k, cache_v, w_q, w_k, w_v, earlier):
    q, k, v = times(x, w_q), times(x, w_k), times(x, w_v)
    keys, values = cache_k + [k], cache_v + [v]
    return [attend(q, keys, values, 1 / math.sqrt(len(x))), keys, values]
`,
    },
    {
      id: 'cache-not-grown',
      hint: 'Your output is right, but the caches you returned do not hold the new token. Return cache_k with the new key appended and cache_v with the new value appended, so the next step can attend to this token.',
      matches: either(
        partBehavesLike(1, (...args) => [[], unpack(args).cacheK, []]),
        partBehavesLike(2, (...args) => [[], [], unpack(args).cacheV]),
      ),
      example: `${PRELUDE}
def kv_cache_step(x, cache_k, cache_v, w_q, w_k, w_v, earlier):
    q, k, v = times(x, w_q), times(x, w_k), times(x, w_v)
    output = attend(q, cache_k + [k], cache_v + [v], 1 / math.sqrt(len(q)))
    return [output, cache_k, cache_v]
`,
    },
    {
      id: 'softmax-overflow',
      hint: 'Scores in the thousands overflow math.exp. Subtract the largest score from every score before taking exp, as in chapter 1’s softmax.',
      matches: either(raisesOn('large', 'OverflowError', 'ZeroDivisionError'), nonFiniteOn('large')),
      example: `import math

def kv_cache_step(x, cache_k, cache_v, w_q, w_k, w_v, earlier):
    def times(x, w):
        return [sum(x[i] * w[i][j] for i in range(len(x))) for j in range(len(w[0]))]
    q, k, v = times(x, w_q), times(x, w_k), times(x, w_v)
    keys, values = cache_k + [k], cache_v + [v]
    exps = [math.exp(sum(a * b for a, b in zip(q, key)) / math.sqrt(len(q))) for key in keys]
    total = sum(exps)
    output = [sum(e * val[c] for e, val in zip(exps, values)) / total for c in range(len(v))]
    return [output, keys, values]
`,
    },
  ],
};

export default checker;
