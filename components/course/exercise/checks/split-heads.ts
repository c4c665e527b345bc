import { fromRows, toRows } from '../../../../engine/matrix';
import { splitHeads } from '../../../../engine/multihead';
import { behavesLike } from '../mistakes';
import type { Checker, Value } from '../types';

type Rows = number[][];

// Entry (t, c) is 10·(t + 1) + c, so a student can read the token and the column off every number.
const grid = (tokens: number, width: number): Rows =>
  Array.from({ length: tokens }, (_, t) => Array.from({ length: width }, (_, c) => 10 * (t + 1) + c));

const cases: { label: string; x: Rows; heads: number }[] = [
  { label: '4 tokens, width 6, 2 heads', x: grid(4, 6), heads: 2 },
  { label: '3 tokens, width 6, 3 heads', x: grid(3, 6), heads: 3 },
  { label: '2 tokens, width 8, 4 heads', x: grid(2, 8), heads: 4 },
  { label: 'one head (nothing to split)', x: grid(3, 4), heads: 1 },
  { label: 'as many heads as columns', x: grid(2, 4), heads: 4 },
  { label: 'a single token, width 8, 2 heads', x: [[0.5, -1, 2, 0, 3.25, -0.75, 1, 4]], heads: 2 },
];

const shape = (x: Value, heads: Value) => {
  const rows = x as Rows;
  const h = heads as number;
  return { rows, h, size: rows[0].length / h };
};

/** The split of multi-head attention, T × C into H matrices of T × hs, checked against engine/multihead's splitHeads. */
const checker: Checker = {
  functionName: 'split_heads',
  tolerance: { absolute: 0, relative: 0 },
  cases: () => cases.map(({ label, x, heads }) => ({ label, args: [x, heads], expected: splitHeads(fromRows(x), heads).map(toRows) })),
  mistakes: [
    {
      id: 'split-tokens',
      hint: 'You split the rows, so each head got a group of whole tokens. Every head must see every token: split the columns instead, so each head gets all T rows but only its own hs = C / H numbers of each.',
      matches: behavesLike((x, heads) => {
        const { rows, h } = shape(x, heads);
        if (rows.length % h !== 0) throw new RangeError('the tokens do not divide into the heads');
        const size = rows.length / h;
        return Array.from({ length: h }, (_, i) => rows.slice(i * size, (i + 1) * size));
      }),
      example: `def split_heads(x, heads):
    size = len(x) // heads
    return [x[h * size:(h + 1) * size] for h in range(heads)]
`,
    },
    {
      id: 'interleaved-columns',
      hint: 'You dealt the columns out in turn (head h took columns h, h + H, h + 2H, …). Each head owns one contiguous block: head h takes columns h·hs to h·hs + hs − 1, the slice row[h * hs:(h + 1) * hs].',
      matches: behavesLike((x, heads) => {
        const { rows, h, size } = shape(x, heads);
        return Array.from({ length: h }, (_, i) => rows.map((row) => Array.from({ length: size }, (_, j) => row[i + h * j])));
      }),
      example: `def split_heads(x, heads):
    return [[row[h::heads] for row in x] for h in range(heads)]
`,
    },
    {
      id: 'tokens-outermost',
      hint: 'You returned one H × hs block per token: the reshape to (T, H, hs) without the swap to (H, T, hs). The outer list must hold the heads; each head is a T × hs matrix with one row per token.',
      matches: behavesLike((x, heads) => {
        const { rows, h, size } = shape(x, heads);
        return rows.map((row) => Array.from({ length: h }, (_, i) => row.slice(i * size, (i + 1) * size)));
      }),
      example: `def split_heads(x, heads):
    size = len(x[0]) // heads
    return [[row[h * size:(h + 1) * size] for h in range(heads)] for row in x]
`,
    },
  ],
};

export default checker;
