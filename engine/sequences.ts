import type { Rng } from './random';

// Chapter 0 turns four kinds of data into sequences. Each function here makes one of them from stated
// inputs (a sentence, a formula, a seed), so every number the page shows can be traced back to a rule.

/** Splits text into word and punctuation tokens, keeping their order: "Dog bites man." → Dog, bites, man, "." */
export function tokenizeWords(text: string): string[] {
  // A word is a run of letters, digits or apostrophes; any other visible character is a token of its own.
  return text.match(/[\p{L}\p{N}']+|[^\s\p{L}\p{N}']/gu) ?? [];
}

/** The same items in the opposite order (a new array). */
export function reverseOrder<T>(items: readonly T[]): T[] {
  return [...items].reverse();
}

/** A seeded Fisher–Yates shuffle: every order is equally likely, and the same seed gives the same order. */
export function shuffleOrder<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** True when two token lists hold the same tokens the same number of times, whatever their order. */
export function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  for (const token of b) {
    const left = counts.get(token);
    if (!left) return false;
    counts.set(token, left - 1);
  }
  return true;
}

/** True when two token lists are equal position by position. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((token, i) => token === b[i]);
}

/** One pure tone inside a sound: amplitude · sin(2π · frequency · t + phase). */
export interface Tone {
  /** Cycles per second (Hz). */
  frequency: number;
  /** Peak height of this tone. */
  amplitude: number;
  /** Starting angle in radians (0 when omitted). */
  phase?: number;
}

/** The height of a sum of tones at time t (seconds). */
export function waveAt(tones: readonly Tone[], t: number): number {
  let sum = 0;
  for (const { frequency, amplitude, phase = 0 } of tones) sum += amplitude * Math.sin(2 * Math.PI * frequency * t + phase);
  return sum;
}

/** Samples of a sound: its height measured `count` times, evenly spaced over `duration` seconds. */
export interface Sampled {
  /** When each sample was taken (seconds): t_i = i · duration / count. */
  times: number[];
  /** The wave's height at each of those times. */
  values: number[];
}

/** Measures a sum of tones at `count` evenly spaced moments in [0, duration): what a microphone's converter does. */
export function sampleWave(tones: readonly Tone[], count: number, duration: number): Sampled {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('sampleWave: count must be a positive integer');
  if (!(duration > 0)) throw new RangeError('sampleWave: duration must be positive');
  const times: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = (i * duration) / count;
    times.push(t);
    values.push(waveAt(tones, t));
  }
  return { times, values };
}

/** Where a bouncing ball sits in one video frame (in the frame's own units, y measured down from the top). */
export interface BallPosition {
  x: number;
  y: number;
}

/** The ball's path: it rolls from `startX` to `endX` while bouncing `bounces` times off the floor. */
export interface BouncePath {
  startX: number;
  endX: number;
  /** The floor: the ball's y when it touches down. */
  floorY: number;
  /** How far above the floor the top of each bounce reaches. */
  height: number;
  bounces: number;
}

/**
 * The ball's position in each of `count` frames, from the first moment (frame 0) to the last (frame count−1).
 * Each bounce is an arc y = floor − height·sin(π·u), with u the fraction of that bounce completed.
 */
export function bouncingBallFrames(count: number, path: BouncePath): BallPosition[] {
  if (!Number.isInteger(count) || count < 2) throw new RangeError('bouncingBallFrames: need at least 2 frames');
  const frames: BallPosition[] = [];
  for (let i = 0; i < count; i++) {
    const s = i / (count - 1); // fraction of the clip elapsed
    const phase = s * path.bounces;
    const u = phase - Math.floor(phase);
    frames.push({
      x: path.startX + s * (path.endX - path.startX),
      y: path.floorY - path.height * Math.abs(Math.sin(Math.PI * u)),
    });
  }
  return frames;
}

/** Settings of a made-up price history: a random walk where each day's change is a percentage. */
export interface PriceWalk {
  /** Price on day 0. */
  start: number;
  /** Number of prices returned (day 0 included). */
  days: number;
  /** Average daily change as a fraction (0.001 = +0.1% a day). */
  drift: number;
  /** Spread of the daily change as a fraction (0.02 = a typical move of 2%). */
  volatility: number;
}

/**
 * A price series: p₀ = start, pₜ₊₁ = pₜ · (1 + drift + volatility · z) with z a standard normal draw from `rng`.
 * A daily fall worse than −99% is clipped so the price stays positive; each price is shown rounded to cents,
 * never below one cent.
 */
export function priceWalk(rng: Rng, walk: PriceWalk): number[] {
  if (!Number.isInteger(walk.days) || walk.days < 1) throw new RangeError('priceWalk: days must be a positive integer');
  if (!(walk.start > 0)) throw new RangeError('priceWalk: start must be positive');
  const prices = [roundToCents(walk.start)];
  let price = walk.start;
  for (let day = 1; day < walk.days; day++) {
    const change = Math.max(-0.99, walk.drift + walk.volatility * rng.gaussian());
    price *= 1 + change;
    prices.push(roundToCents(price));
  }
  return prices;
}

function roundToCents(value: number): number {
  return Math.max(0.01, Math.round(value * 100) / 100);
}

/** The smallest and largest value of a non-empty series, for scaling a chart and describing it in words. */
export function extent(values: readonly number[]): { min: number; max: number } {
  if (values.length === 0) throw new RangeError('extent: empty series');
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** How many steps must run one after another to read n tokens: an RNN needs n, attention needs 1. */
export function sequentialSteps(model: 'rnn' | 'attention', n: number): number {
  return model === 'rnn' ? n : n > 0 ? 1 : 0;
}

/** How many token pairs attention scores in its one step: every token with every token, n · n. */
export function attentionPairs(n: number): number {
  return n * n;
}

/** How many of n tokens a model has taken in after `steps` steps: an RNN one per step, attention all n in its first. */
export function tokensReadAfter(model: 'rnn' | 'attention', n: number, steps: number): number {
  if (steps <= 0) return 0;
  return model === 'rnn' ? Math.min(steps, n) : n;
}
