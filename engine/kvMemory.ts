/** The shape that fixes how much memory a model's KV cache takes. */
export interface KvCacheShape {
  /** L: transformer blocks; each keeps its own keys and values. */
  layers: number;
  /** How many key/value heads each layer stores (fewer than query heads with grouped-query attention). */
  kvHeads: number;
  /** hs: numbers per key (and per value) in one head. */
  headSize: number;
  /** Tokens held in the cache: the context length when the cache is full. */
  contextLength: number;
  /** Bytes per stored number: 4 for float32, 2 for float16/bfloat16, 1 for 8-bit formats, 0.5 for 4-bit. */
  bytesPerValue: number;
  /** Sequences served at the same time; each keeps its own cache. */
  sequences: number;
}

/** How the memory of a KV cache adds up. */
export interface KvMemory {
  /** Numbers stored per token: 2 (key and value) · L · kvHeads · hs. */
  valuesPerToken: number;
  /** valuesPerToken · bytesPerValue. */
  bytesPerToken: number;
  /** bytesPerToken · contextLength: one full sequence. */
  bytesPerSequence: number;
  /** bytesPerSequence · sequences. */
  totalBytes: number;
  /** Numbers stored in all: valuesPerToken · contextLength · sequences (as many as a model with this many parameters). */
  totalValues: number;
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of at least 1 (got ${value})`);
}

/**
 * The memory a KV cache needs: 2 · L · kvHeads · hs · context · bytes · sequences. The factor 2 is one key and
 * one value per head per token per layer.
 */
export function kvCacheMemory(shape: KvCacheShape): KvMemory {
  requireCount('layers', shape.layers);
  requireCount('kvHeads', shape.kvHeads);
  requireCount('headSize', shape.headSize);
  requireCount('contextLength', shape.contextLength);
  requireCount('sequences', shape.sequences);
  if (!(shape.bytesPerValue > 0) || !Number.isFinite(shape.bytesPerValue)) {
    throw new RangeError(`bytesPerValue must be a positive number (got ${shape.bytesPerValue})`);
  }
  const valuesPerToken = 2 * shape.layers * shape.kvHeads * shape.headSize;
  const bytesPerToken = valuesPerToken * shape.bytesPerValue;
  const bytesPerSequence = bytesPerToken * shape.contextLength;
  const totalValues = valuesPerToken * shape.contextLength * shape.sequences;
  return { valuesPerToken, bytesPerToken, bytesPerSequence, totalBytes: bytesPerSequence * shape.sequences, totalValues };
}

/** Memory of the weights alone: parameters · bytes per value (for comparing with the cache). */
export function weightBytes(parameters: number, bytesPerValue: number): number {
  return parameters * bytesPerValue;
}

/** A named model shape for the calculator, with the parameter count its weights hold. */
export interface KvPreset {
  id: string;
  name: string;
  shape: KvCacheShape;
  /** Parameters of the whole model, for the size of its weights. */
  parameters: number;
}

/**
 * Shapes of real model families (published configurations): a 70B-class model with grouped-query attention
 * (80 layers, 64 query heads sharing 8 KV heads of size 128, as in Llama 2/3 70B), the same model if every query
 * head kept its own keys and values, and a 7B-class model with full multi-head attention (Llama 2 7B).
 */
export const KV_PRESETS: readonly KvPreset[] = [
  {
    id: '70b-gqa',
    name: '70B-class, grouped-query attention, 128K context',
    shape: { layers: 80, kvHeads: 8, headSize: 128, contextLength: 131072, bytesPerValue: 2, sequences: 1 },
    parameters: 70e9,
  },
  {
    id: '70b-mha',
    name: 'The same 70B model without grouping (64 KV heads)',
    shape: { layers: 80, kvHeads: 64, headSize: 128, contextLength: 131072, bytesPerValue: 2, sequences: 1 },
    parameters: 70e9,
  },
  {
    id: '7b-mha',
    name: '7B-class, 32 KV heads, 4K context',
    shape: { layers: 32, kvHeads: 32, headSize: 128, contextLength: 4096, bytesPerValue: 2, sequences: 1 },
    parameters: 7e9,
  },
];

/** A byte count in decimal units (kB, MB, GB, TB: powers of 1000) as a value and a unit, for display. */
export function decimalBytes(bytes: number): { value: number; unit: string } {
  return scaleBytes(bytes, 1000, ['B', 'kB', 'MB', 'GB', 'TB']);
}

/** A byte count in binary units (KiB, MiB, GiB, TiB: powers of 1024) as a value and a unit, for display. */
export function binaryBytes(bytes: number): { value: number; unit: string } {
  return scaleBytes(bytes, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB']);
}

function scaleBytes(bytes: number, base: number, units: readonly string[]): { value: number; unit: string } {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`a byte count must be a finite number ≥ 0 (got ${bytes})`);
  let value = bytes;
  let i = 0;
  while (value >= base && i < units.length - 1) {
    value /= base;
    i += 1;
  }
  return { value, unit: units[i] };
}
