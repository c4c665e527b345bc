import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../engine/ladder/languageModel';
import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';

/**
 * An independent scalar reference, written line for line from the seed's Python (softmax with max subtraction,
 * dot, identity Q = K = V, residual, relu, matvec, tied logits), sharing no code with the engine.
 */
function reference(prompt: string[], mlpOn: boolean) {
  const vocab = ['a', 'the', 'fluffy', 'blue', 'creature', 'roamed', 'forest', 'slept', 'river'];
  const E = LANGUAGE_WEIGHTS.embeddings;
  const { w1: W1, b1, w2: W2, b2 } = LANGUAGE_WEIGHTS.mlp;
  const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
  const softmax = (xs: number[]) => {
    const m = Math.max(...xs);
    const ex = xs.map((x) => Math.exp(x - m));
    const total = ex.reduce((s, v) => s + v, 0);
    return ex.map((v) => v / total);
  };
  const X = prompt.map((w) => E[vocab.indexOf(w)]);
  const q = X[X.length - 1];
  const scores = X.map((k) => dot(q, k));
  const alpha = softmax(scores);
  const a = [0, 1, 2].map((d) => X.reduce((s, x, i) => s + alpha[i] * x[d], 0));
  const h1 = [0, 1, 2].map((d) => q[d] + a[d]);
  let h2 = h1;
  let hidden = [0, 0, 0, 0, 0, 0];
  if (mlpOn) {
    hidden = W1.map((row, j) => Math.max(0, dot(row, h1) + b1[j]));
    const delta = W2.map((row, d) => dot(row, hidden) + b2[d]);
    h2 = h1.map((v, d) => v + delta[d]);
  }
  const logits = E.map((row) => dot(h2, row));
  return { scores, alpha, h1, hidden, h2, logits, probs: softmax(logits) };
}

const PROMPTS = [
  ['a', 'fluffy', 'blue', 'creature'],
  ['a', 'fluffy', 'blue', 'creature', 'roamed'],
  ['a', 'fluffy', 'blue', 'creature', 'roamed', 'the'],
  ['the', 'creature'],
  ['blue'],
  ['the', 'river', 'slept'],
  ['a', 'blue', 'forest', 'roamed', 'the', 'river'],
  ['fluffy', 'fluffy', 'fluffy'],
];

describe('the pipeline the rungs draw agrees with an independent reference', () => {
  for (const prompt of PROMPTS) {
    for (const mlp of [true, false]) {
      it(`agrees to 1e-9 on every intermediate for "${prompt.join(' ')}" with the MLP ${mlp ? 'on' : 'off'}`, () => {
        const engine = runPipeline(prompt, LANGUAGE_WEIGHTS, { mlp });
        const ref = reference(prompt, mlp);
        const pairs: [ArrayLike<number>, number[]][] = [
          [engine.scores, ref.scores],
          [engine.alpha, ref.alpha],
          [engine.h1, ref.h1],
          [engine.hidden, ref.hidden],
          [engine.h2, ref.h2],
          [engine.logits, ref.logits],
          [engine.probs, ref.probs],
        ];
        let worst = 0;
        for (const [got, want] of pairs) {
          expect(got.length).toBe(want.length);
          want.forEach((w, i) => (worst = Math.max(worst, Math.abs(got[i] - w))));
        }
        expect(worst).toBeLessThan(1e-9);
      });
    }
  }
});
