import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../engine/random';
import {
  attentionPairs,
  bouncingBallFrames,
  extent,
  priceWalk,
  reverseOrder,
  sameOrder,
  sameTokens,
  sampleWave,
  sequentialSteps,
  tokensReadAfter,
  shuffleOrder,
  tokenizeWords,
  waveAt,
} from '../../engine/sequences';

describe('tokenizeWords', () => {
  it('splits words on spaces and keeps punctuation as its own token', () => {
    expect(tokenizeWords('Dog bites man.')).toEqual(['Dog', 'bites', 'man', '.']);
  });
  it('turns the chapter 1 sentence into ten tokens in reading order', () => {
    expect(tokenizeWords('The cat sat on the mat because it was tired')).toEqual([
      'The', 'cat', 'sat', 'on', 'the', 'mat', 'because', 'it', 'was', 'tired',
    ]);
  });
  it("keeps an apostrophe inside a word and handles letters outside English", () => {
    expect(tokenizeWords("don't  stop, café!")).toEqual(["don't", 'stop', ',', 'café', '!']);
  });
  it('gives no tokens for empty or blank text', () => {
    expect(tokenizeWords('')).toEqual([]);
    expect(tokenizeWords('   \n ')).toEqual([]);
  });
});

describe('reordering tokens', () => {
  it('reverses "dog bites man" into "man bites dog" without touching the original', () => {
    const original = ['dog', 'bites', 'man'];
    expect(reverseOrder(original)).toEqual(['man', 'bites', 'dog']);
    expect(original).toEqual(['dog', 'bites', 'man']);
  });
  it('shuffles by Fisher–Yates: a generator that always picks 0 turns a,b,c into b,c,a', () => {
    // i = 2 swaps with 0 → c,b,a; i = 1 swaps with 0 → b,c,a.
    const alwaysZero: Rng = { next: () => 0, uniform: (lo) => lo, gaussian: (m = 0) => m, int: () => 0 };
    expect(shuffleOrder(['a', 'b', 'c'], alwaysZero)).toEqual(['b', 'c', 'a']);
  });
  it('gives the same shuffle for the same seed, and always a rearrangement of the same items', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const first = shuffleOrder(items, createRng(7));
    expect(shuffleOrder(items, createRng(7))).toEqual(first);
    expect([...first].sort()).toEqual(items);
  });
  it('sees the same tokens in "man bites dog" but not the same order', () => {
    expect(sameTokens(['dog', 'bites', 'man'], ['man', 'bites', 'dog'])).toBe(true);
    expect(sameOrder(['dog', 'bites', 'man'], ['man', 'bites', 'dog'])).toBe(false);
    expect(sameOrder(['dog', 'bites'], ['dog', 'bites'])).toBe(true);
  });
  it('counts repeats: dog dog man and dog man man are different bags of tokens', () => {
    expect(sameTokens(['dog', 'dog', 'man'], ['dog', 'man', 'man'])).toBe(false);
    expect(sameTokens(['dog'], ['dog', 'dog'])).toBe(false);
  });
});

describe('sampling a sound', () => {
  it('measures a 1 Hz sine four times a second as 0, 1, 0, −1', () => {
    const { times, values } = sampleWave([{ frequency: 1, amplitude: 1 }], 4, 1);
    expect(times).toEqual([0, 0.25, 0.5, 0.75]);
    [0, 1, 0, -1].forEach((v, i) => expect(values[i]).toBeCloseTo(v, 12));
  });
  it('adds tones: sin(π/4) + 0.5·sin(π/2) at t = 1/8 for 1 Hz plus half-height 2 Hz', () => {
    const { values } = sampleWave([{ frequency: 1, amplitude: 1 }, { frequency: 2, amplitude: 0.5 }], 8, 1);
    expect(values[1]).toBeCloseTo(Math.SQRT1_2 + 0.5, 12);
  });
  it('shifts a tone by its phase: a quarter turn makes a sine start at its peak', () => {
    expect(waveAt([{ frequency: 3, amplitude: 2, phase: Math.PI / 2 }], 0)).toBeCloseTo(2, 12);
  });
  it('refuses a sample count that is not a positive whole number', () => {
    expect(() => sampleWave([], 0, 1)).toThrow(RangeError);
    expect(() => sampleWave([], 2.5, 1)).toThrow(RangeError);
    expect(() => sampleWave([], 4, 0)).toThrow(RangeError);
  });
});

