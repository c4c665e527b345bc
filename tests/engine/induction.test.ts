import { describe, expect, it } from 'vitest';
import {
  buildInductionModel,
  INDUCTION_CONFIG,
  readStream,
  rowsOnStripe,
  repeatedSequence,
  runInductionModel,
  scoreRepeat,
  START_TOKEN,
  stripeOffsets,
} from '../../engine/induction';
import { toRows } from '../../engine/matrix';

const model = buildInductionModel();
const S = INDUCTION_CONFIG.vocab + 1;

describe('the constructed induction model', () => {
  // Start token, then 3 1 4 and 3 1 4 again: positions 0 … 6.
  const tokens = [START_TOKEN, 3, 1, 4, 3, 1, 4];
  const run = runInductionModel(model, tokens);

  it('has a residual stream of 3 blocks of V + 1 symbols and one slot per position', () => {
    expect(model.width).toBe(3 * 17 + 25);
  });

  it('puts layer 1 almost all on the previous position: weight 1 / (1 + i·e⁻²⁰) in row i', () => {
    const w = toRows(run.previousWeights);
    for (let i = 1; i < tokens.length; i++) {
      // Row i sees keys 0 … i: the match scores 20, the i others score 0.
      expect(w[i][i - 1]).toBeCloseTo(1 / (1 + i * Math.exp(-20)), 12);
    }
    expect(w[0][0]).toBe(1); // the start token can only see itself
  });

  it('writes the previous token into the PREVIOUS block of the stream without touching the embedding', () => {
    const x1 = toRows(run.streams.afterLayer1);
    // Position 4 holds token 3; the token before it is 4.
    expect(x1[4][3]).toBe(1); // TOKEN block unchanged
    expect(x1[4][S + 4]).toBeCloseTo(1 / (1 + 4 * Math.exp(-20)), 12); // PREVIOUS block: token 4
    expect(x1[4][S + 3]).toBeCloseTo(0, 8);
  });

  it('makes the induction head look from each second-copy token to the token after its first copy (offset 2)', () => {
    const w = toRows(run.inductionWeights);
    // Position 4 (token 3): the token before position 2 is 3, so it looks at position 2 (token 1).
    expect(w[4][2]).toBeGreaterThan(0.999);
    expect(w[5][3]).toBeGreaterThan(0.999); // token 1 → after the earlier 1 comes position 3 (token 4)
    expect(stripeOffsets(run.inductionWeights).slice(4)).toEqual([2, 2, 2]);
  });

  it('counts the rows on a stripe: rows 4, 5 and 6 all sit 2 back in the induction head, 1 back in layer 1', () => {
    expect(rowsOnStripe(run.inductionWeights, [4, 5, 6], 2)).toBe(3);
    expect(rowsOnStripe(run.previousWeights, [4, 5, 6], 1)).toBe(3);
    expect(rowsOnStripe(run.inductionWeights, [4, 5, 6], 1)).toBe(0);
  });

  it('predicts the next token of the repeat: 1 after 3, 4 after 1', () => {
    expect(run.predictions[4]).toBe(1);
    expect(run.predictions[5]).toBe(4);
    expect(run.probabilities[4][1]).toBeGreaterThan(0.99);
  });

  it('scores only the positions whose next token lies in the second copy', () => {
    const score = scoreRepeat(run, 3, INDUCTION_CONFIG.vocab);
    expect(score.positions).toEqual([4, 5]);
    expect(score.correct).toBe(2);
    expect(score.accuracy).toBe(1);
    expect(score.chance).toBe(1 / 16);
  });

  it('splits its attention when a token occurred twice in the first copy, and may then guess wrong', () => {
    // 2 5 2 7 | 2 5 2 7: at position 5 (token 2) both "5" (position 2) and "7" (position 4) followed a 2 before.
    const twice = runInductionModel(model, [START_TOKEN, 2, 5, 2, 7, 2, 5, 2, 7]);
    const w = toRows(twice.inductionWeights);
    expect(w[5][2]).toBeCloseTo(0.5, 6);
    expect(w[5][4]).toBeCloseTo(0.5, 6);
  });
});

