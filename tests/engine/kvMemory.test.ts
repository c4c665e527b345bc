import { describe, expect, it } from 'vitest';
import { binaryBytes, decimalBytes, KV_PRESETS, kvCacheMemory, weightBytes } from '../../engine/kvMemory';

const preset = (id: string) => {
  const found = KV_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};

describe('kvCacheMemory', () => {
  it('counts 2 · L · kvHeads · hs numbers per token: a key and a value per head per layer', () => {
    const memory = kvCacheMemory({ layers: 2, kvHeads: 3, headSize: 4, contextLength: 5, bytesPerValue: 4, sequences: 1 });
    expect(memory.valuesPerToken).toBe(48); // 2 × 2 × 3 × 4
    expect(memory.bytesPerToken).toBe(192); // 48 × 4 bytes
    expect(memory.bytesPerSequence).toBe(960); // 192 × 5 tokens
    expect(memory.totalBytes).toBe(960);
    expect(memory.totalValues).toBe(240); // 48 numbers × 5 tokens
  });

  it('gives the 70B-class model with 8 KV heads at 128K context 40 GiB, the "about 40 GB" of the chapter', () => {
    const memory = kvCacheMemory(preset('70b-gqa').shape);
    // 2 × 80 layers × 8 heads × 128 numbers × 2 bytes = 327,680 bytes = 320 KiB per token
    expect(memory.bytesPerToken).toBe(327_680);
    // 320 KiB × 131,072 tokens = 320 × 128 MiB = 40 GiB = 42,949,672,960 bytes
    expect(memory.totalBytes).toBe(40 * 1024 ** 3);
    expect(memory.totalBytes).toBe(42_949_672_960);
  });

  it('needs eight times as much for the same model if all 64 query heads kept their own keys and values', () => {
    expect(kvCacheMemory(preset('70b-mha').shape).totalBytes).toBe(320 * 1024 ** 3);
  });

  it('gives a 7B-class model (32 layers, 32 heads of 128, 4K context, 2 bytes) 2 GiB per sequence', () => {
    // 2 × 32 × 32 × 128 × 2 = 524,288 bytes = 512 KiB per token; × 4,096 = 2 GiB
    expect(kvCacheMemory(preset('7b-mha').shape).totalBytes).toBe(2 * 1024 ** 3);
  });

  it('scales with the number of sequences served at once and with the bytes per value', () => {
    const base = { layers: 80, kvHeads: 8, headSize: 128, contextLength: 131072, bytesPerValue: 2, sequences: 1 };
    expect(kvCacheMemory({ ...base, sequences: 4 }).totalBytes).toBe(160 * 1024 ** 3);
    expect(kvCacheMemory({ ...base, bytesPerValue: 0.5 }).totalBytes).toBe(10 * 1024 ** 3);
  });

  it('refuses counts that are not whole numbers of at least 1, and a non-positive byte size', () => {
    const base = { layers: 1, kvHeads: 1, headSize: 1, contextLength: 1, bytesPerValue: 1, sequences: 1 };
    expect(() => kvCacheMemory({ ...base, layers: 0 })).toThrow(/layers must be a whole number/);
    expect(() => kvCacheMemory({ ...base, kvHeads: 1.5 })).toThrow(/kvHeads/);
    expect(() => kvCacheMemory({ ...base, contextLength: Number.NaN })).toThrow(/contextLength/);
    expect(() => kvCacheMemory({ ...base, bytesPerValue: 0 })).toThrow(/bytesPerValue must be a positive number/);
    expect(() => kvCacheMemory({ ...base, bytesPerValue: Infinity })).toThrow(/bytesPerValue/);
  });
});

describe('byte units', () => {
  it('writes 42,949,672,960 bytes as 42.95 GB in powers of 1000 and as 40 GiB in powers of 1024', () => {
    const decimal = decimalBytes(42_949_672_960);
    expect(decimal.unit).toBe('GB');
    expect(decimal.value).toBeCloseTo(42.949672960, 12);
    expect(binaryBytes(42_949_672_960)).toEqual({ value: 40, unit: 'GiB' });
  });

  it('keeps small counts in bytes and stops at the largest unit', () => {
    expect(decimalBytes(999)).toEqual({ value: 999, unit: 'B' });
    expect(binaryBytes(1536)).toEqual({ value: 1.5, unit: 'KiB' });
    expect(decimalBytes(5e15)).toEqual({ value: 5000, unit: 'TB' });
    expect(() => decimalBytes(-1)).toThrow(/finite number/);
  });

  it('weighs 70 billion parameters at 2 bytes each as 140 GB', () => {
    expect(weightBytes(70e9, 2)).toBe(140e9);
  });
});
