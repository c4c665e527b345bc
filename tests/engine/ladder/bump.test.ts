import { describe, expect, it } from 'vitest';
import {
  BUMP_START,
  bumpGradient,
  bumpHealth,
  bumpLoss,
  predictBump,
  randomBumpInit,
  trainBump,
  type BumpParams,
} from '../../../engine/ladder/bump';
import { relativeError, numericalGradient } from '../support/gradcheck';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const asArray = (p: BumpParams) => [p.w1, p.b1, p.w2, p.b2];
const fromArray = (v: ArrayLike<number>): BumpParams => ({ w1: v[0], b1: v[1], w2: v[2], b2: v[3] });

describe('the two-neuron bump of rung 3', () => {
  it('with sigmoids at its starting knobs gives σ(5x − 7.5) − σ(5x − 17.5), a bump with a small loss', () => {
    const yHat = [1, 2, 3, 4].map((x) => sig(5 * x - 7.5) - sig(5 * x - 17.5));
    [1, 2, 3, 4].forEach((x, i) => expect(predictBump(BUMP_START, 'sigmoid', x).yHat).toBeCloseTo(yHat[i], 15));
    const expected = (yHat[0] ** 2 + (yHat[1] - 1) ** 2 + (yHat[2] - 1) ** 2 + yHat[3] ** 2) / 4;
    expect(bumpLoss(BUMP_START, 'sigmoid')).toBeCloseTo(expected, 15);
    expect(bumpLoss(BUMP_START, 'sigmoid')).toBeLessThan(0.01);
  });

  it('with ReLUs at the same knobs predicts 0, 2.5, 7.5, 10, a loss of 36.125', () => {
    // z₁ = 0, 2.5, 7.5, 12.5 and z₂ = −12.5, −7.5, −2.5, 2.5; errors 0, 1.5, 6.5, 10; squares sum to 144.5, over 4.
    expect([1, 2, 3, 4].map((x) => predictBump(BUMP_START, 'relu', x).yHat)).toEqual([0, 2.5, 7.5, 10]);
    expect(bumpLoss(BUMP_START, 'relu')).toBe(36.125);
  });

  it('fits the four points exactly with ReLU(x − 1) − ReLU(2x − 5), where the gradient is zero', () => {
    const exact = { w1: 1, b1: -1, w2: 2, b2: -5 };
    expect([1, 2, 3, 4].map((x) => predictBump(exact, 'relu', x).yHat)).toEqual([0, 1, 1, 0]);
    expect(bumpLoss(exact, 'relu')).toBe(0);
    expect(asArray(bumpGradient(exact, 'relu')).every((g) => g === 0)).toBe(true);
  });

  it('has gradients that match finite differences for both activations, minus sign on neuron 2 included', () => {
    const points: BumpParams[] = [BUMP_START, { w1: 1.3, b1: -0.9, w2: 2.2, b2: -5.3 }, { w1: -1.7, b1: 4.1, w2: -2.4, b2: 4.3 }];
    for (const act of ['sigmoid', 'relu'] as const) {
      for (const p of points) {
        const numeric = numericalGradient((v) => bumpLoss(fromArray(v), act), asArray(p));
        expect(relativeError(asArray(bumpGradient(p, act)), numeric)).toBeLessThan(1e-7);
      }
    }
  });

  it('trains the sigmoid bump at lr 2.5 to a lower loss than it started with', () => {
    const run = trainBump(BUMP_START, 'sigmoid', 1000);
    expect(run.diverged).toBe(false);
    expect(bumpLoss(run.params, 'sigmoid')).toBeLessThan(bumpLoss(BUMP_START, 'sigmoid'));
  });

  it('kills both ReLU neurons when trained at lr 0.15 from the sigmoid knobs: loss 0.5, the loss of predicting 0', () => {
    const run = trainBump(BUMP_START, 'relu', 1000);
    // Predicting 0 everywhere misses y = 0, 1, 1, 0 by 0, 1, 1, 0: (0 + 1 + 1 + 0) / 4.
    expect(bumpLoss(run.params, 'relu')).toBe(0.5);
    expect(bumpHealth(run.params, 'relu').map((h) => h.dead)).toEqual([true, true]);
  });

  it('reaches loss 0 with ReLU at lr 0.15 from the random init of seed 17', () => {
    const run = trainBump(randomBumpInit(17), 'relu', 1000);
    expect(bumpLoss(run.params, 'relu')).toBeLessThan(1e-15);
    const yHat = [1, 2, 3, 4].map((x) => predictBump(run.params, 'relu', x).yHat);
    yHat.forEach((v, i) => expect(v).toBeCloseTo([0, 1, 1, 0][i], 8));
  });
});

describe('random init and dead neurons', () => {
  it('draws the same knobs from the same seed, with slopes of size 1 to 3 and bends among the data', () => {
    expect(randomBumpInit(5)).toEqual(randomBumpInit(5));
    expect(randomBumpInit(5)).not.toEqual(randomBumpInit(6));
    for (let seed = 1; seed <= 50; seed++) {
      const p = randomBumpInit(seed);
      for (const [w, b] of [
        [p.w1, p.b1],
        [p.w2, p.b2],
      ]) {
        expect(Math.abs(w)).toBeGreaterThanOrEqual(1);
        expect(Math.abs(w)).toBeLessThan(3);
        expect(-b / w).toBeGreaterThanOrEqual(0.5);
        expect(-b / w).toBeLessThan(4.5);
      }
    }
    expect(() => randomBumpInit(1.5)).toThrow(/whole number/);
  });

  it('calls a ReLU neuron dead exactly when z ≤ 0 at every point, and a sigmoid one when every σ′ < 0.01', () => {
    const p = { w1: 1, b1: -1, w2: -1, b2: -0.5 };
    const relu = bumpHealth(p, 'relu');
    expect(relu[0]).toEqual({ largestSlope: 1, dead: false });
    expect(relu[1]).toEqual({ largestSlope: 0, dead: true });
    // Neuron 2 as a sigmoid: z = −1.5 … −4.5, largest σ′ at z = −1.5, about 0.149: alive.
    const sigmoid = bumpHealth(p, 'sigmoid');
    expect(sigmoid[1].largestSlope).toBeCloseTo(sig(-1.5) * (1 - sig(-1.5)), 15);
    expect(sigmoid[1].dead).toBe(false);
    // z = −10 … −40: σ′ below 0.0000454 everywhere.
    expect(bumpHealth({ w1: 1, b1: 0, w2: -10, b2: 0 }, 'sigmoid')[1].dead).toBe(true);
  });
});
