import { describe, expect, it } from 'vitest';
import { attentionCost, compareHeadCosts, headCountsFor } from '../../engine/headCost';

describe('attentionCost', () => {
  it('counts 4d² = 1,048,576 weights for d = 512 with 8 heads of 64', () => {
    const c = attentionCost({ model: 512, heads: 8, headSize: 64, tokens: 1 });
    expect(c.projectionParams).toBe(3 * 512 * 512);
    expect(c.outputParams).toBe(512 * 512);
    expect(c.params).toBe(1_048_576);
  });

  it('counts the multiply-adds of each stage for d = 512, h = 8, n = 128', () => {
    const c = attentionCost({ model: 512, heads: 8, headSize: 64, tokens: 128 });
    expect(c.projectionMacs).toBe(3 * 128 * 512 * 512); // 100,663,296
    expect(c.scoreMacs).toBe(8 * 128 * 128 * 64); // = n²d = 8,388,608
    expect(c.scoreMacs).toBe(8_388_608);
    expect(c.mixMacs).toBe(8_388_608);
    expect(c.outputMacs).toBe(128 * 512 * 512); // 33,554,432
    expect(c.macs).toBe(100_663_296 + 2 * 8_388_608 + 33_554_432);
    expect(c.exponentials).toBe(8 * 128 * 128);
  });

  it('works a tiny case by hand: d = 2, one head of 2, n = 3', () => {
    const c = attentionCost({ model: 2, heads: 1, headSize: 2, tokens: 3 });
    // W_Q, W_K, W_V, W_O each 2 × 2: 16 weights. Q, K, V: 3 tokens × 2 outputs × 2 inputs, three times = 36.
    expect(c.params).toBe(16);
    expect(c.projectionMacs).toBe(36);
    expect(c.scoreMacs).toBe(18); // 3 × 3 scores of 2 products each
    expect(c.mixMacs).toBe(18);
    expect(c.outputMacs).toBe(12);
    expect(c.macs).toBe(84);
  });

  it('refuses sizes that are not whole numbers of at least 1', () => {
    expect(() => attentionCost({ model: 512, heads: 0, headSize: 64, tokens: 10 })).toThrow('heads must be a whole number');
    expect(() => attentionCost({ model: 512, heads: 8, headSize: 64, tokens: 1.5 })).toThrow(RangeError);
  });
});

describe('compareHeadCosts', () => {
  it('gives split heads exactly the weights and multiply-adds of one full-width head', () => {
    const { single, split, unsplit, headSize } = compareHeadCosts(512, 8, 128);
    expect(headSize).toBe(64);
    expect(split.params).toBe(single.params);
    expect(split.macs).toBe(single.macs);
    // Only the softmax work grows: 8 rows of scores per token instead of 1.
    expect(split.exponentials).toBe(8 * single.exponentials);
    // Without the split, eight full-width heads cost eight times as much everywhere.
    expect(unsplit.params).toBe(8 * single.params);
    expect(unsplit.macs).toBe(8 * single.macs);
  });

  it('reports the ratios to one full-width head: 1 for split heads, h for unsplit ones', () => {
    const { splitRatio, unsplitRatio } = compareHeadCosts(768, 12, 50);
    expect(splitRatio).toEqual({ params: 1, macs: 1 });
    expect(unsplitRatio).toEqual({ params: 12, macs: 12 });
  });

  it('refuses a head count that does not divide the width', () => {
    expect(() => compareHeadCosts(512, 3, 10)).toThrow('does not split evenly into 3 heads');
  });
});

describe('headCountsFor', () => {
  it('keeps only the counts that divide the width', () => {
    expect(headCountsFor(768, [1, 2, 4, 8, 12, 16, 32])).toEqual([1, 2, 4, 8, 12, 16, 32]);
    expect(headCountsFor(512, [1, 2, 4, 8, 12, 16])).toEqual([1, 2, 4, 8, 16]);
  });
});
