import { describe, expect, it } from 'vitest';
import { createRng } from '../../../engine/random';
import { checkRepeatedShape, halfTargets, repeatedBatch, repeatedSequence } from '../../../engine/lab/repeatedTokens';

describe('sequences of random tokens repeated once', () => {
  it('are n random tokens followed by the same n, when n is fixed and the sequence is 2n long', () => {
    const { tokens, n } = repeatedSequence({ vocabSize: 16, half: 6 }, createRng(1));
    expect(n).toBe(6);
    expect(tokens).toHaveLength(12);
    expect(tokens.slice(6)).toEqual(tokens.slice(0, 6));
    for (const t of tokens) expect(Number.isInteger(t) && t >= 0 && t < 16).toBe(true);
  });

  it('put T − 2n random fillers first, so the repeat always ends at the last position, with n drawn per sequence', () => {
    const rng = createRng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const { tokens, n } = repeatedSequence({ vocabSize: 32, half: 6, minHalf: 3, time: 16 }, rng);
      expect(tokens).toHaveLength(16);
      expect(n >= 3 && n <= 6).toBe(true);
      expect(tokens.slice(16 - n)).toEqual(tokens.slice(16 - 2 * n, 16 - n));
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draw every token about equally often from a seed, and the same seed gives the same sequences', () => {
    const shape = { vocabSize: 8, half: 50 };
    const counts = new Array(8).fill(0);
    const rng = createRng(3);
    for (let i = 0; i < 100; i++) for (const t of repeatedSequence(shape, rng).tokens.slice(0, 50)) counts[t] += 1;
    // 5000 uniform draws over 8 tokens: 625 each, standard deviation √(5000·⅛·⅞) ≈ 23
    for (const c of counts) expect(Math.abs(c - 625)).toBeLessThan(100);
    expect(repeatedSequence(shape, createRng(9))).toEqual(repeatedSequence(shape, createRng(9)));
  });

  it('refuses a shape that cannot hold a repeat', () => {
    expect(() => checkRepeatedShape({ vocabSize: 1, half: 4 })).toThrow(/vocabSize/);
    expect(() => checkRepeatedShape({ vocabSize: 8, half: 1 })).toThrow(/half/);
    expect(() => checkRepeatedShape({ vocabSize: 8, half: 4, minHalf: 5 })).toThrow(/minHalf/);
    expect(() => checkRepeatedShape({ vocabSize: 8, half: 4, time: 7 })).toThrow(/time/);
  });
});

describe('a batch of repeated sequences', () => {
  it('targets the next token at every position and skips the last, which has none', () => {
    const batch = repeatedBatch({ vocabSize: 16, half: 4 }, 3, createRng(2));
    expect(batch.batchSize).toBe(3);
    expect(batch.time).toBe(8);
    expect(Array.from(batch.halves)).toEqual([4, 4, 4]);
    for (let b = 0; b < 3; b++) {
      for (let t = 0; t < 7; t++) expect(batch.targets[b * 8 + t]).toBe(batch.inputs[b * 8 + t + 1]);
      expect(batch.targets[b * 8 + 7]).toBe(-1);
    }
  });

  it('splits its targets into the random part (before the repeat) and the copies (the repeat after its first token)', () => {
    // one hand-made sequence, T = 8, n = 3: fillers f f, first copy a b c, repeat a b c
    const inputs = Int32Array.from([9, 8, 1, 2, 3, 1, 2, 3]);
    const targets = Int32Array.from([8, 1, 2, 3, 1, 2, 3, -1]);
    const { first, second } = halfTargets({ batchSize: 1, time: 8, inputs, targets, halves: Int32Array.from([3]) });
    // positions 0–3 predict tokens 1–4 (random); position 4 predicts token 5, the repeat's first (in neither)
    expect(Array.from(first)).toEqual([8, 1, 2, 3, -1, -1, -1, -1]);
    // positions 5 and 6 predict tokens 6 and 7, copies of tokens 3 and 4
    expect(Array.from(second)).toEqual([-1, -1, -1, -1, -1, 2, 3, -1]);
  });
});
