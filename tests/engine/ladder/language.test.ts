import { describe, expect, it } from 'vitest';
import { VOCAB, attendLast, mlpBlock, runPipeline, type LanguageWeights } from '../../../engine/ladder/languageModel';
import { FIT_EXAMPLES, fitLossAndGradients, flatten, initialMlp, unflatten } from '../../../engine/ladder/languageFit';
import { generateStep, rollout } from '../../../engine/ladder/languageGenerate';
import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';
import { createRng } from '../../../engine/random';

const e = Math.exp;

describe('the ladder language pipeline, on hand-worked numbers', () => {
  it('attends from the last token with identity Q = K = V: scores are dot products, α their softmax, h₁ = x_last + Σ αᵢxᵢ', () => {
    const x = [
      [1, 0, 0],
      [0, 1, 0],
      [1, 1, 0],
    ];
    const { scores, alpha, delta, h1 } = attendLast(x);
    expect(scores).toEqual([1, 1, 2]);
    const z = 2 * e(1) + e(2);
    expect(alpha[0]).toBeCloseTo(e(1) / z, 14);
    expect(alpha[2]).toBeCloseTo(e(2) / z, 14);
    expect(delta[0]).toBeCloseTo((e(1) + e(2)) / z, 14);
    expect(delta[2]).toBe(0);
    expect(h1[0]).toBeCloseTo(1 + (e(1) + e(2)) / z, 14);
  });

  it('runs the MLP with its residual: h₂ = h₁ + W₂·ReLU(W₁h₁ + b₁) + b₂, and a negative neuron stays silent', () => {
    const mlp = {
      w1: [
        [1, 0, 0],
        [0, -1, 0],
      ],
      b1: [0.5, 0],
      w2: [
        [2, 7],
        [0, 0],
        [1, 1],
      ],
      b2: [0, 0.25, 0],
    };
    const { preActivations, hidden, h2 } = mlpBlock([1, 2, 3], mlp);
    expect(preActivations).toEqual([1.5, -2]);
    expect(hidden).toEqual([1.5, 0]);
    expect(h2).toEqual([1 + 3, 2 + 0.25, 3 + 1.5]);
  });

  it('scores each word by h₂ · E[word] (tied unembedding) and skips the MLP when it is bypassed', () => {
    const weights: LanguageWeights = {
      embeddings: VOCAB.map((_, i) => [i === 0 ? 1 : 0, i === 1 ? 1 : 0, 0]),
      mlp: { w1: [[0, 0, 0]], b1: [5], w2: [[1], [0], [0]], b2: [0, 0, 0] },
    };
    // Prompt "a": h₁ = x + 1·x = (2, 0, 0). With the MLP, the silent-input neuron adds b1 = 5 to channel 0.
    const on = runPipeline(['a'], weights);
    expect(on.h1).toEqual([2, 0, 0]);
    expect(on.h2).toEqual([7, 0, 0]);
    expect(on.logits[0]).toBe(7);
    expect(on.probs[0]).toBeCloseTo(e(7) / (e(7) + 8), 14);
    const off = runPipeline(['a'], weights, { mlp: false });
    expect(off.h2).toEqual([2, 0, 0]);
    expect(off.probs[0]).toBeCloseTo(e(2) / (e(2) + 8), 14);
    const hot = runPipeline(['a'], weights, { mlp: false, temperature: 2 });
    expect(hot.probs[0]).toBeCloseTo(e(1) / (e(1) + 8), 14);
  });

  it('names an unknown word, an empty prompt and a temperature of 0 instead of computing nonsense', () => {
    expect(() => runPipeline(['a', 'dragon'], LANGUAGE_WEIGHTS)).toThrow(/Unknown word "dragon"/);
    expect(() => runPipeline([], LANGUAGE_WEIGHTS)).toThrow(/empty/);
    expect(() => runPipeline(['a'], LANGUAGE_WEIGHTS, { temperature: 0 })).toThrow(/temperature/);
    expect(() => generateStep(['a'], LANGUAGE_WEIGHTS, { mode: 'sample' })).toThrow(/seeded/);
  });
});

describe('the fit', () => {
  it('has gradients that match central finite differences for every MLP weight', () => {
    const mlp = initialMlp(3, 0.7);
    const { grads } = fitLossAndGradients(LANGUAGE_WEIGHTS.embeddings, mlp, FIT_EXAMPLES);
    const theta = flatten(mlp);
    const analytic = flatten(grads);
    const h = 1e-6;
    theta.forEach((_, i) => {
      const plus = [...theta];
      const minus = [...theta];
      plus[i] += h;
      minus[i] -= h;
      const numeric =
        (fitLossAndGradients(LANGUAGE_WEIGHTS.embeddings, unflatten(plus), FIT_EXAMPLES).loss -
          fitLossAndGradients(LANGUAGE_WEIGHTS.embeddings, unflatten(minus), FIT_EXAMPLES).loss) /
        (2 * h);
      expect(Math.abs(numeric - analytic[i])).toBeLessThan(1e-7);
    });
  });

  it('flattens and unflattens the 45 MLP numbers without losing any', () => {
    const theta = flatten(LANGUAGE_WEIGHTS.mlp);
    expect(theta).toHaveLength(6 * 3 + 6 + 3 * 6 + 3);
    expect(unflatten(theta)).toEqual(LANGUAGE_WEIGHTS.mlp);
  });
});

describe('generation', () => {
  it('greedy-decodes "a fluffy blue creature" into "roamed the forest", one full pass per word', () => {
    const steps = rollout(['a', 'fluffy', 'blue', 'creature'], LANGUAGE_WEIGHTS, 3, { mode: 'greedy' });
    expect(steps.map((s) => s.word)).toEqual(['roamed', 'the', 'forest']);
    expect(steps[2].prompt).toEqual(['a', 'fluffy', 'blue', 'creature', 'roamed', 'the']);
  });

  it('samples reproducibly from a seed, and only words the tempered distribution allows', () => {
    const run = () => rollout(['a', 'fluffy', 'blue', 'creature'], LANGUAGE_WEIGHTS, 3, { mode: 'sample', rng: createRng(5) });
    const first = run().map((s) => s.word);
    expect(run().map((s) => s.word)).toEqual(first);
    // The first draw can only be one of the two words the fit gives real mass: roamed or slept.
    expect(['roamed', 'slept']).toContain(first[0]);
  });

  it('draws "roamed" about 80% of the time over many seeded samples, as P(roamed) says', () => {
    const rng = createRng(11);
    let roamed = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      if (generateStep(['a', 'fluffy', 'blue', 'creature'], LANGUAGE_WEIGHTS, { mode: 'sample', rng }).word === 'roamed') roamed++;
    }
    // Binomial standard deviation √(0.8·0.2/4000) ≈ 0.0063; 0.03 is almost five of them.
    expect(Math.abs(roamed / n - 0.8)).toBeLessThan(0.03);
  });
});
