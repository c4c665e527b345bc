import { describe, expect, it } from 'vitest';
import { createGpt, forwardSequence } from '../../../engine/gpt/forward';
import { makeGptConfig } from '../../../engine/gpt/config';
import { tensorCount, tensorSpecs } from '../../../engine/gpt/params';
import { gradientCheck } from '../../../engine/gpt/gradcheck';
import { forwardFlops, parameterCount } from '../../../engine/gpt/flops';
import { trainingMemory } from '../../../engine/gpt/memory';
import { appendToken, createKvCache } from '../../../engine/gpt/kvcache';
import { loadModel, saveModel } from '../../../engine/gpt/serialize';
import { createTrainer, sampleBatch, trainStep } from '../../../engine/gpt/train';
import type { KernelChoice } from '../../../engine/gpt/wasm/detect';
import { createRng } from '../../../engine/random';
import { randomBatch, randomisedModel } from './helpers';

const attentionOnly = { mlp: false } as const;

describe('an attention-only GPT (mlp: false)', () => {
  it('holds no MLP and no second LayerNorm, and leaves the default model exactly as it was', () => {
    const names = tensorSpecs(makeGptConfig({ ...attentionOnly, layers: 1 })).map((s) => s.name);
    expect(names).toEqual([
      'tokenEmbedding', 'positionEmbedding', 'layers.0.ln1Gain', 'layers.0.ln1Bias', 'layers.0.qkvWeight',
      'layers.0.qkvBias', 'layers.0.projWeight', 'layers.0.projBias', 'finalGain', 'finalBias', 'headWeight',
    ]);
    expect(makeGptConfig()).not.toHaveProperty('mlp');
    // V = 27, T = 16, C = 32, L = 2: 27·32 + 16·32 + 2(12·32² + 13·32) + 2·32 + 32·27
    expect(tensorCount(makeGptConfig())).toBe(27_712);
    expect(() => makeGptConfig({ mlp: 'no' as unknown as boolean })).toThrow(/mlp must be true or false/);
  });

  it('counts its weights as V·C + T·C + L(4C² + 6C) + 2C + C·V, as many as it allocates', () => {
    const shape = { vocabSize: 32, contextLength: 24, width: 32, layers: 2, mlp: false };
    // 1024 + 768 + 2(4096 + 192) + 64 + 1024
    expect(parameterCount(shape)).toBe(11_456);
    expect(tensorCount(makeGptConfig({ ...shape, heads: 2 }))).toBe(11_456);
  });

  it('counts 8NC² per block for its two projections, not the MLP’s 16NC² more', () => {
    const shape = { vocabSize: 10, contextLength: 4, width: 8, layers: 1 };
    // B = 1, T = 4, N = 4: 8·4·64 + 4·16·8 + 2·4·8·10 = 2048 + 512 + 640
    expect(forwardFlops({ ...shape, mlp: false }, 1)).toBe(3200);
    expect(forwardFlops(shape, 1) - forwardFlops({ ...shape, mlp: false }, 1)).toBe(16 * 4 * 64);
  });

  it('keeps no MLP activations: per block 2NC + 2N + 12NC floats fewer, and 4NC less gradient scratch', () => {
    const shape = { vocabSize: 27, contextLength: 16, width: 32, heads: 4, layers: 2 };
    const N = 4 * 16;
    const C = 32;
    const full = trainingMemory(shape, 4).activations / 4;
    const lean = trainingMemory({ ...shape, mlp: false }, 4).activations / 4;
    expect(full - lean).toBe(2 * (2 * N * C + 2 * N + 12 * N * C) + 4 * N * C);
  });

  it('matches five-point finite differences to a relative error below 1e-6 for every tensor in float64', () => {
    const model = randomisedModel({ dtype: 'float64', ...attentionOnly });
    // without the MLP between them the first block's LayerNorm feeds attention almost directly, so the loss curves
    // faster in its bias: at the default h = 1e-3 the stencil's own h⁴ error (3e-6) shows; at 3e-4 it is ~5e-9
    const result = gradientCheck(model, randomBatch(7, 2, 5, 11), { epsilon: 3e-4 });
    expect(result.tensors.map((t) => t.name)).not.toContain('layers.0.fcWeight');
    for (const tensor of result.tensors) {
      expect(tensor.checked).toBeGreaterThan(0);
      expect(tensor.worstRelativeError, tensor.name).toBeLessThan(1e-6);
    }
  });

  it('passes the gradient check on the WebAssembly SIMD kernels, within float32’s 5e-2', () => {
    const model = randomisedModel({ dtype: 'float32', ...attentionOnly });
    const result = gradientCheck(model, randomBatch(7, 2, 5, 11), { kernels: 'wasm' });
    for (const tensor of result.tensors) expect(tensor.worstRelativeError, tensor.name).toBeLessThan(5e-2);
  });

  it('trains the same run on the SIMD and TypeScript kernels: losses and weights within 1e-4 after 30 steps', () => {
    const data = Array.from({ length: 300 }, (_, i) => (i * 7 + (i >> 3)) % 11);
    const run = (kernels: KernelChoice) => {
      const model = createGpt({ vocabSize: 11, contextLength: 8, width: 16, heads: 2, layers: 2, seed: 8, ...attentionOnly });
      const trainer = createTrainer(model, {
        batchSize: 3, kernels, schedule: { maxRate: 3e-3, minRate: 3e-4, warmupSteps: 3, totalSteps: 30 },
      });
      const rng = createRng(99);
      const losses = Array.from({ length: 30 }, () => trainStep(trainer, sampleBatch(data, 3, 8, rng)).loss);
      return { path: trainer.kernels, losses, weights: Float64Array.from(model.params.data) };
    };
    const simd = run('wasm');
    const reference = run('typescript');
    expect(simd.path).toBe('wasm-simd');
    simd.losses.forEach((loss, i) => expect(Math.abs(loss - reference.losses[i]), `step ${i}`).toBeLessThan(1e-4));
    let worst = 0;
    simd.weights.forEach((w, i) => { worst = Math.max(worst, Math.abs(w - reference.weights[i])); });
    expect(worst).toBeLessThan(1e-4);
    expect(simd.losses.at(-1)).toBeLessThan(simd.losses[0]);
  });

  it('gives the same logits through the KV cache as a full forward pass', () => {
    const model = randomisedModel({ dtype: 'float64', ...attentionOnly });
    const tokens = [3, 1, 4, 1, 5];
    const full = forwardSequence(model, tokens).logits;
    const cache = createKvCache(model);
    tokens.forEach((token, t) => {
      const logits = appendToken(cache, token);
      for (let v = 0; v < logits.length; v++) expect(logits[v]).toBeCloseTo(full[t][v], 12);
    });
  });

  it('round-trips through a saved file, mlp: false included', () => {
    const model = createGpt({ vocabSize: 7, contextLength: 5, width: 8, heads: 2, layers: 2, ...attentionOnly });
    const loaded = loadModel(saveModel(model));
    expect(loaded.config.mlp).toBe(false);
    expect(Array.from(loaded.params.data)).toEqual(Array.from(model.params.data));
  });
});
