import { describe, expect, it } from 'vitest';
import { forwardSequence } from '../../../engine/gpt/forward';
import { appendToken, createKvCache, resetKvCache } from '../../../engine/gpt/kvcache';
import { randomisedModel } from './helpers';

describe('the KV cache', () => {
  it('gives the same logits at every position as recomputing the whole sequence', () => {
    const model = randomisedModel({ dtype: 'float64', contextLength: 5 });
    const tokens = [3, 1, 4, 1, 5];
    const full = forwardSequence(model, tokens).logits;
    const cache = createKvCache(model);
    tokens.forEach((token, t) => {
      const logits = appendToken(cache, token);
      for (let v = 0; v < logits.length; v++) expect(logits[v]).toBeCloseTo(full[t][v], 12);
    });
    expect(cache.length).toBe(5);
  });

  it('reports the work it saved: hand-counted FLOPs for C = 8, L = 2, V = 7 over three tokens', () => {
    const model = randomisedModel({ dtype: 'float64' });
    const cache = createKvCache(model);
    [0, 1, 2].forEach((token) => appendToken(cache, token));
    // with the cache, token n costs L(24C² + 4Cn) + 2CV = 2(1536 + 32n) + 112: 3248, 3312, 3376
    expect(cache.stats.flopsWithCache).toBe(3248 + 3312 + 3376);
    // recomputing n tokens costs L(24nC² + 2Cn(n + 1)) + 2nCV = 2(1536n + 16n(n + 1)) + 112n: 3248, 6560, 9936
    expect(cache.stats.flopsWithoutCache).toBe(3248 + 6560 + 9936);
    expect(cache.stats.tokens).toBe(3);
  });

  it('refuses a token once the context is full, and starts over after a reset', () => {
    const model = randomisedModel({ dtype: 'float64', contextLength: 2 });
    const cache = createKvCache(model);
    appendToken(cache, 0);
    appendToken(cache, 1);
    expect(() => appendToken(cache, 2)).toThrow(/cache is full/);
    resetKvCache(cache);
    const again = appendToken(cache, 0);
    const direct = forwardSequence(model, [0]).logits[0];
    expect(Array.from(again)).toEqual(Array.from(direct).map((v) => expect.closeTo(v, 12)));
  });
});
