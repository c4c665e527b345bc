/** A seeded pseudo-random generator: the same seed always gives the same sequence. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform float in [low, high). */
  uniform(low: number, high: number): number;
  /** Normal draw with the given mean and standard deviation (Box–Muller). */
  gaussian(mean?: number, std?: number): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (low, high) => low + (high - low) * next(),
    int: (n) => Math.floor(next() * n),
    gaussian(mean = 0, std = 1) {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return mean + std * value;
      }
      // 1 - next() keeps the logarithm's argument in (0, 1].
      const u = 1 - next();
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spare = radius * Math.sin(2 * Math.PI * v);
      return mean + std * radius * Math.cos(2 * Math.PI * v);
    },
  };
}

/**
 * Draws an index i with probability probabilities[i] (they need not sum exactly to 1; they are used in proportion).
 * One uniform draw u is walked along the running total, so the same generator state always picks the same index.
 */
export function sampleIndex(probabilities: ArrayLike<number>, rng: Rng): number {
  let total = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (!(p >= 0) || p === Infinity) throw new RangeError(`sampleIndex: weight ${i} is ${p}, not a finite number ≥ 0`);
    total += p;
  }
  if (!(total > 0)) throw new RangeError('sampleIndex: the weights sum to 0, so there is nothing to draw');
  const target = rng.next() * total;
  let running = 0;
  let last = 0;
  for (let i = 0; i < probabilities.length; i++) {
    if (probabilities[i] === 0) continue;
    running += probabilities[i];
    last = i;
    if (target < running) return i;
  }
  // Rounding can leave the running total a hair short of `total`; the last index with weight takes that sliver.
  return last;
}
