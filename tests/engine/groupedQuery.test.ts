import { describe, expect, it } from 'vitest';
import { compareKvHeads } from '../../engine/groupedQuery';

// A 70B-class shape: 80 layers, heads of 128 numbers, 16-bit numbers, 131,072 tokens, one sequence.
const shape = { layers: 80, kvHeads: 8, headSize: 128, contextLength: 131_072, bytesPerValue: 2, sequences: 1 };

describe('compareKvHeads', () => {
  const [mha, gqa, mqa] = compareKvHeads(shape, 64, [64, 8, 1]);

  it('needs 2 · 80 · 64 · 128 · 2 · 131,072 bytes = 320 GiB with one key/value head per query head', () => {
    expect(mha.memory.totalBytes).toBe(320 * 2 ** 30);
    expect(mha.shareOfFull).toBe(1);
    expect(mha.queriesPerKvHead).toBe(1);
  });

  it('shrinks to 40 GiB (1/8) with 8 key/value heads, each read by 8 query heads, and 5 GiB with 1', () => {
    expect(gqa.memory.totalBytes).toBe(40 * 2 ** 30);
    expect(gqa.queriesPerKvHead).toBe(8);
    expect(gqa.shareOfFull).toBe(0.125);
    expect(mqa.memory.totalBytes).toBe(5 * 2 ** 30);
    expect(mqa.shareOfFull).toBe(1 / 64);
  });

  it('refuses a count of key/value heads that does not divide the query heads', () => {
    expect(() => compareKvHeads(shape, 64, [3])).toThrow(/evenly/);
  });
});
