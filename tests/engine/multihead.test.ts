import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '../../engine/attention';
import {
  fromRows,
  getColumn,
  identity,
  matmul,
  matrix,
  randomMatrix,
  toRows,
  type Matrix,
} from '../../engine/matrix';
import { concatHeads, multiHeadAttention, splitHeads } from '../../engine/multihead';
import { createRng } from '../../engine/random';

describe('splitHeads and concatHeads', () => {
  const x = fromRows([
    [1, 2, 3, 4],
    [5, 6, 7, 8],
  ]);
  it('gives each head its own block of columns', () => {
    const [h0, h1] = splitHeads(x, 2).map(toRows);
    expect(h0).toEqual([
      [1, 2],
      [5, 6],
    ]);
    expect(h1).toEqual([
      [3, 4],
      [7, 8],
    ]);
  });
  it('puts the heads back side by side, undoing the split', () => {
    expect(toRows(concatHeads(splitHeads(x, 4)))).toEqual(toRows(x));
  });
  it('refuses a head count that does not divide the channels', () => {
    expect(() => splitHeads(x, 3)).toThrow('splitHeads: 4 channels do not divide into 3 heads');
    expect(() => splitHeads(x, 0)).toThrow(RangeError);
    expect(() => concatHeads([matrix(2, 2), matrix(3, 2)])).toThrow(RangeError);
  });
});

describe('multiHeadAttention', () => {
  it('works two one-channel heads by hand', () => {
    // X = I (T = 2, C = 2), W_Q = W_K = W_V = I, H = 2 so hs = 1 and the scale is 1.
    // Head 0 sees column 0: q = k = v = (1, 0). Scores [[1, 0], [0, 0]]:
    //   row 0 weights (e, 1)/(e + 1), output e/(e + 1); row 1 weights (½, ½), output ½.
    // Head 1 sees column 1: q = k = v = (0, 1). Scores [[0, 0], [0, 1]]:
    //   row 0 weights (½, ½), output ½; row 1 weights (1, e)/(1 + e), output e/(e + 1).
    // W_O swaps the two channels.
    const e = Math.E / (Math.E + 1);
    const swap = fromRows([
      [0, 1],
      [1, 0],
    ]);
    const eye = identity(2);
    const result = multiHeadAttention(eye, { wQ: eye, wK: eye, wV: eye, wO: swap, heads: 2 });
    expect(result.heads).toHaveLength(2);
    expect(result.heads[0].weights.data[0]).toBeCloseTo(e, 15);
    expect(Array.from(result.heads[1].weights.data.subarray(0, 2))).toEqual([0.5, 0.5]);
    const concat = toRows(result.concat);
    const output = toRows(result.output);
    [[e, 0.5], [0.5, e]].forEach((row, i) =>
      row.forEach((value, j) => {
        expect(concat[i][j]).toBeCloseTo(value, 15);
        expect(output[i][1 - j]).toBeCloseTo(value, 15);
      }),
    );
  });
  it('with one head equals single-head attention followed by the output projection', () => {
    const rng = createRng(4);
    const x = randomMatrix(5, 6, rng);
    const [wQ, wK, wV, wO] = [0, 1, 2, 3].map(() => randomMatrix(6, 6, rng, 0.4));
    const multi = multiHeadAttention(x, { wQ, wK, wV, wO, heads: 1, causal: true });
    const single = scaledDotProductAttention(matmul(x, wQ), matmul(x, wK), matmul(x, wV), { causal: true });
    const expected = matmul(single.output, wO);
    Array.from(expected.data).forEach((value, i) => expect(multi.output.data[i]).toBeCloseTo(value, 13));
    const headWeights = multi.heads[0].weights.data;
    Array.from(single.weights.data).forEach((value, i) => expect(headWeights[i]).toBeCloseTo(value, 14));
  });
  it('scales each head by 1/√hs, its own size, and keeps every head causal', () => {
    const rng = createRng(9);
    const x = randomMatrix(4, 8, rng);
    const [wQ, wK, wV, wO] = [0, 1, 2, 3].map(() => randomMatrix(8, 8, rng));
    const { heads } = multiHeadAttention(x, { wQ, wK, wV, wO, heads: 4, causal: true });
    for (const head of heads) {
      expect(head.scale).toBe(1 / Math.SQRT2); // hs = 8 / 4 = 2
      expect(head.q.cols).toBe(2);
      const w = toRows(head.weights);
      for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect(w[i][j]).toBe(0);
    }
  });
  it('refuses weights whose shape does not match the channels', () => {
    const eye = identity(4);
    expect(() => multiHeadAttention(matrix(2, 4), { wQ: identity(3), wK: eye, wV: eye, wO: eye, heads: 2 })).toThrow(
      'multiHeadAttention: wQ is 3 × 3, expected 4 × 4',
    );
  });
});

