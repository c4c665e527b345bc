import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mlpStep, SEED_PRINTED_H1_ON, SEED_PRINTED_MLP_ON } from '../../../engine/forwardPass/mlp';
import { forwardPass } from '../../../engine/forwardPass/pipeline';
import { SEED_PRINTED_ATTENTION_ON, SEED_WEIGHTS, withCell } from '../../../engine/forwardPass/weights';
import { layerNorm } from '../../../engine/layernorm';
import { getRow, toRows } from '../../../engine/matrix';

const read = (file: string) => readFileSync(path.resolve(process.cwd(), 'content/forward-pass', file), 'utf8');
const lesson1 = read('01-tokens-and-embeddings.mdx');
const lesson2 = read('02-attention.mdx');
const lesson3 = read('03-mlp-and-prediction.mdx');

/** A vector as the prose writes it in math: "(a, b, …)" with a hyphen-minus and fixed decimals. */
const tex = (values: ArrayLike<number>, decimals: number) =>
  `(${Array.from(values, (v) => {
    const t = v.toFixed(decimals);
    return Number(t) === 0 ? (0).toFixed(decimals) : t;
  }).join(', ')})`;
/** The same vector with a true minus sign, as plain prose and callouts write it. */
const prose = (values: ArrayLike<number>, decimals: number) => tex(values, decimals).replace(/-/g, '−');

const result = forwardPass();
const ON = 3;

describe('the forward-pass lessons quote what the engine computes', () => {
  it('lesson 1: LN₁ of "the" and x for "on"', () => {
    expect(lesson1).toContain(tex(getRow(result.ln1, 0), 3).replace('(0.000', '(0'));
    expect(lesson1).toContain(`x_{\\text{on}} = ${tex(getRow(result.x, ON), 1)}`);
    expect(result.ln1Rows[0].variance.toFixed(3)).toBe('0.105');
    expect(lesson1).toContain('\\sigma^2 = (0 + 0.16 + 0.25 + 0.01)/4 = 0.105');
  });

  it('lesson 2: scores, scaled scores, weights, weighted sum, attention output and h₁ for "on"', () => {
    const scores = result.attention;
    expect(lesson2).toContain(tex(getRow(result.ln1, ON), 3));
    expect(lesson2).toContain(tex(getRow(scores.rawScores, ON), 3));
    expect(lesson2).toContain(tex(getRow(scores.scaledScores, ON), 3));
    expect(lesson2).toContain(tex(getRow(scores.weights, ON), 3));
    expect(lesson2).toContain(tex(getRow(scores.output, ON), 3));
    expect(lesson2).toContain(tex(getRow(result.attnOut, ON), 2));
    expect(lesson2).toContain(`= ${tex(getRow(result.h1, ON), 2)}$`);
    expect(lesson2).toContain(prose(getRow(result.attnOut, ON), 2));
    expect(lesson2).toContain(prose(SEED_PRINTED_ATTENTION_ON, 2));
  });

  it('lesson 3: the MLP for "on", the seed check, the logits, the probabilities and the loss', () => {
    const hidden = getRow(result.hidden, ON);
    expect(lesson3).toContain(tex(getRow(result.hiddenPre, ON), 3));
    expect(lesson3).toContain(tex(hidden, 3).replace(/0\.000/g, '0'));
    expect(lesson3).toContain(tex(getRow(result.mlpOut, ON), 2));
    expect(lesson3).toContain(`h_2 = ${tex(getRow(result.h2, ON), 2)}`);
    const seed = mlpStep(SEED_PRINTED_H1_ON, SEED_WEIGHTS.w1, SEED_WEIGHTS.w2);
    expect(prose(seed.out, 2)).toBe(prose(SEED_PRINTED_MLP_ON, 2));
    expect(lesson3.replace(/\s+/g, ' ')).toContain(`it returns ${prose(seed.out, 2).replace(/\s+/g, ' ')}`);
    expect(lesson3).toContain(tex(result.logits, 3));
    expect(lesson3).toContain(tex(result.probs, 3));
    expect(lesson3).toContain(`-\\log ${result.probs[4].toFixed(3)} \\approx ${result.loss.toFixed(3)}`);
    expect(lesson3).toContain(`\\log 6 \\approx ${Math.log(6).toFixed(2)}`);
  });

  it('lesson 3: raising W_lm row 2, column "mat", from 0.2 to 1.2 does what the prose says', () => {
    const after = forwardPass(withCell(SEED_WEIGHTS, 'wLm', 2, 4, 1.2));
    const text = lesson3.replace(/\s+/g, ' ');
    expect(getRow(result.h2, ON)[2].toFixed(2)).toBe('0.74');
    expect(text).toContain(`from ${result.logits[4].toFixed(3)} to ${after.logits[4].toFixed(3)}`);
    expect(text).toContain(`Its probability becomes ${after.probs[4].toFixed(3)}`);
    expect(text).toContain(`the loss falls to ${after.loss.toFixed(3)}`);
    expect(after.prediction).toBe(4);
  });
});

describe('the forward-pass lessons’ claims about ε and the even guess', () => {
  it('ε = 1e-5 moves LayerNorm’s output by about 0.0001 at most on this input', () => {
    let largest = 0;
    for (const row of [...toRows(result.x), ...toRows(result.h1)]) {
      const withEps = layerNorm(row, { eps: 1e-5 }).output;
      const without = layerNorm(row, { eps: 0 }).output;
      withEps.forEach((v, i) => (largest = Math.max(largest, Math.abs(v - without[i]))));
    }
    expect(largest.toFixed(4)).toBe('0.0001');
    expect(lesson2).toContain('about 0.0001 at most');
  });

  it('the loss is above log 6, the loss of an even guess over six words', () => {
    expect(result.loss).toBeGreaterThan(Math.log(6));
    expect(lesson3).toContain('slightly worse than guessing evenly');
  });
});
