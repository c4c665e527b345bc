import { allocFloats, hasMlp, type Floats } from './config';
import type { GptModel } from './forward';
import { checkTokens } from './forward';
import { addBias, geluForward, layerNormForward } from './kernels';
import { matmul } from './matmul';

/** Work done so far, in FLOPs (2 per multiply-add), with the cache and as full recomputation would have cost. */
export interface KvCacheStats {
  tokens: number;
  flopsWithCache: number;
  flopsWithoutCache: number;
}

/** Keys and values of every position seen so far, per layer, so each new token costs one row of work. */
export interface KvCache {
  model: GptModel;
  /** keys[layer] and values[layer] are (T, C); rows 0 … length − 1 are filled. */
  keys: Floats[];
  values: Floats[];
  length: number;
  stats: KvCacheStats;
  scratch: Record<'x' | 'norm' | 'mean' | 'rstd' | 'qkv' | 'ctx' | 'mid' | 'fc' | 'tanh' | 'act' | 'logits', Floats>;
}

/** An empty cache for a model. */
export function createKvCache(model: GptModel): KvCache {
  const { contextLength: T, width: C, layers: L, vocabSize: V, dtype } = model.config;
  const f = (n: number) => allocFloats(dtype, n);
  return {
    model, length: 0, stats: { tokens: 0, flopsWithCache: 0, flopsWithoutCache: 0 },
    keys: Array.from({ length: L }, () => f(T * C)), values: Array.from({ length: L }, () => f(T * C)),
    scratch: {
      x: f(C), norm: f(C), mean: f(1), rstd: f(1), qkv: f(3 * C), ctx: f(C), mid: f(C),
      fc: f(4 * C), tanh: f(4 * C), act: f(4 * C), logits: f(V),
    },
  };
}

/** Forgets every stored position (the statistics too). */
export function resetKvCache(cache: KvCache): void {
  cache.length = 0;
  cache.stats = { tokens: 0, flopsWithCache: 0, flopsWithoutCache: 0 };
}

/**
 * Feeds one more token: computes its query, key and value only, attends over the cached keys and values, and
 * returns the logits (length V) for the token after it: the same numbers a full forward pass gives at that position.
 */
export function appendToken(cache: KvCache, token: number): Float64Array {
  const { config, params } = cache.model;
  const { contextLength: T, width: C, heads: H, vocabSize: V, layers: L, layerNormEpsilon: eps } = config;
  if (cache.length >= T) throw new RangeError(`the cache is full (${T} positions); reset it to continue`);
  checkTokens([token], V);
  const s = cache.scratch;
  const pos = cache.length;
  for (let c = 0; c < C; c++) s.x[c] = params.tokenEmbedding[token * C + c] + params.positionEmbedding[pos * C + c];
  const hs = C / H;
  const scale = 1 / Math.sqrt(hs);
  const weights = new Float64Array(pos + 1);
  for (let l = 0; l < L; l++) {
    const p = params.layers[l];
    const keys = cache.keys[l];
    const values = cache.values[l];
    layerNormForward(s.norm, s.mean, s.rstd, s.x, p.ln1Gain, p.ln1Bias, 1, C, eps);
    // (1, C) x (C, 3C) -> (1, 3C); the new key and value join the cache at row pos
    matmul(s.qkv, s.norm, p.qkvWeight, 1, C, 3 * C);
    addBias(s.qkv, p.qkvBias, 1, 3 * C);
    for (let c = 0; c < C; c++) { keys[pos * C + c] = s.qkv[C + c]; values[pos * C + c] = s.qkv[2 * C + c]; }
    s.ctx.fill(0);
    for (let h = 0; h < H; h++) {
      let max = -Infinity;
      for (let j = 0; j <= pos; j++) {
        let dot = 0;
        for (let e = 0; e < hs; e++) dot += s.qkv[h * hs + e] * keys[j * C + h * hs + e];
        weights[j] = dot * scale;
        if (weights[j] > max) max = weights[j];
      }
      let sum = 0;
      for (let j = 0; j <= pos; j++) { weights[j] = Math.exp(weights[j] - max); sum += weights[j]; }
      for (let j = 0; j <= pos; j++) {
        const w = weights[j] / sum;
        for (let e = 0; e < hs; e++) s.ctx[h * hs + e] += w * values[j * C + h * hs + e];
      }
    }
    matmul(s.mid, s.ctx, p.projWeight, 1, C, C);
    for (let c = 0; c < C; c++) s.mid[c] += s.x[c] + p.projBias[c];
    // an attention-only block ends here: its output is the residual stream after attention
    if (!hasMlp(config)) { s.x.set(s.mid); continue; }
    layerNormForward(s.norm, s.mean, s.rstd, s.mid, p.ln2Gain, p.ln2Bias, 1, C, eps);
    matmul(s.fc, s.norm, p.fcWeight, 1, C, 4 * C);
    addBias(s.fc, p.fcBias, 1, 4 * C);
    geluForward(s.act, s.tanh, s.fc, 4 * C);
    matmul(s.x, s.act, p.outWeight, 1, 4 * C, C);
    for (let c = 0; c < C; c++) s.x[c] += s.mid[c] + p.outBias[c];
  }
  layerNormForward(s.norm, s.mean, s.rstd, s.x, params.finalGain, params.finalBias, 1, C, eps);
  matmul(s.logits, s.norm, params.headWeight, 1, C, V);
  cache.length = pos + 1;
  const n = pos + 1;
  cache.stats.tokens = n;
  cache.stats.flopsWithCache += cachedTokenFlops(C, L, V, n);
  cache.stats.flopsWithoutCache += recomputeFlops(C, L, V, n);
  return Float64Array.from(s.logits);
}

/** FLOPs to process the n-th token with a cache: L·(24C² + 4Cn) + 2CV (one query against n keys and values). */
export function cachedTokenFlops(C: number, L: number, V: number, n: number): number {
  return L * (24 * C * C + 4 * C * n) + 2 * C * V;
}

/** FLOPs to get the n-th token's logits by re-running all n positions (causal triangle only): L·(24nC² + 2Cn(n+1)) + 2nCV. */
export function recomputeFlops(C: number, L: number, V: number, n: number): number {
  return L * (24 * n * C * C + 2 * C * n * (n + 1)) + 2 * n * C * V;
}