describe('grouped-query attention (kvHeads < heads)', () => {
  it('lets two query heads share one key/value head, worked by hand', () => {
    // X = I, W_Q = I, W_K = W_V = (1, 0)ᵀ: the one shared key and value per token is X's first column, (1, 0).
    // Head 0's queries are (1, 0): scores [[1, 0], [0, 0]] → outputs e/(e + 1) and ½.
    // Head 1's queries are (0, 1): scores [[0, 0], [1, 0]] → outputs ½ and e/(e + 1).
    const e = Math.E / (Math.E + 1);
    const column = fromRows([[1], [0]]);
    const eye = identity(2);
    const result = multiHeadAttention(eye, { wQ: eye, wK: column, wV: column, wO: eye, heads: 2, kvHeads: 1 });
    expect(result.heads.map((head) => head.kvHead)).toEqual([0, 0]);
    expect(result.k.cols).toBe(1);
    const concat = toRows(result.concat);
    expect(concat[0][0]).toBeCloseTo(e, 15);
    expect(concat[1][0]).toBeCloseTo(0.5, 15);
    expect(concat[0][1]).toBeCloseTo(0.5, 15);
    expect(concat[1][1]).toBeCloseTo(e, 15);
  });
  it('equals ordinary multi-head attention whose key and value weights repeat each shared head', () => {
    const rng = createRng(12);
    const [T, C, H, Hkv] = [5, 8, 4, 2];
    const hs = C / H;
    const x = randomMatrix(T, C, rng);
    const wQ = randomMatrix(C, C, rng, 0.5);
    const wO = randomMatrix(C, C, rng, 0.5);
    const wK = randomMatrix(C, Hkv * hs, rng, 0.5);
    const wV = randomMatrix(C, Hkv * hs, rng, 0.5);
    // Full C × C copies: query head h reads key/value head ⌊h / (H / Hkv)⌋, so its columns repeat that head's.
    const repeat = (w: Matrix): Matrix => {
      const out = matrix(C, C);
      for (let row = 0; row < C; row++) {
        for (let col = 0; col < C; col++) {
          const kvHead = Math.floor(Math.floor(col / hs) / (H / Hkv));
          out.data[row * C + col] = w.data[row * w.cols + kvHead * hs + (col % hs)];
        }
      }
      return out;
    };
    const grouped = multiHeadAttention(x, { wQ, wK, wV, wO, heads: H, kvHeads: Hkv, causal: true });
    const full = multiHeadAttention(x, { wQ, wK: repeat(wK), wV: repeat(wV), wO, heads: H, causal: true });
    Array.from(full.output.data).forEach((value, i) => expect(grouped.output.data[i]).toBeCloseTo(value, 13));
    expect(Array.from(getColumn(repeat(wK), 2))).toEqual(Array.from(getColumn(wK, 0)));
  });
  it('refuses head counts that do not group evenly and key weights of the wrong width', () => {
    const x = matrix(2, 4);
    const eye = identity(4);
    expect(() => multiHeadAttention(x, { wQ: eye, wK: eye, wV: eye, wO: eye, heads: 4, kvHeads: 3 })).toThrow(
      'multiHeadAttention: 4 query heads cannot share 3 key/value heads evenly',
    );
    expect(() => multiHeadAttention(x, { wQ: eye, wK: eye, wV: eye, wO: eye, heads: 2, kvHeads: 1 })).toThrow(
      'multiHeadAttention: wK is 4 × 4, expected 4 × 2',
    );
  });
  it('passes an extra mask to every head', () => {
    const rng = createRng(2);
    const x = randomMatrix(4, 4, rng);
    const eye = identity(4);
    const mask = [
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ];
    const { heads } = multiHeadAttention(x, { wQ: eye, wK: eye, wV: eye, wO: eye, heads: 2, mask });
    for (const head of heads) expect(toRows(head.weights)).toEqual(toRows(identity(4)));
  });
});
