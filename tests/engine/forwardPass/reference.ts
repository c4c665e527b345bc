import type { ForwardWeights } from '../../../engine/forwardPass/weights';

// An independent forward pass with its own plain-array arithmetic: nothing here calls the engine.
/** Plain nested rows. */
export type M = number[][];
/** Row-by-column product of plain arrays. */
export const mul = (a: M, b: readonly (readonly number[])[]): M =>
  a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
/** Cell-by-cell sum. */
const addM = (a: M, b: M): M => a.map((row, i) => row.map((v, j) => v + b[i][j]));
/** LayerNorm without gain or bias, ε = 1e-5. */
export function norm(row: number[]): number[] {
  const mean = row.reduce((s, v) => s + v, 0) / row.length;
  const variance = row.reduce((s, v) => s + (v - mean) * (v - mean), 0) / row.length;
  return row.map((v) => (v - mean) / Math.sqrt(variance + 1e-5));
}
/** The whole forward pass on "the cat sat on" with target "mat", written out by hand. */
export function reference(w: ForwardWeights) {
  const ids = [0, 1, 2, 3];
  // Scores are divided by √4 = 2; a later key's exponential counts as 0, which is what the causal mask means.
  const x = ids.map((id, t) => w.tokEmb[id].map((v, j) => v + w.posEmb[t][j]));
  const ln1 = x.map(norm);
  const [q, k, v] = [w.wQ, w.wK, w.wV].map((m) => mul(ln1, m));
  const weights = q.map((qi, i) => {
    const e = k.map((kj, j) => (j <= i ? Math.exp(qi.reduce((s, a, c) => s + a * kj[c], 0) / 2) : 0));
    const z = e.reduce((s, a) => s + a, 0);
    return e.map((a) => a / z);
  });
  const attn = mul(weights, v);
  const attnOut = mul(attn, w.wO);
  const h1 = addM(x, attnOut);
  const hidden = mul(h1.map(norm), w.w1).map((row) => row.map((a) => Math.max(0, a)));
  const mlpOut = mul(hidden, w.w2);
  const h2 = addM(h1, mlpOut);
  const logits = mul([h2[3]], w.wLm)[0];
  const z = logits.reduce((s, a) => s + Math.exp(a), 0);
  const probs = logits.map((a) => Math.exp(a) / z);
  return { x, ln1, q, k, v, weights, attn, attnOut, h1, mlpOut, h2, logits, probs, loss: -Math.log(probs[4]) };
}

