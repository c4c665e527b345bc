import { describe, expect, it } from 'vitest';
import {
  attentionBackward,
  causalAverageWeights,
  causalMask,
  causallyVisible,
  scaledDotProductAttention,
  slidingWindowMask,
  tiledAttention,
} from '../../engine/attention';
import { fromRows, matmul, matrix, randomMatrix, toRows, type Matrix } from '../../engine/matrix';
import { createRng } from '../../engine/random';
import { numericalGradient, relativeError, weightedTotal } from './support/gradcheck';

describe('scaledDotProductAttention', () => {
  it('works a two-key example by hand: scores ln 3 and 0 give weights ¾ and ¼', () => {
    // hs = 4, so the scale is 1/√4 = ½. q = (2 ln 3, 0, 0, 0); keys e₁ and e₂.
    // Raw scores: q·e₁ = 2 ln 3, q·e₂ = 0. Scaled: ln 3, 0. Softmax: 3/(3+1), 1/(3+1).
    // Output: ¾·(4, 0) + ¼·(0, 8) = (3, 2).
    const q = fromRows([[2 * Math.log(3), 0, 0, 0]]);
    const k = fromRows([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
    ]);
    const v = fromRows([
      [4, 0],
      [0, 8],
    ]);
    const result = scaledDotProductAttention(q, k, v);
    expect(result.scale).toBe(0.5);
    expect(toRows(result.rawScores)[0]).toEqual([2 * Math.log(3), 0]);
    expect(result.scaledScores.data[0]).toBeCloseTo(Math.log(3), 15);
    expect(toRows(result.maskedScores)).toEqual(toRows(result.scaledScores));
    expect(result.weights.data[0]).toBeCloseTo(0.75, 15);
    expect(result.weights.data[1]).toBeCloseTo(0.25, 15);
    expect(result.output.data[0]).toBeCloseTo(3, 14);
    expect(result.output.data[1]).toBeCloseTo(2, 14);
  });
  it('works a 2 × 2 self-attention by hand', () => {
    // Q = K = I (hs = 2): raw scores I, scaled I/√2. Row 0 weights: e^a/(e^a + 1), 1/(e^a + 1) with a = 1/√2.
    const eye = fromRows([
      [1, 0],
      [0, 1],
    ]);
    const v = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const { weights, output } = scaledDotProductAttention(eye, eye, v);
    const a = Math.exp(Math.SQRT1_2);
    const w = [a / (a + 1), 1 / (a + 1)];
    expect(weights.data[0]).toBeCloseTo(w[0], 15);
    expect(weights.data[3]).toBeCloseTo(w[0], 15);
    expect(output.data[0]).toBeCloseTo(w[0] * 1 + w[1] * 3, 14);
    expect(output.data[1]).toBeCloseTo(w[0] * 2 + w[1] * 4, 14);
    expect(output.data[2]).toBeCloseTo(w[1] * 1 + w[0] * 3, 14);
  });
  it('gives exact zeros above the diagonal under a causal mask, and −∞ in the masked scores', () => {
    // All-zero queries give equal scores, so each row is uniform over what it can see: 1, ½ ½, ⅓ ⅓ ⅓.
    const q = matrix(3, 2);
    const k = fromRows([[1, 2], [3, 4], [5, 6]]);
    const v = fromRows([[3], [6], [9]]);
    const { maskedScores, weights, output } = scaledDotProductAttention(q, k, v, { causal: true });
    const w = toRows(weights);
    expect(w[0]).toEqual([1, 0, 0]);
    expect(w[1]).toEqual([0.5, 0.5, 0]);
    w[2].forEach((x) => expect(x).toBeCloseTo(1 / 3, 15));
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) {
        expect(w[i][j]).toBe(0);
        expect(toRows(maskedScores)[i][j]).toBe(-Infinity);
      }
    }
    // Outputs: 3, (3 + 6)/2, (3 + 6 + 9)/3.
    expect(output.data[0]).toBe(3);
    expect(output.data[1]).toBe(4.5);
    expect(output.data[2]).toBeCloseTo(6, 14);
  });
  it('lets a new query see every cached key: with 1 query and 3 keys it is the last position', () => {
    const { weights } = scaledDotProductAttention(matrix(1, 2), matrix(3, 2), matrix(3, 1), { causal: true });
    Array.from(weights.data).forEach((x) => expect(x).toBeCloseTo(1 / 3, 15));
    expect(causallyVisible(0, 2, 1, 3)).toBe(true);
    expect(causallyVisible(0, 1, 2, 3)).toBe(true);
    expect(causallyVisible(0, 2, 2, 3)).toBe(false);
  });
  it('builds the causal mask as a lower triangle', () => {
    expect(causalMask(3)).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });
  it('hides keys named in a custom mask and combines it with the causal mask', () => {
    const q = matrix(2, 1);
    const k = matrix(2, 1);
    const v = fromRows([[10], [20]]);
    const mask = [
      [true, true],
      [false, true],
    ];
    expect(toRows(scaledDotProductAttention(q, k, v, { mask }).weights)).toEqual([
      [0.5, 0.5],
      [0, 1],
    ]);
    const both = scaledDotProductAttention(q, k, v, { mask, causal: true });
    expect(toRows(both.weights)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(Array.from(both.output.data)).toEqual([10, 20]);
  });
  it('gives a query that can see nothing zero weights and a zero output, never NaN', () => {
    const { weights, output } = scaledDotProductAttention(matrix(1, 1), matrix(2, 1), fromRows([[1], [2]]), {
      mask: [[false, false]],
    });
    expect(Array.from(weights.data)).toEqual([0, 0]);
    expect(Array.from(output.data)).toEqual([0]);
  });
  it('keeps rows summing to 1 when scores reach ±1000', () => {
    const q = fromRows([[1000], [-1000]]);
    const k = fromRows([[1], [-1], [0.5]]);
    const { weights } = scaledDotProductAttention(q, k, matrix(3, 1), { scale: 1 });
    for (const row of toRows(weights)) {
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 15);
    }
  });
  it('uses a given scale instead of 1/√hs', () => {
    const options = { scale: 1 };
    const { scaledScores } = scaledDotProductAttention(fromRows([[2, 0]]), fromRows([[3, 0]]), matrix(1, 1), options);
    expect(scaledScores.data[0]).toBe(6);
  });
  it('refuses mismatched shapes with a message that names them', () => {
    expect(() => scaledDotProductAttention(matrix(2, 3), matrix(2, 4), matrix(2, 1))).toThrow(
      'attention: queries have size 3, keys have size 4',
    );
    expect(() => scaledDotProductAttention(matrix(2, 3), matrix(2, 3), matrix(3, 1))).toThrow(RangeError);
    expect(() => scaledDotProductAttention(matrix(2, 3), matrix(2, 3), matrix(2, 1), { mask: [[true, true]] })).toThrow(
      RangeError,
    );
  });
});

