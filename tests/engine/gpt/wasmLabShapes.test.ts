import { describe, it } from 'vitest';
import { createRng } from '../../../engine/random';
import { typescriptKernels as ts } from '../../../engine/gpt/kernelSet';
import { standaloneWasmKernels } from '../../../engine/gpt/wasm/training';
import { expectClose, randomPair } from './support/wasmCompare';

/*
 * The WebAssembly SIMD kernels against the TypeScript ones (run in float64 on the same float32 inputs) at the
 * shapes of the Lab's largest model at its batch (bench config C: T = 64, C = 128, 4 heads, MLP 4C = 512, B = 32,
 * so N = B·T = 2048 rows). These are the sizes where the SIMD gemm sums weight gradients in depth blocks and packs
 * strided rows of A, paths the small awkward shapes of wasmKernels.test.ts never reach. Tolerance as there:
 * |simd − reference| ≤ 1e-5·(Σ of the magnitudes of the terms summed) + 1e-6.
 */

const T = 64;
const C = 128;
const H = 4;
const N = 32 * T;
const rng = createRng(64128);
const wasm = standaloneWasmKernels('wasm-simd', 16_000_000, 300_000, 16, 16);
const k = wasm.kernels;

const random = randomPair(wasm.floats, rng);

const magnitudes = (x: Float64Array) => x.map(Math.abs);

describe('the WebAssembly SIMD kernels at the Lab\'s largest model (T=64, C=128, batch 32)', () => {
  // (rows, depth, columns) of every product one training step makes, the LM head's included (V = 27)
  const products: [number, number, number][] = [[N, C, 3 * C], [N, C, C], [N, C, 4 * C], [N, 4 * C, C], [N, C, 27]];

  it.each(products)('multiply %i×%i by %i columns in all three forms like the TypeScript gemm', (M, K, Nc) => {
    const shape = `${M}×${K}·${K}×${Nc}`;
    const x = random(M * K);
    const w = random(K * Nc);
    const out = wasm.floats(M * Nc);
    const ref = new Float64Array(M * Nc);
    k.matmul(out, x.f32, w.f32, M, K, Nc);
    ts.matmul(ref, x.f64, w.f64, M, K, Nc);
    const scale = new Float64Array(M * Nc);
    ts.matmul(scale, magnitudes(x.f64), magnitudes(w.f64), M, K, Nc);
    expectClose(out, ref, scale, `forward ${shape}`);
    // the input's gradient: dy (M, Nc) · wᵀ -> (M, K)
    const dy = random(M * Nc);
    const dx = wasm.floats(M * K);
    const dxRef = new Float64Array(M * K);
    k.matmulTransposedB(dx, dy.f32, w.f32, M, Nc, K);
    ts.matmulTransposedB(dxRef, dy.f64, w.f64, M, Nc, K);
    const dxScale = new Float64Array(M * K);
    ts.matmulTransposedB(dxScale, magnitudes(dy.f64), magnitudes(w.f64), M, Nc, K);
    expectClose(dx, dxRef, dxScale, `input gradient ${shape}`);
    // the weight's gradient, summed over all M rows (M deeper than one block) onto what was there
    const start = random(K * Nc);
    const dw = wasm.floats(K * Nc);
    dw.set(start.f32);
    const dwRef = Float64Array.from(start.f64);
    k.matmulTransposedA(dw, x.f32, dy.f32, M, K, Nc);
    ts.matmulTransposedA(dwRef, x.f64, dy.f64, M, K, Nc);
    const dwScale = magnitudes(start.f64);
    ts.matmulTransposedA(dwScale, magnitudes(x.f64), magnitudes(dy.f64), M, K, Nc);
    expectClose(dw, dwRef, dwScale, `weight gradient ${shape}`);
  });

  it('compute causal attention and its backward pass like the TypeScript kernels at T=64, C=128, 4 heads', () => {
    const B = 3;
    const qkv = random(B * T * 3 * C);
    const ctx = wasm.floats(B * T * C); const probs = wasm.floats(B * H * T * T);
    const refCtx = new Float64Array(B * T * C); const refProbs = new Float64Array(B * H * T * T);
    k.causalAttentionForward(ctx, probs, qkv.f32, B, T, C, H);
    ts.causalAttentionForward(refCtx, refProbs, qkv.f64, B, T, C, H);
    expectClose(probs, refProbs, 10, 'attention weights');
    expectClose(ctx, refCtx, 100, 'attention output');
    const dctx = random(B * T * C);
    const dqkv = wasm.floats(B * T * 3 * C); const refDqkv = new Float64Array(B * T * 3 * C);
    k.causalAttentionBackward(dqkv, dctx.f32, probs, qkv.f32, B, T, C, H, wasm.floats(T * T));
    ts.causalAttentionBackward(refDqkv, dctx.f64, refProbs, qkv.f64, B, T, C, H, new Float64Array(T * T));
    expectClose(dqkv, refDqkv, 10 * T, 'attention backward');
  });

  it('run GELU forward and backward over the (N, 4C) MLP activations like the TypeScript kernels', () => {
    const length = N * 4 * C;
    const x = random(length, 3);
    const out = wasm.floats(length); const tanh = wasm.floats(length);
    const refOut = new Float64Array(length); const refTanh = new Float64Array(length);
    k.geluForward(out, tanh, x.f32, length);
    ts.geluForward(refOut, refTanh, x.f64, length);
    expectClose(out, refOut, magnitudes(x.f64), 'gelu');
    expectClose(tanh, refTanh, 1, 'gelu tanh');
    const dy = random(length);
    k.geluBackward(dy.f32, x.f32, tanh, length);
    ts.geluBackward(dy.f64, x.f64, refTanh, length);
    expectClose(dy.f32, dy.f64, 10, 'gelu backward');
  });
});
