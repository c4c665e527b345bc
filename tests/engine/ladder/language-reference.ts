import { LANGUAGE_WEIGHTS } from '../../../engine/ladder/languageWeights';

/**
 * An independent scalar reference, written line for line from the seed's Python (softmax with max subtraction,
 * dot, identity Q = K = V, residual, relu, matvec, tied logits), sharing no code with the engine.
 */
export function reference(prompt: readonly string[], mlpOn: boolean, embeddings: readonly (readonly number[])[] = LANGUAGE_WEIGHTS.embeddings, temperature = 1) {
  const vocab = ['a', 'the', 'fluffy', 'blue', 'creature', 'roamed', 'forest', 'slept', 'river'];
  const E = embeddings;
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
  const pre = W1.map((row, j) => dot(row, h1) + b1[j]);
  let hidden = [0, 0, 0, 0, 0, 0];
  if (mlpOn) {
    hidden = W1.map((row, j) => Math.max(0, dot(row, h1) + b1[j]));
    const delta = W2.map((row, d) => dot(row, hidden) + b2[d]);
    h2 = h1.map((v, d) => v + delta[d]);
  }
  const logits = E.map((row) => dot(h2, row));
  return { scores, alpha, delta: a, h1, pre, hidden, h2, logits, probs: softmax(logits.map((l) => l / temperature)) };
}

