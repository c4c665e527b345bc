import { describe, expect, it } from 'vitest';
import { slidingWindowSaving, visiblePairs } from '../../engine/slidingWindow';

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
