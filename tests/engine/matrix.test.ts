import { describe, expect, it } from 'vitest';
import {
  add,
  addRowVector,
  frobeniusNorm,
  fromRows,
  getColumn,
  getRow,
  identity,
  mapMatrix,
  matmul,
  matmulBackward,
  matmulRowVector,
  matrix,
  matVec,
  randomMatrix,
  scale,
  subtract,
  toRows,
  transpose,
} from '../../engine/matrix';
import { createRng } from '../../engine/random';
import { numericalGradient, relativeError, weightedTotal } from './support/gradcheck';

describe('building matrices', () => {
  it('lays rows out one after another in row-major order', () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toRows(m)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });
  it('starts zero-filled and copies given data rather than sharing it', () => {
    expect(Array.from(matrix(2, 2).data)).toEqual([0, 0, 0, 0]);
    const source = new Float64Array([1, 2]);
    const m = matrix(1, 2, source);
    source[0] = 99;
    expect(m.data[0]).toBe(1);
  });
  it('refuses data of the wrong length and ragged rows', () => {
    expect(() => matrix(2, 2, [1, 2, 3])).toThrow(/needs 4 numbers, got 3/);
    expect(() => fromRows([[1, 2], [3]])).toThrow(RangeError);
    expect(() => matrix(-1, 2)).toThrow(RangeError);
  });
  it('reads single rows and columns', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(Array.from(getRow(m, 1))).toEqual([3, 4]);
    expect(Array.from(getColumn(m, 1))).toEqual([2, 4]);
    expect(() => getRow(m, 2)).toThrow(RangeError);
  });
  it('draws the same random matrix from the same seed', () => {
    const a = randomMatrix(3, 4, createRng(5), 0.5);
    const b = randomMatrix(3, 4, createRng(5), 0.5);
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
  });
});

describe('matmul', () => {
  it('multiplies 2 × 2 matrices as worked by hand', () => {
    // [1 2; 3 4]·[5 6; 7 8] = [1·5+2·7  1·6+2·8; 3·5+4·7  3·6+4·8] = [19 22; 43 50]
    const product = matmul(
      fromRows([
        [1, 2],
        [3, 4],
      ]),
      fromRows([
        [5, 6],
        [7, 8],
      ]),
    );
    expect(toRows(product)).toEqual([
      [19, 22],
      [43, 50],
    ]);
  });
  it('turns (2 × 3)·(3 × 1) into a 2 × 1 matrix', () => {
    // [1 0 2; −1 3 1]·[3; 2; 1] = [3 + 0 + 2; −3 + 6 + 1] = [5; 4]
    const product = matmul(fromRows([[1, 0, 2], [-1, 3, 1]]), fromRows([[3], [2], [1]]));
    expect(product.rows).toBe(2);
    expect(product.cols).toBe(1);
    expect(Array.from(product.data)).toEqual([5, 4]);
  });
  it('leaves a matrix unchanged when multiplied by the identity', () => {
    const m = fromRows([[1.5, -2, 3]]);
    expect(toRows(matmul(m, identity(3)))).toEqual([[1.5, -2, 3]]);
  });
  it('names both shapes when the inner dimensions differ', () => {
    expect(() => matmul(matrix(2, 3), matrix(2, 3))).toThrow('matmul: inner dimensions differ (2 × 3 times 2 × 3)');
  });
  it('multiplies a row vector by a matrix and a matrix by a column vector', () => {
    const w = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    // [1 2]·W = [1+8  2+10  3+12]
    expect(Array.from(matmulRowVector([1, 2], w))).toEqual([9, 12, 15]);
    // W·[1 0 −1] = [1−3  4−6]
    expect(Array.from(matVec(w, [1, 0, -1]))).toEqual([-2, -2]);
    expect(() => matmulRowVector([1, 2, 3], w)).toThrow(RangeError);
    expect(() => matVec(w, [1, 2])).toThrow(RangeError);
  });
});

describe('elementwise operations', () => {
  const a = fromRows([
    [1, 2],
    [3, 4],
  ]);
  it('transposes rows into columns', () => {
    expect(toRows(transpose(fromRows([[1, 2, 3]])))).toEqual([[1], [2], [3]]);
  });
  it('adds, subtracts and scales entry by entry', () => {
    expect(toRows(add(a, a))).toEqual([
      [2, 4],
      [6, 8],
    ]);
    expect(toRows(subtract(a, scale(a, 3)))).toEqual([
      [-2, -4],
      [-6, -8],
    ]);
    expect(() => add(a, matrix(2, 3))).toThrow(/shapes differ/);
  });
  it('adds the same bias to every row', () => {
    expect(toRows(addRowVector(a, [10, 100]))).toEqual([
      [11, 102],
      [13, 104],
    ]);
  });
  it('maps a function over every entry with its position', () => {
    expect(toRows(mapMatrix(a, (x, i, j) => x * 10 + i - j))).toEqual([
      [10, 19],
      [31, 40],
    ]);
  });
  it('measures the Frobenius norm as √(1 + 4 + 9 + 16) = √30', () => {
    expect(frobeniusNorm(a)).toBeCloseTo(Math.sqrt(30), 15);
  });
  it('reproduces x_on = tok_emb(on) + pos_emb(3) from the forward-pass walkthrough', () => {
    const tokOn = fromRows([[-0.2, 0.2, 0.4, 0.1]]);
    const pos3 = fromRows([[0.0, 0.1, 0.1, 0.0]]);
    const x = toRows(add(tokOn, pos3))[0];
    [-0.2, 0.3, 0.5, 0.1].forEach((value, i) => expect(x[i]).toBeCloseTo(value, 15));
  });
});

describe('matmulBackward', () => {
  it('gives ∂L/∂A = G·Bᵀ and ∂L/∂B = Aᵀ·G for a hand-worked case', () => {
    // A = [1 2], B = [3; 4], so C = [11]. With G = [1]: ∂L/∂A = [3 4] and ∂L/∂B = [1; 2].
    const { gradA, gradB } = matmulBackward(fromRows([[1, 2]]), fromRows([[3], [4]]), fromRows([[1]]));
    expect(toRows(gradA)).toEqual([[3, 4]]);
    expect(toRows(gradB)).toEqual([[1], [2]]);
  });
  it('matches finite differences for both factors', () => {
    const rng = createRng(6);
    const a = randomMatrix(3, 4, rng);
    const b = randomMatrix(4, 2, rng);
    const upstream = randomMatrix(3, 2, rng);
    const { gradA, gradB } = matmulBackward(a, b, upstream);
    const lossA = (data: Float64Array) => weightedTotal(matmul({ ...a, data }, b).data, upstream.data);
    const lossB = (data: Float64Array) => weightedTotal(matmul(a, { ...b, data }).data, upstream.data);
    expect(relativeError(gradA.data, numericalGradient(lossA, a.data))).toBeLessThan(1e-8);
    expect(relativeError(gradB.data, numericalGradient(lossB, b.data))).toBeLessThan(1e-8);
  });
  it('refuses a gradient whose shape is not the product’s', () => {
    expect(() => matmulBackward(matrix(2, 3), matrix(3, 4), matrix(2, 3))).toThrow(RangeError);
  });
});
