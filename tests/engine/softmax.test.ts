import { describe, expect, it } from 'vitest';
import { fromRows, toRows } from '../../engine/matrix';
import { createRng } from '../../engine/random';
import { logSoftmax, softmax, softmaxBackward, softmaxJacobian, softmaxRows } from '../../engine/softmax';
import { numericalGradient, relativeError, weightedTotal } from './support/gradcheck';

describe('softmax at the edges', () => {
  it('tends to argmax as the temperature falls towards 0, without NaN', () => {
    expect(Array.from(softmax([1, 2, 1.5], { temperature: 1e-320 }))).toEqual([0, 1, 0]);
  });
  it('tends to uniform as the temperature grows without bound', () => {
    expect(Array.from(softmax([1, 2, 5], { temperature: Infinity }))).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
  it('shares the probability among logits of +∞', () => {
    expect(Array.from(softmax([Infinity, 3, Infinity]))).toEqual([0.5, 0, 0.5]);
  });
  it('gives all zeros when every position is masked', () => {
    expect(Array.from(softmax([1, 2], { mask: [false, false] }))).toEqual([0, 0]);
  });
  it('refuses a NaN logit and a mask of the wrong length with a clear message', () => {
    expect(() => softmax([1, NaN])).toThrow('softmax: logit 1 is not a number');
    expect(() => softmax([1, 2], { mask: [true] })).toThrow('softmax: mask has 1 entries for 2 logits');
  });
});

describe('logSoftmax', () => {
  it('gives 1 − ln(e + 1) and −ln(e + 1) for logits 1 and 0', () => {
    const [a, b] = logSoftmax([1, 0]);
    expect(a).toBeCloseTo(1 - Math.log(Math.E + 1), 15);
    expect(b).toBeCloseTo(-Math.log(Math.E + 1), 15);
  });
  it('stays finite for a logit 2000 below the others, where log(softmax) would give −∞', () => {
    const [top, bottom] = logSoftmax([1000, -1000]);
    // log(1 + e^−2000) is 0 to double precision, so the two log-probabilities are 0 and −2000.
    expect(top).toBe(0);
    expect(bottom).toBe(-2000);
    expect(Math.log(softmax([1000, -1000])[1])).toBe(-Infinity);
  });
  it('divides by the temperature first: logits 2 and 0 at τ = 2 behave like 1 and 0', () => {
    expect(logSoftmax([2, 0], { temperature: 2 })[1]).toBeCloseTo(-Math.log(Math.E + 1), 15);
  });
  it('gives −∞ to masked positions and renormalises the rest', () => {
    const out = logSoftmax([5, 7, 5], { mask: [true, false, true] });
    expect(out[1]).toBe(-Infinity);
    expect(out[0]).toBeCloseTo(Math.log(0.5), 15);
  });
  it('refuses a temperature of zero', () => {
    expect(() => logSoftmax([1, 2], { temperature: 0 })).toThrow(RangeError);
  });
});

describe('softmaxRows', () => {
  it('turns each row into its own distribution', () => {
    // Row 0: logits 0, ln 3 → weights 1/4, 3/4. Row 1: logits 7, 7 → 1/2, 1/2.
    const weights = toRows(
      softmaxRows(
        fromRows([
          [0, Math.log(3)],
          [7, 7],
        ]),
      ),
    );
    expect(weights[0][0]).toBeCloseTo(0.25, 15);
    expect(weights[0][1]).toBeCloseTo(0.75, 15);
    expect(weights[1]).toEqual([0.5, 0.5]);
  });
  it('survives scores of ±1000 with every row summing to 1', () => {
    const weights = toRows(
      softmaxRows(
        fromRows([
          [1000, -1000, 999],
          [-1000, -1000, -1000],
        ]),
      ),
    );
    for (const row of weights) {
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 15);
    }
    expect(weights[1][0]).toBeCloseTo(1 / 3, 15);
  });
  it('applies a mask row by row, giving exact zeros', () => {
    const weights = toRows(
      softmaxRows(
        fromRows([
          [1, 2],
          [3, 4],
        ]),
        { mask: [
          [true, false],
          [true, true],
        ] },
      ),
    );
    expect(weights[0]).toEqual([1, 0]);
  });
  it('refuses a mask of the wrong shape', () => {
    expect(() => softmaxRows(fromRows([[1, 2]]), { mask: [[true]] })).toThrow(RangeError);
    expect(() => softmaxRows(fromRows([[1, 2]]), { mask: [] })).toThrow(RangeError);
  });
});

describe('softmaxBackward', () => {
  it('gives p·(g − p·g) for a hand-worked case', () => {
    // p = (½, ½), g = (1, 0): p·g = ½, so ∂L/∂z = (½·(1 − ½), ½·(0 − ½)) = (¼, −¼).
    expect(Array.from(softmaxBackward([0.5, 0.5], [1, 0]))).toEqual([0.25, -0.25]);
  });
  it('matches finite differences of softmax, with and without temperature', () => {
    const rng = createRng(11);
    for (const temperature of [1, 0.5, 3]) {
      const logits = Array.from({ length: 6 }, () => rng.gaussian(0, 2));
      const upstream = Array.from({ length: 6 }, () => rng.gaussian());
      const probs = softmax(logits, { temperature });
      const analytic = softmaxBackward(probs, upstream, temperature);
      const numeric = numericalGradient((z) => weightedTotal(softmax(z, { temperature }), upstream), logits);
      expect(relativeError(analytic, numeric)).toBeLessThan(1e-8);
    }
  });
  it('sends no gradient to a masked position', () => {
    const probs = softmax([1, 2, 3], { mask: [true, false, true] });
    expect(softmaxBackward(probs, [1, 5, -1])[1]).toBe(0);
  });
});

describe('softmaxJacobian', () => {
  it('is [[¼, −¼], [−¼, ¼]] for p = (½, ½)', () => {
    expect(toRows(softmaxJacobian([0.5, 0.5]))).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });
  it('matches finite differences of softmax column by column', () => {
    const logits = [0.3, -1.2, 2, 0.7];
    const jacobian = toRows(softmaxJacobian(softmax(logits)));
    for (let i = 0; i < logits.length; i++) {
      const numeric = numericalGradient((z) => softmax(z)[i], logits);
      expect(relativeError(jacobian[i], numeric)).toBeLessThan(1e-8);
    }
  });
});
