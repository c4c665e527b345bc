import { describe, expect, it } from 'vitest';
import { kvCacheBytes, slidingWindowSaving, visiblePairs } from '../../engine/attentionMemory';

describe('kvCacheBytes', () => {
  // A 70B-class model: 80 layers, 64 query heads of 128 numbers, 16-bit floats, a context of 128K = 131,072 tokens.
  const shape = { layers: 80, headSize: 128, tokens: 131_072, bytesPerNumber: 2 };

  it('holds 2 · 80 · 8 · 128 · 2 = 327,680 bytes per token with 8 shared key/value heads, 40 GiB for 128K tokens', () => {
    expect(kvCacheBytes({ ...shape, kvHeads: 8, tokens: 1 })).toBe(327_680);
    expect(kvCacheBytes({ ...shape, kvHeads: 8 })).toBe(40 * 2 ** 30);
  });

  it('needs 8 times as much, 320 GiB, when each of the 64 query heads keeps its own keys and values', () => {
    expect(kvCacheBytes({ ...shape, kvHeads: 64 })).toBe(320 * 2 ** 30);
  });

  it('refuses a shape with a fractional or negative entry', () => {
    expect(() => kvCacheBytes({ ...shape, kvHeads: 1.5 })).toThrow(/kvHeads/);
  });
});

describe('slidingWindowSaving', () => {
  it('counts 1 + 2 + 3 + 3 + 3 + 3 = 15 pairs for a window of 3 over 6 tokens, against 21 causal pairs', () => {
    const saving = slidingWindowSaving(6, 3);
    expect(saving.windowPairs).toBe(15);
    expect(saving.causalPairs).toBe(21);
    expect(saving.fraction).toBeCloseTo(15 / 21, 15);
  });

  it('equals full causal attention when the window covers every token', () => {
    expect(slidingWindowSaving(8, 8).windowPairs).toBe(36);
  });

  it('counts the true entries of a mask', () => {
    expect(visiblePairs([[true, false], [true, true]])).toBe(3);
  });
});
