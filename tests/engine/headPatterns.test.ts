import { describe, expect, it } from 'vitest';
import { getRow, toRows } from '../../engine/matrix';
import {
  embedTokens,
  HEAD_JOBS,
  MATCH_SCORE,
  patternWeights,
  runPatternHeads,
  strongestKeys,
  vocabularyOf,
} from '../../engine/headPatterns';

const TOKENS = ['The', 'cat', 'sat', 'on', 'the', 'mat', 'and', 'the', 'cat', 'slept'];
const FEATURES = { cat: { alive: true }, sat: { needsSubject: true }, slept: { needsSubject: true } };
const e8 = Math.exp(MATCH_SCORE);

describe('embedTokens', () => {
  it('gives each token its position, its word and its features as ones in fixed channels', () => {
    const x = embedTokens(TOKENS, FEATURES);
    expect([x.rows, x.cols]).toEqual([10, 64]);
    const cat = Array.from(getRow(x, 1));
    const ones = cat.flatMap((v, c) => (v === 1 ? [c] : []));
    // position 1, word "cat" (second distinct word → channel 17), bias 32, alive 33
    expect(ones).toEqual([1, 17, 32, 33]);
    expect(cat.reduce((a, b) => a + b, 0)).toBe(4);
  });
  it('treats "The" and "the" as the same word', () => {
    expect(vocabularyOf(TOKENS)).toEqual(['the', 'cat', 'sat', 'on', 'mat', 'and', 'slept']);
  });
  it('refuses more tokens than the one-hot blocks hold', () => {
    expect(() => embedTokens(Array.from({ length: 17 }, (_, i) => `w${i}`), {})).toThrow('at most 16 tokens');
  });
});

describe('runPatternHeads', () => {
  const result = runPatternHeads(TOKENS, FEATURES);
  const weights = result.heads.map((h) => toRows(h.weights));
  const head = (job: (typeof HEAD_JOBS)[number]) => weights[HEAD_JOBS.indexOf(job)];

  it('runs four heads of size 16 with a causal mask: nothing above the diagonal', () => {
    expect(result.heads).toHaveLength(4);
    expect(result.heads.map((h) => [h.q.rows, h.q.cols])).toEqual(Array(4).fill([10, 16]));
    for (const w of weights) for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) expect(w[i][j]).toBe(0);
  });

  it('previous-token head: token 3 scores 8 on token 2 and 0 on the other 3 it sees, so e⁸/(e⁸ + 3)', () => {
    const w = head('previous');
    expect(w[3][2]).toBeCloseTo(e8 / (e8 + 3), 12);
    expect(w[3][0]).toBeCloseTo(1 / (e8 + 3), 12);
    expect(w[0][0]).toBe(1); // the first token has nothing before it and sees only itself
    expect(toRows(result.heads[0].scaledScores)[3]).toEqual([0, 0, MATCH_SCORE, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('same-word head: the second "the" (token 4) splits its weight between token 0 and itself', () => {
    const w = head('same-word');
    expect(w[4][0]).toBeCloseTo(e8 / (2 * e8 + 3), 12);
    expect(w[4][4]).toBeCloseTo(e8 / (2 * e8 + 3), 12);
    // The third "the" (7) matches 0, 4 and 7 among 8 visible tokens.
    expect(w[7][4]).toBeCloseTo(e8 / (3 * e8 + 5), 12);
    // "mat" appears once, so it matches only itself among 6 visible tokens.
    expect(w[5][5]).toBeCloseTo(e8 / (e8 + 5), 12);
  });

  it('first-token head: every token puts e⁸/(e⁸ + i) of its weight on token 0', () => {
    const w = head('first');
    for (let i = 0; i < 10; i++) expect(w[i][0]).toBeCloseTo(e8 / (e8 + i), 12);
  });

  it('subject head: "slept" (9) looks for living things and splits between the two cats; others spread evenly', () => {
    const w = head('subject');
    expect(w[9][1]).toBeCloseTo(e8 / (2 * e8 + 8), 12);
    expect(w[9][8]).toBeCloseTo(e8 / (2 * e8 + 8), 12);
    expect(w[2][1]).toBeCloseTo(e8 / (e8 + 2), 12); // "sat" sees The, cat, sat
    w[3].slice(0, 4).forEach((v) => expect(v).toBeCloseTo(1 / 4, 12)); // "on" asks nothing: 1/4 each
  });

  it('values carry the word identity, so a head output says which words it gathered', () => {
    // Head 0 (previous token), token 3 "on": mostly "sat" (word 2), which sits in column 2 of the head's output.
    const out = toRows(result.heads[0].output)[3];
    expect(out[2]).toBeCloseTo(e8 / (e8 + 3), 12);
    expect(out[0]).toBeCloseTo(1 / (e8 + 3), 12); // "The" (word 0)
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('has an identity W_O, so the output is the heads side by side', () => {
    expect(toRows(result.output)).toEqual(toRows(result.concat));
    const { wQ } = patternWeights();
    expect([wQ.rows, wQ.cols]).toEqual([64, 64]);
  });
});

describe('strongestKeys', () => {
  it('names the key with the most weight, the earliest on a tie', () => {
    const result = runPatternHeads(TOKENS, FEATURES);
    const prev = strongestKeys(result.heads[0].weights);
    expect(prev.map((s) => s.key)).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(prev[0].weight).toBe(1);
    const subject = strongestKeys(result.heads[3].weights);
    expect(subject[9].key).toBe(1);
    expect(subject[3].key).toBe(0);
  });
});
