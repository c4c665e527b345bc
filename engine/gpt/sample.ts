import type { Rng } from '../random';
import type { GptModel } from './forward';
import { appendToken, createKvCache, resetKvCache } from './kvcache';

/** How the next token is picked from the logits. */
export interface SamplingOptions {
  /** Divides the logits before softmax: below 1 sharpens, above 1 flattens. Must be > 0. */
  temperature?: number;
  /** Keep only the k most likely tokens (0 or undefined keeps all). */
  topK?: number;
  /** Always take the most likely token (the lowest id on a tie); ignores temperature, topK and the generator. */
  greedy?: boolean;
}

/** The probabilities sampling would use: softmax(logits / temperature), zero outside the top k. */
export function samplingDistribution(logits: ArrayLike<number>, options: SamplingOptions = {}): Float64Array {
  const { temperature = 1, topK = 0 } = options;
  if (!(temperature > 0) || !Number.isFinite(temperature)) throw new RangeError('temperature must be a positive number');
  if (!Number.isInteger(topK) || topK < 0) throw new RangeError('topK must be a whole number ≥ 0');
  const V = logits.length;
  const keep = new Uint8Array(V).fill(1);
  if (topK > 0 && topK < V) {
    const order = Array.from({ length: V }, (_, i) => i).sort((a, b) => logits[b] - logits[a] || a - b);
    keep.fill(0);
    for (let r = 0; r < topK; r++) keep[order[r]] = 1;
  }
  let max = -Infinity;
  for (let i = 0; i < V; i++) if (keep[i] && logits[i] / temperature > max) max = logits[i] / temperature;
  const probs = new Float64Array(V);
  let sum = 0;
  for (let i = 0; i < V; i++) {
    if (!keep[i]) continue;
    probs[i] = Math.exp(logits[i] / temperature - max);
    sum += probs[i];
  }
  for (let i = 0; i < V; i++) probs[i] /= sum;
  return probs;
}

/** Picks the next token id: greedy, or a draw from the (temperature, top-k) distribution with a seeded generator. */
export function sampleToken(logits: ArrayLike<number>, options: SamplingOptions, rng: Rng): number {
  if (options.greedy) {
    let best = 0;
    for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
    return best;
  }
  const probs = samplingDistribution(logits, options);
  const u = rng.next();
  let cumulative = 0;
  let last = 0;
  for (let i = 0; i < probs.length; i++) {
    if (probs[i] === 0) continue;
    cumulative += probs[i];
    last = i;
    if (u < cumulative) return i;
  }
  return last; // rounding left the total a hair under 1
}

/**
 * Continues a prompt by count tokens, feeding the model its own output through a KV cache. When the context is
 * full, the cache restarts from the latest contextLength − 1 tokens. stopToken, if given, ends generation early.
 */
export function generate(
  model: GptModel, prompt: readonly number[], count: number, options: SamplingOptions, rng: Rng, stopToken?: number,
): number[] {
  if (prompt.length === 0) throw new RangeError('generation needs a prompt of at least one token');
  const T = model.config.contextLength;
  const cache = createKvCache(model);
  const sequence = [...prompt];
  let logits: Float64Array = new Float64Array(0);
  for (const token of sequence.slice(-T)) logits = appendToken(cache, token);
  const produced: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = sampleToken(logits, options, rng);
    produced.push(next);
    sequence.push(next);
    if (next === stopToken) break;
    if (cache.length === T) {
      resetKvCache(cache);
      for (const token of sequence.slice(sequence.length - T, sequence.length - 1)) appendToken(cache, token);
    }
    logits = appendToken(cache, next);
  }
  return produced;
}
