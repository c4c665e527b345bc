import { kvCacheMemory, type KvCacheShape, type KvMemory } from './kvMemory';

/** One option of the grouped-query comparison: a count of key/value heads and the cache it needs. */
export interface KvHeadOption {
  /** H_kv, key/value heads per layer. */
  kvHeads: number;
  /** H / H_kv: how many query heads read each key/value head. */
  queriesPerKvHead: number;
  /** The cache for this H_kv (the rest of the shape unchanged). */
  memory: KvMemory;
  /** This cache as a share of the cache with one key/value head per query head (H_kv = H). */
  shareOfFull: number;
}

/**
 * The KV cache of one model shape for several counts of key/value heads, next to the full multi-head cache. Each
 * count must divide the query heads evenly, since each key/value head serves an equal group of query heads.
 */
export function compareKvHeads(shape: KvCacheShape, queryHeads: number, kvHeadCounts: readonly number[]): KvHeadOption[] {
  const full = kvCacheMemory({ ...shape, kvHeads: queryHeads }).totalBytes;
  return kvHeadCounts.map((kvHeads) => {
    if (!Number.isInteger(kvHeads) || kvHeads < 1 || queryHeads % kvHeads !== 0) {
      throw new RangeError(`compareKvHeads: ${queryHeads} query heads cannot share ${kvHeads} key/value heads evenly`);
    }
    const memory = kvCacheMemory({ ...shape, kvHeads });
    return { kvHeads, queriesPerKvHead: queryHeads / kvHeads, memory, shareOfFull: memory.totalBytes / full };
  });
}