describe('attentionBackward', () => {
  const rng = createRng(31);
  const [Tq, Tk, hs, hv] = [3, 4, 2, 3];
  const q = randomMatrix(Tq, hs, rng);
  const k = randomMatrix(Tk, hs, rng);
  const v = randomMatrix(Tk, hv, rng);
  const upstream = randomMatrix(Tq, hv, rng);
  const reshape = (m: Matrix, data: Float64Array): Matrix => ({ rows: m.rows, cols: m.cols, data });

  for (const causal of [false, true]) {
    it(`matches finite differences for Q, K and V ${causal ? 'with' : 'without'} a causal mask`, () => {
      const loss = (qq: Matrix, kk: Matrix, vv: Matrix) =>
        weightedTotal(scaledDotProductAttention(qq, kk, vv, { causal }).output.data, upstream.data);
      const grads = attentionBackward(q, k, v, scaledDotProductAttention(q, k, v, { causal }), upstream);
      const numericQ = numericalGradient((d) => loss(reshape(q, d), k, v), q.data);
      const numericK = numericalGradient((d) => loss(q, reshape(k, d), v), k.data);
      const numericV = numericalGradient((d) => loss(q, k, reshape(v, d)), v.data);
      expect(relativeError(grads.gradQ.data, numericQ)).toBeLessThan(1e-8);
      expect(relativeError(grads.gradK.data, numericK)).toBeLessThan(1e-8);
      expect(relativeError(grads.gradV.data, numericV)).toBeLessThan(1e-8);
    });
  }
  it('sends no gradient to a value no query can see', () => {
    // A mask hiding key 0 from both queries: its weight is 0 everywhere, so neither its value nor its key matters.
    const mask = [
      [false, true, true],
      [false, true, true],
    ];
    const qq = randomMatrix(2, 2, rng);
    const kk = randomMatrix(3, 2, rng);
    const vv = randomMatrix(3, 2, rng);
    const forward = scaledDotProductAttention(qq, kk, vv, { mask });
    const { gradV, gradK } = attentionBackward(qq, kk, vv, forward, randomMatrix(2, 2, rng));
    expect(Array.from(gradV.data.subarray(0, 2))).toEqual([0, 0]);
    expect(Array.from(gradK.data.subarray(0, 2))).toEqual([0, 0]);
  });
  it('refuses an upstream gradient of the wrong shape', () => {
    const forward = scaledDotProductAttention(q, k, v);
    expect(() => attentionBackward(q, k, v, forward, matrix(Tq, hv + 1))).toThrow(RangeError);
  });
});

