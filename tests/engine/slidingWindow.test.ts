import { describe, expect, it } from 'vitest';
import { slidingWindowSaving, visiblePairs, windowReach } from '../../engine/slidingWindow';

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

describe('windowReach', () => {
  it('lets a window of 4096 reach 32 · 4095 = 131,040 positions back through 32 layers', () => {
    expect(windowReach(4096, 32)).toBe(131_040);
  });

  it('adds window − 1 per layer: a window of 3 reaches 2, 4, 6 positions after 1, 2, 3 layers', () => {
    expect([1, 2, 3].map((l) => windowReach(3, l))).toEqual([2, 4, 6]);
  });
});
