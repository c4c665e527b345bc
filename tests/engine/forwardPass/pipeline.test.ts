import { describe, expect, it } from 'vitest';
import { getRow, toRows } from '../../../engine/matrix';
import { mlpStep, SEED_PRINTED_H1_ON } from '../../../engine/forwardPass/mlp';
import { argmax, forwardPass } from '../../../engine/forwardPass/pipeline';
import { mul, norm, reference } from './reference';
import { SEED_PRINTED_ATTENTION_ON, SEED_WEIGHTS, withCell } from '../../../engine/forwardPass/weights';

function expectRows(actual: number[][], expected: number[][], digits = 12): void {
  actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], digits)));
}

describe('forwardPass on "the cat sat on" with the seed matrices', () => {
  const result = forwardPass();
  const ref = reference(SEED_WEIGHTS);

  it('adds position to token embeddings: x for "on" is (−0.2, 0.3, 0.5, 0.1), as the seed prints', () => {
    expect(result.ids).toEqual([0, 1, 2, 3]);
    [-0.2, 0.3, 0.5, 0.1].forEach((v, j) => expect(getRow(result.x, 3)[j]).toBeCloseTo(v, 14));
  });

  it('normalises "the" by hand: x = (0.3, −0.1, 0.8, 0.2), mean 0.3, variance 0.105', () => {
    const expected = [0, -0.4, 0.5, -0.1].map((d) => d / Math.sqrt(0.105 + 1e-5));
    expected.forEach((v, j) => expect(getRow(result.ln1, 0)[j]).toBeCloseTo(v, 12));
    expect(result.ln1Rows[0].mean).toBeCloseTo(0.3, 14);
    expect(result.ln1Rows[0].variance).toBeCloseTo(0.105, 14);
  });

  it('matches the hand-written reference at every stage', () => {
    expectRows(toRows(result.ln1), ref.ln1);
    expectRows(toRows(result.q), ref.q);
    expectRows(toRows(result.k), ref.k);
    expectRows(toRows(result.v), ref.v);
    expectRows(toRows(result.attention.weights), ref.weights);
    expectRows(toRows(result.attention.output), ref.attn);
    expectRows(toRows(result.attnOut), ref.attnOut);
    expectRows(toRows(result.h1), ref.h1);
    expectRows(toRows(result.mlpOut), ref.mlpOut);
    expectRows(toRows(result.h2), ref.h2);
    expectRows([Array.from(result.logits)], [ref.logits]);
    expectRows([Array.from(result.probs)], [ref.probs]);
    expect(result.loss).toBeCloseTo(ref.loss, 12);
  });

  it('masks the future: "the" sees only itself (weight 1) and hidden weights are exactly 0', () => {
    const w = toRows(result.attention.weights);
    expect(w[0]).toEqual([1, 0, 0, 0]);
    expect(w[1][2]).toBe(0);
    expect(w[2][3]).toBe(0);
    w.forEach((row) => expect(row.reduce((s, a) => s + a, 0)).toBeCloseTo(1, 14));
    expect(result.attention.scale).toBe(0.5);
  });

  it('gives "on" a true attention output far from the seed’s printed (0.14, 0.19, 0.22, 0.24)', () => {
    const onOut = getRow(result.attnOut, 3);
    ref.attnOut[3].forEach((v, j) => expect(onOut[j]).toBeCloseTo(v, 12));
    // Rounded: (−0.33, 0.05, 0.17, −0.31); the first and last entries even have the opposite sign.
    expect(Array.from(onOut, (v) => Number(v.toFixed(2)))).toEqual([-0.33, 0.05, 0.17, -0.31]);
    expect(Math.abs(onOut[3] - SEED_PRINTED_ATTENTION_ON[3])).toBeGreaterThan(0.5);
  });

  it('predicts "cat" (p ≈ 0.206) while the target "mat" gets p ≈ 0.160, a loss of ≈ 1.83 nats', () => {
    expect(result.prediction).toBe(1);
    expect(result.probs[1]).toBeCloseTo(ref.probs[1], 12);
    expect(result.probs[1]).toBeCloseTo(0.2058, 4);
    expect(result.probs[4]).toBeCloseTo(0.1602, 4);
    expect(result.loss).toBeCloseTo(-Math.log(result.probs[4]), 14);
  });

  it('reproduces the seed’s MLP output (0.04, 0.17, 0.09, −0.04) from the seed’s own h₁ for "on"', () => {
    const step = mlpStep(SEED_PRINTED_H1_ON, SEED_WEIGHTS.w1, SEED_WEIGHTS.w2);
    const hidden = mul([norm([...SEED_PRINTED_H1_ON])], SEED_WEIGHTS.w1)[0].map((a) => Math.max(0, a));
    const out = mul([hidden], SEED_WEIGHTS.w2)[0];
    out.forEach((v, j) => expect(step.out[j]).toBeCloseTo(v, 12));
    expect(Array.from(step.out, (v) => Number(v.toFixed(2)))).toEqual([0.04, 0.17, 0.09, -0.04]);
    // h₂ = h₁ + mlp_out = (−0.02, 0.66, 0.81, 0.30), as printed.
    expect(Array.from(step.h2, (v) => Number(v.toFixed(2)))).toEqual([-0.02, 0.66, 0.81, 0.3]);
  });

  it('runs the MLP of the pipeline through the same step as mlpStep', () => {
    const step = mlpStep(getRow(result.h1, 3), SEED_WEIGHTS.w1, SEED_WEIGHTS.w2);
    Array.from(step.out).forEach((v, j) => expect(getRow(result.mlpOut, 3)[j]).toBeCloseTo(v, 14));
  });
});

describe('forwardPass after an edit', () => {
  it('turns the prediction to "mat" when W_lm’s "mat" column favours h₂’s largest entry, as the logits say', () => {
    // h₂ for "on" has its largest entry in d2 (≈ 0.74); raising W_lm[2][mat] by 1 adds ≈ 0.74 to the "mat" logit.
    const before = forwardPass();
    const edited = withCell(SEED_WEIGHTS, 'wLm', 2, 4, 1.2);
    const after = forwardPass(edited);
    const h2on = getRow(before.h2, 3);
    expect(after.logits[4] - before.logits[4]).toBeCloseTo(h2on[2] * 1.0, 12);
    for (const j of [0, 1, 2, 3, 5]) expect(after.logits[j]).toBe(before.logits[j]);
    expect(after.prediction).toBe(4);
    expect(after.loss).toBeLessThan(before.loss);
    const ref = reference(edited);
    expect(after.loss).toBeCloseTo(ref.loss, 12);
  });

  it('leaves the first token’s vectors alone when "on"’s token embedding changes, because of the causal mask', () => {
    const before = forwardPass();
    const after = forwardPass(withCell(SEED_WEIGHTS, 'tokEmb', 3, 0, 2));
    expect(toRows(after.h2).slice(0, 3)).toEqual(toRows(before.h2).slice(0, 3));
    expect(getRow(after.h2, 3)).not.toEqual(getRow(before.h2, 3));
  });

  it('refuses a word outside the vocabulary', () => {
    expect(() => forwardPass(SEED_WEIGHTS, ['the', 'bird'])).toThrow(/"bird" is not in the vocabulary/);
  });

  it('argmax picks the first of equal maxima', () => {
    expect(argmax([1, 3, 3, 2])).toBe(1);
  });
});