describe('bouncingBallFrames', () => {
  it('moves the ball evenly across and lifts it on a sine arc for one bounce', () => {
    const frames = bouncingBallFrames(5, { startX: 0, endX: 100, floorY: 50, height: 40, bounces: 1 });
    expect(frames.map((f) => f.x)).toEqual([0, 25, 50, 75, 100]);
    // 50 − 40·sin(π/4) = 50 − 28.284… at a quarter and three quarters; 50 − 40 at the top.
    const expected = [50, 50 - 40 * Math.SQRT1_2, 10, 50 - 40 * Math.SQRT1_2, 50];
    frames.forEach((f, i) => expect(f.y).toBeCloseTo(expected[i], 12));
  });
  it('touches the floor between bounces', () => {
    const frames = bouncingBallFrames(5, { startX: 0, endX: 8, floorY: 30, height: 20, bounces: 2 });
    expect(frames[2].y).toBeCloseTo(30, 12);
    expect(frames[1].y).toBeCloseTo(10, 12);
  });
  it('needs at least two frames to show motion', () => {
    expect(() => bouncingBallFrames(1, { startX: 0, endX: 1, floorY: 1, height: 1, bounces: 1 })).toThrow(RangeError);
  });
});

describe('priceWalk', () => {
  it('grows by exactly the drift when there is no randomness: 100, 110, 121, 133.10', () => {
    expect(priceWalk(createRng(1), { start: 100, days: 4, drift: 0.1, volatility: 0 })).toEqual([100, 110, 121, 133.1]);
  });
  it('applies one normal draw per day: day 1 is start · (1 + drift + volatility · z₁)', () => {
    const z = createRng(42).gaussian();
    const prices = priceWalk(createRng(42), { start: 50, days: 2, drift: 0.001, volatility: 0.02 });
    expect(prices[1]).toBeCloseTo(Math.round(50 * (1 + 0.001 + 0.02 * z) * 100) / 100, 10);
  });
  it('repeats the same history for the same seed and differs for another seed', () => {
    const walk = { start: 100, days: 30, drift: 0, volatility: 0.02 };
    expect(priceWalk(createRng(3), walk)).toEqual(priceWalk(createRng(3), walk));
    expect(priceWalk(createRng(4), walk)).not.toEqual(priceWalk(createRng(3), walk));
  });
  it('keeps every price at one cent or more even with absurd volatility', () => {
    const prices = priceWalk(createRng(9), { start: 1, days: 200, drift: 0, volatility: 5 });
    expect(prices.every((p) => p >= 0.01 && Number.isFinite(p))).toBe(true);
  });
  it('refuses a non-positive start or day count', () => {
    expect(() => priceWalk(createRng(1), { start: 0, days: 3, drift: 0, volatility: 0 })).toThrow(RangeError);
    expect(() => priceWalk(createRng(1), { start: 1, days: 0, drift: 0, volatility: 0 })).toThrow(RangeError);
  });
});

describe('extent and step counts', () => {
  it('finds the smallest and largest value', () => {
    expect(extent([3, -1, 7, 2])).toEqual({ min: -1, max: 7 });
    expect(() => extent([])).toThrow(RangeError);
  });
  it('needs n steps in a row for an RNN and one step for attention', () => {
    expect(sequentialSteps('rnn', 7)).toBe(7);
    expect(sequentialSteps('attention', 7)).toBe(1);
    expect(sequentialSteps('attention', 0)).toBe(0);
  });
  it('scores every token against every token: 4 tokens make 16 pairs', () => {
    expect(attentionPairs(4)).toBe(16);
  });
});

describe('tokensReadAfter', () => {
  it('lets an RNN read one token per step and attention all tokens in its first step', () => {
    expect([0, 1, 2, 5, 9].map((k) => tokensReadAfter('rnn', 5, k))).toEqual([0, 1, 2, 5, 5]);
    expect([0, 1, 2].map((k) => tokensReadAfter('attention', 5, k))).toEqual([0, 5, 5]);
  });
});
