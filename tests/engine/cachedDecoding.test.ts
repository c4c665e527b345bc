import { describe, expect, it } from 'vitest';
import { cacheBytesPerToken, generationWork, traceCachedDecoding } from '../../engine/cachedDecoding';
import { forwardSequence } from '../../engine/gpt/forward';
import { randomisedModel } from './gpt/helpers';

describe('traceCachedDecoding', () => {
  it('gives, at every step, the logits a full recomputation gives, and picks their largest entry', () => {
    const model = randomisedModel({ dtype: 'float64', contextLength: 5 });
    const trace = traceCachedDecoding(model, 2, 5);
    expect(trace).toHaveLength(5);
    const sequence = [2, ...trace.map((s) => s.next)];
    trace.forEach((step, t) => {
      expect(step.input).toBe(sequence[t]);
      const full = forwardSequence(model, sequence.slice(0, t + 1)).logits[t];
      expect(step.largestDifference).toBeLessThan(1e-12);
      const best = Array.from(full).indexOf(Math.max(...full));
      expect(step.next).toBe(best);
    });
  });

  it('stores one more position per step: 256 bytes each for L = 2, C = 8 in float64 (2 × 2 × 8 × 8)', () => {
    const model = randomisedModel({ dtype: 'float64' });
    expect(cacheBytesPerToken(model)).toBe(256);
    const trace = traceCachedDecoding(model, 0, 3);
    expect(trace.map((s) => s.cachedTokens)).toEqual([1, 2, 3]);
    expect(trace.map((s) => s.cacheBytes)).toEqual([256, 512, 768]);
  });

  it('counts the hand-worked FLOPs for C = 8, L = 2, V = 7: 3248, 3312, 3376 with the cache; 3248, 6560, 9936 without', () => {
    const trace = traceCachedDecoding(randomisedModel({ dtype: 'float64' }), 0, 3);
    expect(trace.map((s) => s.flopsWithCache)).toEqual([3248, 3312, 3376]);
    expect(trace.map((s) => s.flopsWithoutCache)).toEqual([3248, 6560, 9936]);
    expect(trace.map((s) => s.totalWithCache)).toEqual([3248, 6560, 9936]);
    expect(trace.map((s) => s.totalWithoutCache)).toEqual([3248, 9808, 19744]);
  });

  it('stops at the stop token and never runs past the context length', () => {
    const model = randomisedModel({ dtype: 'float64', contextLength: 4 });
    expect(traceCachedDecoding(model, 1, 10)).toHaveLength(4);
    const first = traceCachedDecoding(model, 1, 1)[0].next;
    expect(traceCachedDecoding(model, 1, 10, first)).toHaveLength(1);
    expect(traceCachedDecoding(model, 1, 0)).toEqual([]);
    expect(() => traceCachedDecoding(model, 1, -1)).toThrow(/steps/);
  });
});

describe('generationWork', () => {
  it('sums the per-token costs: 9936 with the cache and 19744 without for three tokens of the small model', () => {
    expect(generationWork(8, 2, 7, 3)).toEqual({ withCache: 9936, withoutCache: 19744 });
  });

  it('grows about linearly with the cache and about quadratically without it, for a GPT-2-small shape', () => {
    // C = 768, L = 12, V = 50257: the weights dominate at these lengths, so doubling n doubles the cached work
    // and quadruples the recomputed work (Σk ≈ n²/2).
    const at = (n: number) => generationWork(768, 12, 50257, n);
    const cachedRatio = at(256).withCache / at(128).withCache;
    const recomputedRatio = at(256).withoutCache / at(128).withoutCache;
    expect(cachedRatio).toBeGreaterThan(2);
    expect(cachedRatio).toBeLessThan(2.1);
    expect(recomputedRatio).toBeGreaterThan(3.9);
    expect(recomputedRatio).toBeLessThan(4.2);
  });
});