describe('causalAverageWeights', () => {
  it('holds 1, ½ ½, ⅓ ⅓ ⅓ in a lower triangle', () => {
    const w = toRows(causalAverageWeights(3));
    expect(w[0]).toEqual([1, 0, 0]);
    expect(w[1]).toEqual([0.5, 0.5, 0]);
    w[2].forEach((x) => expect(x).toBeCloseTo(1 / 3, 15));
  });
  it('averages each token with the ones before it when multiplied by the tokens', () => {
    // Rows 2, 4, 9: running means 2, (2 + 4)/2 = 3, (2 + 4 + 9)/3 = 5.
    const averaged = matmul(causalAverageWeights(3), fromRows([[2], [4], [9]]));
    expect(averaged.data[0]).toBe(2);
    expect(averaged.data[1]).toBe(3);
    expect(averaged.data[2]).toBeCloseTo(5, 14);
  });
});

describe('slidingWindowMask', () => {
  it('lets each token see itself and the one before it with a window of 2', () => {
    expect(slidingWindowMask(4, 2)).toEqual([
      [true, false, false, false],
      [true, true, false, false],
      [false, true, true, false],
      [false, false, true, true],
    ]);
  });
  it('keeps the visible pairs to about T·w: 1 + 2 + 3·8 = 27 for T = 10, w = 3, against 55 causal', () => {
    const count = (mask: boolean[][]) => mask.flat().filter(Boolean).length;
    expect(count(slidingWindowMask(10, 3))).toBe(27);
    expect(count(causalMask(10))).toBe(55);
  });
  it('refuses a window smaller than 1', () => {
    expect(() => slidingWindowMask(3, 0)).toThrow(RangeError);
  });
});

describe('tiledAttention', () => {
  it('gives the hand-worked output (3, 2) with each key in its own block', () => {
    // Same case as above: scaled scores ln 3 and 0, weights ¾ and ¼, values (4, 0) and (0, 8).
    // Block 1 holds max ln 3, sum 1, acc (4, 0). Block 2 adds e^(0 − ln 3) = ⅓: sum 4/3, acc (4, 8/3).
    // Output: acc / sum = (3, 2).
    const q = fromRows([[2 * Math.log(3), 0, 0, 0]]);
    const k = fromRows([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
    ]);
    const v = fromRows([
      [4, 0],
      [0, 8],
    ]);
    const { output, scoresHeld, blocksVisited } = tiledAttention(q, k, v, { blockSize: 1 });
    expect(output.data[0]).toBeCloseTo(3, 14);
    expect(output.data[1]).toBeCloseTo(2, 14);
    expect(scoresHeld).toBe(1);
    expect(blocksVisited).toBe(2);
  });
  it('matches full attention for every block size, with and without a causal mask', () => {
    const rng = createRng(44);
    const q = randomMatrix(7, 4, rng, 2);
    const k = randomMatrix(7, 4, rng, 2);
    const v = randomMatrix(7, 3, rng);
    for (const causal of [false, true]) {
      const full = scaledDotProductAttention(q, k, v, { causal }).output.data;
      for (const blockSize of [1, 2, 3, 7, 10]) {
        const tiled = tiledAttention(q, k, v, { blockSize, causal }).output.data;
        full.forEach((value, i) => expect(tiled[i]).toBeCloseTo(value, 13));
      }
    }
  });
  it('skips key blocks that lie entirely in the future under a causal mask', () => {
    // T = 4, blocks {0, 1} and {2, 3}: queries 0 and 1 visit one block, queries 2 and 3 visit two: 6, not 8.
    const x = matrix(4, 2);
    expect(tiledAttention(x, x, x, { blockSize: 2 }).blocksVisited).toBe(8);
    expect(tiledAttention(x, x, x, { blockSize: 2, causal: true }).blocksVisited).toBe(6);
  });
  it('refuses a block size that is not a positive whole number', () => {
    expect(() => tiledAttention(matrix(1, 1), matrix(1, 1), matrix(1, 1), { blockSize: 0 })).toThrow(RangeError);
  });
});
