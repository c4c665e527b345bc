import { describe, expect, it } from 'vitest';
import { adamUpdate, clipGradientNorm, createAdam, type AdamState } from '../../../engine/gpt/optimizer';
import { learningRateAt } from '../../../engine/gpt/schedule';
import { createGpt } from '../../../engine/gpt/forward';

function scalarAdam(decay: 0 | 1, weightDecay = 0): AdamState {
  return {
    options: { beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay },
    firstMoment: new Float64Array(1), secondMoment: new Float64Array(1), decayMask: new Uint8Array([decay]), step: 0,
  };
}

describe('Adam', () => {
  it('follows a hand-computed sequence over its first three steps', () => {
    const state = scalarAdam(0);
    const w = new Float64Array([1]);
    // step 1, g = 2: m = 0.2, v = 0.004; m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4; θ = 1 − 0.1·2/(2 + 1e-8)
    adamUpdate(state, w, new Float64Array([2]), 0.1);
    expect(w[0]).toBeCloseTo(1 - 0.1 * 2 / (2 + 1e-8), 14);
    // step 2, g = −1: m = 0.18 − 0.1 = 0.08, v = 0.003996 + 0.001 = 0.004996;
    // m̂ = 0.08/0.19 = 0.42105263, v̂ = 0.004996/0.001999 = 2.49924962, √v̂ = 1.58090152; update 0.26633704
    adamUpdate(state, w, new Float64Array([-1]), 0.1);
    expect(w[0]).toBeCloseTo(1 - 0.1 * 2 / (2 + 1e-8) - 0.1 * 0.26633703797568, 12);
    // step 3, g = 0.5: m = 0.072 + 0.05 = 0.122, v = 0.004991004 + 0.00025 = 0.005241004;
    // m̂ = 0.122/0.271 = 0.45018450, v̂ = 0.005241004/0.002997001 = 1.74874950, √v̂ = 1.32240293; update 0.34042915
    adamUpdate(state, w, new Float64Array([0.5]), 0.1);
    expect(w[0]).toBeCloseTo(1 - 0.1 * 2 / (2 + 1e-8) - 0.1 * 0.26633703797568 - 0.1 * 0.34042914563489, 12);
    expect(state.step).toBe(3);
  });

  it('as AdamW shrinks decayed weights by lr·λ·θ and leaves gains and biases alone', () => {
    const decayed = scalarAdam(1, 0.5);
    const w = new Float64Array([2]);
    adamUpdate(decayed, w, new Float64Array([0]), 0.1); // zero gradient: only the decay acts
    expect(w[0]).toBeCloseTo(2 - 0.1 * 0.5 * 2, 14);
    const exempt = scalarAdam(0, 0.5);
    const b = new Float64Array([2]);
    adamUpdate(exempt, b, new Float64Array([0]), 0.1);
    expect(b[0]).toBe(2);
  });

  it('marks matrices and embeddings for weight decay but not LayerNorm gains or biases', () => {
    const model = createGpt({ vocabSize: 4, contextLength: 2, width: 4, heads: 1, layers: 1 });
    const state = createAdam(model.config, model.params, { weightDecay: 0.1 });
    for (const spec of model.params.specs) {
      const expected = /Weight|Embedding/.test(spec.name) ? 1 : 0;
      expect(state.decayMask[spec.offset], spec.name).toBe(expected);
    }
  });
});

describe('gradient clipping', () => {
  it('scales a gradient of norm 5 down to norm 1 and reports the norm before clipping', () => {
    const g = new Float64Array([3, 4]);
    expect(clipGradientNorm(g, 1)).toBe(5);
    expect(g[0]).toBeCloseTo(0.6, 15);
    expect(g[1]).toBeCloseTo(0.8, 15);
  });

  it('leaves a gradient under the limit untouched', () => {
    const g = new Float64Array([0.3, 0.4]);
    clipGradientNorm(g, 1);
    expect(Array.from(g)).toEqual([0.3, 0.4]);
  });
});

describe('the warmup + cosine learning-rate schedule', () => {
  const schedule = { maxRate: 1e-3, minRate: 1e-4, warmupSteps: 10, totalSteps: 110 };
  it('ramps linearly during warmup, starting above zero', () => {
    expect(learningRateAt(schedule, 0)).toBeCloseTo(1e-4, 15);
    expect(learningRateAt(schedule, 4)).toBeCloseTo(5e-4, 15);
    expect(learningRateAt(schedule, 9)).toBeCloseTo(1e-3, 15);
  });
  it('peaks right after warmup, is halfway at the cosine’s midpoint and ends at the floor', () => {
    expect(learningRateAt(schedule, 10)).toBeCloseTo(1e-3, 15);
    // progress ½: min + ½(max − min)(1 + cos(π/2)) = 1e-4 + 0.45e-3
    expect(learningRateAt(schedule, 60)).toBeCloseTo(5.5e-4, 15);
    // progress ¼: 1e-4 + 0.45e-3·(1 + √2/2)
    expect(learningRateAt(schedule, 35)).toBeCloseTo(1e-4 + 0.45e-3 * (1 + Math.SQRT1_2), 15);
    expect(learningRateAt(schedule, 110)).toBeCloseTo(1e-4, 15);
    expect(learningRateAt(schedule, 500)).toBeCloseTo(1e-4, 15);
  });
});
