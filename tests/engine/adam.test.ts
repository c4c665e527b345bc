import { describe, expect, it } from 'vitest';
import { adamStep } from '../../engine/adam';
import { adamUpdate, type AdamState } from '../../engine/gpt/optimizer';
import { createRng } from '../../engine/random';

const defaults = { learningRate: 0.1, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

describe('adamStep', () => {
  it('takes a first step of about lr against the sign of each gradient, by hand', () => {
    // m = 0.1·g, v = 0.001·g²; m̂ = g, v̂ = g², so each update is g/(|g| + ε) ≈ ±1.
    const { params, m, v } = adamStep([1, -0.5], [2, -1], [0, 0], [0, 0], { ...defaults, step: 1 });
    expect(m[0]).toBeCloseTo(0.2, 15);
    expect(m[1]).toBeCloseTo(-0.1, 15);
    expect(v[0]).toBeCloseTo(0.004, 15);
    expect(v[1]).toBeCloseTo(0.001, 15);
    expect(params[0]).toBeCloseTo(0.9000000005, 12); // 1 − 0.1·2/(2 + 1e-8)
    expect(params[1]).toBeCloseTo(-0.400000001, 12); // −0.5 + 0.1·1/(1 + 1e-8)
  });

  it('corrects the running moments by 1 − βᵗ at a later step, by hand', () => {
    // From m = 0.2, v = 0.004 with g = −1 at step 2: m = 0.08, v = 0.004996; m̂ = 0.08/0.19 = 0.42105263,
    // v̂ = 0.004996/0.001999 = 2.49924962, √v̂ = 1.58090152, update = 0.26633704.
    const { params, m, v } = adamStep([0.9], [-1], [0.2], [0.004], { ...defaults, step: 2 });
    expect(m[0]).toBeCloseTo(0.08, 15);
    expect(v[0]).toBeCloseTo(0.004996, 15);
    expect(params[0]).toBeCloseTo(0.9 - 0.1 * 0.26633703797568, 12);
  });

  it('leaves a parameter whose gradient and moments are all zero where it is', () => {
    const { params } = adamStep([3], [0], [0], [0], { ...defaults, step: 1 });
    expect(params).toEqual([3]);
  });

  it('gives the same numbers as the model optimizer without weight decay, over five steps', () => {
    const rng = createRng(7);
    const n = 4;
    let params = Array.from({ length: n }, () => rng.gaussian());
    let m = new Array<number>(n).fill(0);
    let v = new Array<number>(n).fill(0);
    const weights = Float64Array.from(params);
    const state: AdamState = {
      options: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 },
      firstMoment: new Float64Array(n), secondMoment: new Float64Array(n), decayMask: new Uint8Array(n), step: 0,
    };
    for (let step = 1; step <= 5; step++) {
      const grads = Array.from({ length: n }, () => rng.gaussian());
      ({ params, m, v } = adamStep(params, grads, m, v, { ...defaults, step }));
      adamUpdate(state, weights, Float64Array.from(grads), 0.1);
    }
    params.forEach((p, i) => expect(p).toBeCloseTo(weights[i], 14));
    m.forEach((x, i) => expect(x).toBeCloseTo(state.firstMoment[i], 15));
  });

  it('refuses lists of different lengths and a step below 1', () => {
    expect(() => adamStep([1, 2], [1], [0, 0], [0, 0], { ...defaults, step: 1 })).toThrow(RangeError);
    expect(() => adamStep([1], [1], [0], [0], { ...defaults, step: 0 })).toThrow(/step/);
  });
});
