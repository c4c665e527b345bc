import { describe, expect, it } from 'vitest';
import { crossEntropy, crossEntropyRows, surprise } from '../../engine/loss';
import { fromRows, matmulRowVector, toRows } from '../../engine/matrix';
import { createRng } from '../../engine/random';
import { numericalGradient, relativeError } from './support/gradcheck';

describe('surprise', () => {
  it('is ln 2 for a coin flip and 0 for a certainty', () => {
    expect(surprise(0.5)).toBeCloseTo(Math.LN2, 15);
    expect(surprise(1)).toBe(0);
  });
  it('grows without bound as the probability of the truth falls to 0', () => {
    expect(surprise(1e-10)).toBeCloseTo(10 * Math.LN10, 12);
    expect(surprise(0)).toBe(Infinity);
  });
  it('refuses numbers that are not probabilities', () => {
    expect(() => surprise(1.5)).toThrow(RangeError);
    expect(() => surprise(NaN)).toThrow(RangeError);
  });
});

describe('crossEntropy', () => {
  it('is ln 2 with gradient (−½, ½) for two equal logits and target 0', () => {
    const { loss, probs, gradLogits } = crossEntropy([0, 0], 0);
    expect(loss).toBeCloseTo(Math.LN2, 15);
    expect(Array.from(probs)).toEqual([0.5, 0.5]);
    expect(Array.from(gradLogits)).toEqual([-0.5, 0.5]);
  });
  it('is ln(4/3) for logits (0, ln 3) and target 1, with gradient predicted minus true', () => {
    // softmax(0, ln 3) = (1/4, 3/4); the truth is (0, 1), so the gradient is (1/4, 3/4 − 1) = (1/4, −1/4).
    const { loss, probs, gradLogits } = crossEntropy([0, Math.log(3)], 1);
    expect(loss).toBeCloseTo(Math.log(4 / 3), 15);
    expect(probs[1]).toBeCloseTo(0.75, 15);
    expect(gradLogits[0]).toBeCloseTo(0.25, 15);
    expect(gradLogits[1]).toBeCloseTo(-0.25, 15);
  });
  it('gives a large finite loss, not infinity, for a confidently wrong prediction', () => {
    const { loss, gradLogits } = crossEntropy([1000, -1000], 1);
    expect(loss).toBe(2000);
    expect(Array.from(gradLogits)).toEqual([1, -1]);
  });
  it('has a gradient equal to predicted minus true, confirmed by finite differences', () => {
    const rng = createRng(3);
    const logits = Array.from({ length: 7 }, () => rng.gaussian(0, 3));
    const target = 4;
    const { probs, gradLogits } = crossEntropy(logits, target);
    const oneHot = probs.map((_, i) => (i === target ? 1 : 0));
    expect(Array.from(gradLogits)).toEqual(Array.from(probs.map((p, i) => p - oneHot[i])));
    const numeric = numericalGradient((z) => crossEntropy(z, target).loss, logits);
    expect(relativeError(gradLogits, numeric)).toBeLessThan(1e-8);
  });
  it('refuses a target that is not an index into the logits', () => {
    expect(() => crossEntropy([1, 2], 2)).toThrow(/target 2 is not an index into 2 logits/);
    expect(() => crossEntropy([1, 2], 0.5)).toThrow(RangeError);
  });
});

describe('crossEntropyRows', () => {
  it('averages the rows and divides each row of the gradient by T', () => {
    // Row 0: ln 2 (as above). Row 1: ln(4/3). Mean: (ln 2 + ln(4/3)) / 2.
    const result = crossEntropyRows(
      fromRows([
        [0, 0],
        [0, Math.log(3)],
      ]),
      [0, 1],
    );
    expect(result.loss).toBeCloseTo((Math.LN2 + Math.log(4 / 3)) / 2, 15);
    expect(result.losses[1]).toBeCloseTo(Math.log(4 / 3), 15);
    const grad = toRows(result.gradLogits);
    expect(grad[0]).toEqual([-0.25, 0.25]);
    expect(grad[1][0]).toBeCloseTo(0.125, 15);
  });
  it('has a gradient that matches finite differences of the mean loss', () => {
    const rng = createRng(8);
    const data = Array.from({ length: 3 * 5 }, () => rng.gaussian());
    const targets = [4, 0, 2];
    const logits = fromRows([data.slice(0, 5), data.slice(5, 10), data.slice(10, 15)]);
    const analytic = crossEntropyRows(logits, targets).gradLogits.data;
    const numeric = numericalGradient((flat) => crossEntropyRows({ rows: 3, cols: 5, data: flat }, targets).loss, data);
    expect(relativeError(analytic, numeric)).toBeLessThan(1e-8);
  });
  it('refuses a target count that differs from the row count', () => {
    expect(() => crossEntropyRows(fromRows([[1, 2]]), [0, 1])).toThrow(RangeError);
  });
});

describe('the forward-pass walkthrough’s language-model head', () => {
  // Source 002: h2_on = (−0.02, 0.66, 0.81, 0.30) times W_lm (4 × 6) over the vocabulary the, cat, sat, on, mat, dog.
  const h2 = [-0.02, 0.66, 0.81, 0.3];
  const wLm = fromRows([
    [0.1, 0.2, 0.2, 0.2, 0.1, 0.0],
    [0.1, 0.4, 0.2, 0.2, 0.1, 0.1],
    [0.1, 0.5, 0.2, 0.3, 0.2, 0.0],
    [0.1, 0.5, 0.2, 0.2, 0.2, 0.1],
  ]);
  const logits = matmulRowVector(h2, wLm);

  it('gives the logits worked by hand, with "cat" highest', () => {
    // the: 0.1·(−0.02 + 0.66 + 0.81 + 0.30) = 0.175; cat: −0.004 + 0.264 + 0.405 + 0.15 = 0.815; and so on.
    [0.175, 0.815, 0.35, 0.431, 0.286, 0.096].forEach((z, i) => expect(logits[i]).toBeCloseTo(z, 14));
  });
  it('scores the true next word "mat" with a loss of −log p(mat) ≈ 1.8933', () => {
    // Reference value from NumPy: −log(softmax(logits)[4]) = 1.8933023184713278.
    const { loss, probs } = crossEntropy(logits, 4);
    expect(loss).toBeCloseTo(1.8933023184713278, 13);
    expect(probs.indexOf(Math.max(...probs))).toBe(1);
  });
});
