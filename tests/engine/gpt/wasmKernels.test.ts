import { describe, expect, it } from 'vitest';
import { createRng } from '../../../engine/random';
import { typescriptKernels as ts } from '../../../engine/gpt/kernelSet';
import { standaloneWasmKernels } from '../../../engine/gpt/wasm/training';
import { expectClose, randomPair } from './support/wasmCompare';
import { simdSupported } from '../../../engine/gpt/wasm/detect';
import { createAdam } from '../../../engine/gpt/optimizer';
import { makeGptConfig } from '../../../engine/gpt/config';
import { initTensors } from '../../../engine/gpt/params';

/*
 * Every WebAssembly SIMD kernel against the TypeScript kernel run in float64 on the same (float32-representable)
 * inputs, at awkward sizes (1, 3, 17, 65 on every axis). Tolerance: float32 rounding of each term, so
 * |simd − reference| ≤ 1e-5·(scale of the terms summed) + 1e-6 absolute, unless a test states otherwise.
 */

const SIZES = [1, 3, 17, 65];
const rng = createRng(2024);
const wasm = standaloneWasmKernels('wasm-simd', 6_000_000, 400_000, 4096, 4096);
const k = wasm.kernels;

const random = randomPair(wasm.floats, rng);

// Σ_k |A(i,k)|·|B(k,j)|: the size of the terms each output entry sums, which bounds its float32 rounding.
function termScale(a: Float64Array, b: Float64Array, M: number, N: number, K: number, transA: boolean, transB: boolean): Float64Array {
  const out = new Float64Array(M * N);
  for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) {
    let s = 0;
    for (let p = 0; p < K; p++) s += Math.abs(transA ? a[p * M + i] : a[i * K + p]) * Math.abs(transB ? b[j * K + p] : b[p * N + j]);
    out[i * N + j] = s;
  }
  return out;
}

