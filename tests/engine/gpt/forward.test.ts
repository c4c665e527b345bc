import { describe, expect, it } from 'vitest';
import { createGpt, forwardSequence } from '../../../engine/gpt/forward';
import { lossOnly } from '../../../engine/gpt/backward';
import { createWorkspace } from '../../../engine/gpt/workspace';
import { expNonPositiveFloat32, geluForward } from '../../../engine/gpt/kernels';
import { gemm } from '../../../engine/gpt/matmul';
import { createRng } from '../../../engine/random';
import { randomBatch, randomisedModel } from './helpers';

describe('the tiny GPT forward pass', () => {
  it('starts at a loss of exactly ln V when the LM head is zero', () => {
    const model = createGpt({ vocabSize: 27, contextLength: 8, width: 16, heads: 4, layers: 2, dtype: 'float64' });
    model.params.headWeight.fill(0);
    const ws = createWorkspace(model.config, 3, 8);
    expect(lossOnly(model, ws, randomBatch(27, 3, 8, 1))).toBeCloseTo(Math.log(27), 12);
  });

  it('computes LayerNorm and the LM head by hand when every block weight is zero', () => {
    // With all block weights 0, each block adds nothing: the stream stays wte[token] + wpe[position].
    const model = createGpt({ vocabSize: 3, contextLength: 2, width: 2, heads: 1, layers: 1, dtype: 'float64', initStd: 0 });
    model.params.tokenEmbedding.set([3, 1, 0, 0, 5, 5]);
    model.params.positionEmbedding.set([0, 0, 1, -1]);
    model.params.headWeight.set([1, 0, 2, 0, 1, -1]); // (C, V) = [[1, 0, 2], [0, 1, −1]]
    const { logits, attention } = forwardSequence(model, [0, 1]);
    // position 0, token 0: x = [3, 1], mean 2, variance 1 -> LayerNorm gives [1, −1]/√(1 + 1e-5)
    const r = 1 / Math.sqrt(1 + 1e-5);
    expect(Array.from(logits[0])).toEqual([r, -r, 3 * r].map((v) => expect.closeTo(v, 12)));
    // position 1, token 1: x = [0, 0] + [1, −1] = [1, −1], mean 0, variance 1 -> the same normalised row
    expect(Array.from(logits[1])).toEqual([r, -r, 3 * r].map((v) => expect.closeTo(v, 12)));
    // zero queries and keys: every score is 0, so each row spreads evenly over the positions it may see
    expect(Array.from(attention[0][0][0])).toEqual([1, 0]);
    expect(Array.from(attention[0][0][1])).toEqual([0.5, 0.5]);
  });

  it('never lets a later token change an earlier position’s logits (causal)', () => {
    const model = randomisedModel({ dtype: 'float64', contextLength: 6 });
    const a = forwardSequence(model, [1, 2, 3, 4, 5, 6]);
    const b = forwardSequence(model, [1, 2, 3, 0, 0, 0]);
    for (let t = 0; t < 3; t++) expect(Array.from(b.logits[t])).toEqual(Array.from(a.logits[t]));
    expect(Array.from(b.logits[3])).not.toEqual(Array.from(a.logits[3]));
  });

  it('returns attention rows that sum to 1 with nothing above the diagonal, for every layer and head', () => {
    const model = randomisedModel({ dtype: 'float64' });
    const { attention } = forwardSequence(model, [0, 1, 2, 3, 4]);
    expect(attention).toHaveLength(2);
    for (const layer of attention) {
      expect(layer).toHaveLength(2);
      for (const head of layer) {
        head.forEach((row, i) => {
          expect(row.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
          for (let j = i + 1; j < row.length; j++) expect(row[j]).toBe(0);
        });
      }
    }
  });

  it('rejects token ids outside the vocabulary with a message naming the bad id', () => {
    const model = createGpt({ vocabSize: 5, contextLength: 4, width: 4, heads: 1, layers: 1 });
    expect(() => forwardSequence(model, [0, 5])).toThrow(/token 1 is 5/);
    expect(() => forwardSequence(model, [0, 1, 2, 3, 4])).toThrow(/sequence length/);
  });

  it('rejects a width that the heads do not divide', () => {
    expect(() => createGpt({ width: 10, heads: 4 })).toThrow(/multiple of heads/);
  });
});

describe('the fused kernels', () => {
  it('computes GELU (tanh form) at known points', () => {
    const x = new Float64Array([0, 1, -1, 3]);
    const out = new Float64Array(4);
    geluForward(out, new Float64Array(4), x, 4);
    // ½x(1 + tanh(√(2/π)(x + 0.044715x³))): 0, 0.8411919906, −0.1588080094, 2.9963626079
    expect(out[0]).toBe(0);
    expect(out[1]).toBeCloseTo(0.8411919906, 9);
    expect(out[2]).toBeCloseTo(-0.1588080094, 9);
    expect(out[3]).toBeCloseTo(2.9963626079, 9);
  });

  it('computes e^z for z ≤ 0 to float32 precision in the fast path, and GELU in float32 within float32 rounding', () => {
    let worst = 0;
    for (let z = 0; z >= -45; z -= 0.0137) {
      worst = Math.max(worst, Math.abs(expNonPositiveFloat32(z) - Math.exp(z)) / Math.exp(z) * (z > -40 ? 1 : 0));
      if (z <= -40) expect(expNonPositiveFloat32(z)).toBe(0);
    }
    expect(worst).toBeLessThan(2e-7);
    const x = new Float32Array([1, -1, 3]);
    const out = new Float32Array(3);
    geluForward(out, new Float32Array(3), x, 3);
    expect(out[0]).toBeCloseTo(0.8411919906, 6);
    expect(out[1]).toBeCloseTo(-0.1588080094, 6);
    expect(out[2]).toBeCloseTo(2.9963626079, 6);
  });

  it('multiplies matrices of ragged sizes like the schoolbook triple loop, in every stride form', () => {
    const rng = createRng(5);
    for (const [M, N, K] of [[1, 1, 1], [5, 7, 3], [4, 8, 2], [9, 17, 5], [13, 65, 33]]) {
      const a = Float64Array.from({ length: M * K }, () => rng.gaussian());
      const b = Float64Array.from({ length: K * N }, () => rng.gaussian());
      const start = Float64Array.from({ length: M * N }, () => rng.gaussian());
      const plain = new Float64Array(M * N);
      const accumulated = Float64Array.from(start);
      const transposedB = Float64Array.from({ length: N * K }, (_, p) => b[(p % K) * N + Math.floor(p / K)]);
      const viaTranspose = new Float64Array(M * N);
      gemm(M, N, K, a, 0, K, 1, b, 0, N, 1, plain, 0, N, false);
      gemm(M, N, K, a, 0, K, 1, b, 0, N, 1, accumulated, 0, N, true);
      gemm(M, N, K, a, 0, K, 1, transposedB, 0, 1, K, viaTranspose, 0, N, false);
      for (let i = 0; i < M; i++) {
        for (let j = 0; j < N; j++) {
          let sum = 0;
          for (let k = 0; k < K; k++) sum += a[i * K + k] * b[k * N + j];
          expect(plain[i * N + j]).toBeCloseTo(sum, 12);
          expect(viaTranspose[i * N + j]).toBeCloseTo(sum, 12);
          expect(accumulated[i * N + j]).toBeCloseTo(start[i * N + j] + sum, 12);
        }
      }
    }
  });
});