describe('repeatedSequence', () => {
  it('is the start token, then the same random half twice, with ids from 1 to V', () => {
    const seq = repeatedSequence(5, 16, 42);
    expect(seq).toHaveLength(11);
    expect(seq[0]).toBe(START_TOKEN);
    expect(seq.slice(1, 6)).toEqual(seq.slice(6));
    expect(seq.slice(1).every((t) => t >= 1 && t <= 16)).toBe(true);
    expect(repeatedSequence(5, 16, 42)).toEqual(seq);
  });

  it('refuses a repeat length that is not a whole number of at least 1', () => {
    expect(() => repeatedSequence(0, 16, 1)).toThrow(/repeat/);
  });
});

describe('the induction model on random repeated sequences', () => {
  it('predicts far more of the repeat than chance (1/16 = 6.25%) over 100 seeds of every length 2 … 12', () => {
    let correct = 0;
    let total = 0;
    for (let repeat = 2; repeat <= 12; repeat++) {
      for (let seed = 1; seed <= 100; seed++) {
        const run = runInductionModel(model, repeatedSequence(repeat, 16, seed));
        const score = scoreRepeat(run, repeat, 16);
        correct += score.correct;
        total += score.positions.length;
      }
    }
    expect(correct / total).toBeGreaterThan(0.8);
  });

  it('predicts 92% of the repeat at length 5 and 76% at length 12 over 1,000 draws, as chapter 10 says', () => {
    const accuracy = (repeat: number) => {
      let correct = 0;
      let total = 0;
      for (let seed = 1; seed <= 1000; seed++) {
        const score = scoreRepeat(runInductionModel(model, repeatedSequence(repeat, 16, seed)), repeat, 16);
        correct += score.correct;
        total += score.positions.length;
      }
      return correct / total;
    };
    expect(Math.round(accuracy(5) * 100)).toBe(92);
    expect(Math.round(accuracy(12) * 100)).toBe(76);
  });

  it('draws its stripe at offset repeat − 1 in every second-copy row whose token appeared once before', () => {
    const repeat = 5;
    for (let seed = 1; seed <= 20; seed++) {
      const tokens = repeatedSequence(repeat, 16, seed);
      const offsets = stripeOffsets(runInductionModel(model, tokens).inductionWeights);
      for (let i = repeat + 1; i < tokens.length; i++) {
        const earlier = tokens.slice(1, i).filter((t) => t === tokens[i]).length;
        if (earlier === 1) expect(offsets[i]).toBe(repeat - 1);
      }
    }
  });

  it('guesses little better than chance in the first copy, where nothing has repeated yet', () => {
    // Guessing from nothing: over many seeds the first copy's accuracy stays near 1/16, far below the repeat's.
    let correct = 0;
    let total = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const tokens = repeatedSequence(8, 16, seed);
      const run = runInductionModel(model, tokens);
      for (let i = 1; i < 8; i++) {
        total += 1;
        if (run.predictions[i] === tokens[i + 1]) correct += 1;
      }
    }
    expect(correct / total).toBeLessThan(0.25);
  });

  it('refuses a sequence longer than its position table', () => {
    expect(() => runInductionModel(model, new Array(26).fill(1))).toThrow(/position table/);
  });
});

describe('readStream', () => {
  const tokens = [START_TOKEN, 3, 1, 4, 3, 1, 4];
  const run = runInductionModel(model, tokens);

  it('shows each layer adding its block while the earlier blocks stay as they were', () => {
    // Position 5 holds token 1; the token before it is 3; after the earlier "3 1" came 4.
    const embedded = readStream(model, run.streams.embedded, 5);
    expect(embedded.map((r) => [r.block, r.top, r.total])).toEqual([
      ['token', 1, 1],
      ['previous', 0, 0],
      ['copied', 0, 0],
      ['position', 5, 1],
    ]);
    const after1 = readStream(model, run.streams.afterLayer1, 5);
    expect(after1[0]).toEqual(embedded[0]);
    expect(after1[1].top).toBe(3);
    expect(after1[1].value).toBeCloseTo(1, 6);
    expect(after1[2].total).toBe(0);
    const after2 = readStream(model, run.streams.afterLayer2, 5);
    expect(after2[1]).toEqual(after1[1]);
    expect(after2[2].top).toBe(4);
    expect(after2[2].value).toBeGreaterThan(0.999);
  });

  it('refuses a position outside the sequence', () => {
    expect(() => readStream(model, run.streams.embedded, 7)).toThrow(/outside/);
  });
});