describe('the WebAssembly SIMD kernels', () => {
  it('are available in Node 20, which runs WebAssembly SIMD', () => {
    expect(simdSupported).toBe(true);
  });

  it('multiply A·B, A·Bᵀ and Aᵀ·B like the TypeScript gemm at every awkward shape, overwriting or adding', () => {
    for (const M of SIZES) for (const N of SIZES) for (const K of SIZES) {
      const shape = `${M}×${K}·${K}×${N}`;
      const x = random(M * K);
      const w = random(K * N);
      const start = random(M * N);
      const out = wasm.floats(M * N);
      const ref = new Float64Array(M * N);
      k.matmul(out, x.f32, w.f32, M, K, N);
      ts.matmul(ref, x.f64, w.f64, M, K, N);
      expectClose(out, ref, termScale(x.f64, w.f64, M, N, K, false, false), `A·B ${shape}`);
      // A·Bᵀ with B stored (N, K), added onto a start value
      const wt = random(N * K);
      const acc = wasm.floats(M * N);
      acc.set(start.f32);
      const accRef = Float64Array.from(start.f64);
      k.matmulTransposedB(acc, x.f32, wt.f32, M, K, N, true);
      ts.matmulTransposedB(accRef, x.f64, wt.f64, M, K, N, true);
      const scaleT = termScale(x.f64, wt.f64, M, N, K, false, true).map((s, i) => s + Math.abs(start.f64[i]));
      expectClose(acc, accRef, scaleT, `A·Bᵀ accumulate ${shape}`);
      // Aᵀ·B with A stored (K, M): a weight gradient, accumulated by default
      const xt = random(K * M);
      const grad = wasm.floats(M * N);
      grad.set(start.f32);
      const gradRef = Float64Array.from(start.f64);
      k.matmulTransposedA(grad, xt.f32, w.f32, K, M, N);
      ts.matmulTransposedA(gradRef, xt.f64, w.f64, K, M, N);
      const scaleA = termScale(xt.f64, w.f64, M, N, K, true, false).map((s, i) => s + Math.abs(start.f64[i]));
      expectClose(grad, gradRef, scaleA, `Aᵀ·B ${shape}`);
    }
  });

  it('add biases and residuals and sum columns like the TypeScript kernels', () => {
    for (const N of SIZES) for (const C of SIZES) {
      const out = random(N * C);
      const residual = random(N * C);
      const bias = random(C);
      k.addBias(out.f32, bias.f32, N, C);
      ts.addBias(out.f64, bias.f64, N, C);
      expectClose(out.f32, out.f64, 4, `addBias ${N}×${C}`);
      k.addResidualAndBias(out.f32, residual.f32, bias.f32, N, C);
      ts.addResidualAndBias(out.f64, residual.f64, bias.f64, N, C);
      expectClose(out.f32, out.f64, 8, `addResidualAndBias ${N}×${C}`);
      k.addColumnSums(bias.f32, out.f32, N, C);
      ts.addColumnSums(bias.f64, out.f64, N, C);
      expectClose(bias.f32, bias.f64, 8 * N, `addColumnSums ${N}×${C}`);
    }
  });

  it('run LayerNorm forward and backward like the TypeScript kernels', () => {
    for (const N of SIZES) for (const C of SIZES) {
      const x = random(N * C, 2);
      const gain = random(C);
      const bias = random(C);
      const out = wasm.floats(N * C); const mean = wasm.floats(N); const rstd = wasm.floats(N);
      const refOut = new Float64Array(N * C); const refMean = new Float64Array(N); const refRstd = new Float64Array(N);
      k.layerNormForward(out, mean, rstd, x.f32, gain.f32, bias.f32, N, C, 1e-5);
      ts.layerNormForward(refOut, refMean, refRstd, x.f64, gain.f64, bias.f64, N, C, 1e-5);
      expectClose(out, refOut, 10, `layerNorm ${N}×${C}`);
      expectClose(rstd, refRstd, Array.from(refRstd, (r) => 10 * r), `rstd ${N}×${C}`);
      const dy = random(N * C);
      const dx = random(N * C);
      const dGain = random(C);
      const dBias = random(C);
      k.layerNormBackward(dx.f32, dGain.f32, dBias.f32, dy.f32, x.f32, mean, rstd, gain.f32, N, C);
      ts.layerNormBackward(dx.f64, dGain.f64, dBias.f64, dy.f64, x.f64, refMean, refRstd, gain.f64, N, C);
      const rmax = Math.max(...refRstd);
      expectClose(dx.f32, dx.f64, 20 * rmax, `layerNorm dx ${N}×${C}`);
      expectClose(dGain.f32, dGain.f64, 20 * N, `layerNorm dGain ${N}×${C}`);
      expectClose(dBias.f32, dBias.f64, 20 * N, `layerNorm dBias ${N}×${C}`);
    }
  });

  it('run GELU forward and backward like the TypeScript kernels, tails included', () => {
    for (const length of [1, 3, 17, 65, 1000]) {
      const x = random(length, 3);
      const out = wasm.floats(length); const tanh = wasm.floats(length);
      const refOut = new Float64Array(length); const refTanh = new Float64Array(length);
      k.geluForward(out, tanh, x.f32, length);
      ts.geluForward(refOut, refTanh, x.f64, length);
      expectClose(out, refOut, Array.from(x.f64, Math.abs), `gelu ${length}`);
      expectClose(tanh, refTanh, 1, `gelu tanh ${length}`);
      const dy = random(length);
      k.geluBackward(dy.f32, x.f32, tanh, length);
      ts.geluBackward(dy.f64, x.f64, refTanh, length);
      expectClose(dy.f32, dy.f64, 10, `gelu backward ${length}`);
    }
  });

  it('compute causal attention and its backward pass like the TypeScript kernels', () => {
    for (const T of SIZES) for (const [B, H, hs] of [[1, 1, 1], [3, 3, 3], [1, 1, 17], [3, 3, 17], [2, 1, 65]]) {
      const C = H * hs;
      const label = `B=${B} T=${T} H=${H} hs=${hs}`;
      const qkv = random(B * T * 3 * C);
      const ctx = wasm.floats(B * T * C); const probs = wasm.floats(B * H * T * T);
      const refCtx = new Float64Array(B * T * C); const refProbs = new Float64Array(B * H * T * T);
      k.causalAttentionForward(ctx, probs, qkv.f32, B, T, C, H);
      ts.causalAttentionForward(refCtx, refProbs, qkv.f64, B, T, C, H);
      expectClose(probs, refProbs, 10, `attention weights ${label}`);
      expectClose(ctx, refCtx, 100, `attention output ${label}`);
      const dctx = random(B * T * C);
      const dqkv = wasm.floats(B * T * 3 * C); const refDqkv = new Float64Array(B * T * 3 * C);
      k.causalAttentionBackward(dqkv, dctx.f32, probs, qkv.f32, B, T, C, H, wasm.floats(T * T));
      ts.causalAttentionBackward(refDqkv, dctx.f64, refProbs, qkv.f64, B, T, C, H, new Float64Array(T * T));
      expectClose(dqkv, refDqkv, 10 * Math.max(T, hs), `attention backward ${label}`);
    }
  });

  it('compute cross-entropy and its gradient like the TypeScript kernel, skipping negative targets', () => {
    for (const N of SIZES) for (const V of SIZES) {
      const logits = random(N * V, 3);
      const targets = Int32Array.from({ length: N }, (_, n) => (n % 4 === 3 ? -1 : rng.int(V)));
      const grad = wasm.floats(N * V); const refGrad = new Float64Array(N * V);
      const got = k.crossEntropy(logits.f32, targets, N, V, grad);
      const want = ts.crossEntropy(logits.f64, targets, N, V, refGrad);
      expect(got.count).toBe(want.count);
      if (want.count === 0) expect(got.loss).toBeNaN();
      else expect(Math.abs(got.loss - want.loss)).toBeLessThan(1e-5 * (1 + want.loss));
      expectClose(grad, refGrad, 1, `cross-entropy gradient ${N}×${V}`);
    }
  });

  it('take Adam and AdamW steps like the TypeScript optimizer, decaying matrices only', () => {
    const config = makeGptConfig({ vocabSize: 5, contextLength: 3, width: 3, heads: 1, layers: 1, dtype: 'float32' });
    const params = initTensors(config);
    const length = params.data.length;
    for (const weightDecay of [0, 0.1]) {
      const simdState = createAdam(config, params, { weightDecay });
      const refState = createAdam(config, params, { weightDecay });
      simdState.firstMoment = wasm.floats(length);
      simdState.secondMoment = wasm.floats(length);
      wasm.decay.set(simdState.decayMask);
      const weights = random(length);
      for (let step = 0; step < 3; step++) {
        const grads = random(length);
        k.adamUpdate(simdState, weights.f32, grads.f32, 0.01);
        ts.adamUpdate(refState, weights.f64, grads.f64, 0.01);
      }
      expectClose(weights.f32, weights.f64, 1, `adam decay ${weightDecay}`);
      expectClose(simdState.secondMoment, refState.secondMoment, 1, `adam v decay ${weightDecay}`);
    }
  });

  it('refuse a tensor that does not live in their memory, with a clear message', () => {
    expect(() => k.addBias(new Float32Array(4), new Float32Array(4), 1, 4)).toThrow(/not in the WebAssembly/);
  });
});
