import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import { createTrainer, heldOutLoss, sampleBatch, trainStep, type TrainerOptions } from '../../../engine/gpt/train';
import { createWorkspace } from '../../../engine/gpt/workspace';
import { gradientCheck } from '../../../engine/gpt/gradcheck';
import type { KernelChoice } from '../../../engine/gpt/wasm/detect';
import { createRng } from '../../../engine/random';
import { randomBatch, randomisedModel } from './helpers';

const small = { vocabSize: 11, contextLength: 8, width: 16, heads: 2, layers: 2 } as const;
const data = Array.from({ length: 300 }, (_, i) => (i * 7 + (i >> 3)) % 11);
const options: TrainerOptions = {
  batchSize: 3, schedule: { maxRate: 3e-3, minRate: 3e-4, warmupSteps: 3, totalSteps: 30 }, adam: { weightDecay: 0.1 },
};

function run(kernels: KernelChoice, steps = 30) {
  const model = createGpt({ ...small, seed: 8 });
  const trainer = createTrainer(model, { ...options, kernels });
  const rng = createRng(99);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) losses.push(trainStep(trainer, sampleBatch(data, 3, 8, rng)).loss);
  return { path: trainer.kernels, losses, weights: Float64Array.from(model.params.data) };
}

describe('choosing the kernels a trainer runs on', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('takes WebAssembly SIMD by itself where the runtime has it, and says so', () => {
    expect(run('auto', 1).path).toBe('wasm-simd');
    expect(run('typescript', 1).path).toBe('typescript');
  });

  it('keeps a float64 model on the TypeScript kernels, and refuses to force it onto WebAssembly', () => {
    const model = createGpt({ ...small, dtype: 'float64' });
    expect(createTrainer(model, options).kernels).toBe('typescript');
    expect(() => createTrainer(createGpt({ ...small, dtype: 'float64' }), { ...options, kernels: 'wasm' }))
      .toThrow(/float32/);
  });

  it('moves the weights into the kernels\' memory unchanged', () => {
    const model = createGpt({ ...small, seed: 8 });
    const before = Float32Array.from(model.params.data);
    createTrainer(model, { ...options, kernels: 'wasm' });
    expect(model.params.data).toEqual(before);
    expect(model.params.data.buffer).not.toBe(before.buffer);
  });

  it('gives the same run on both paths: losses within 1e-4 and weights within 1e-4 after 30 AdamW steps', () => {
    const simd = run('wasm');
    const reference = run('typescript');
    for (let i = 0; i < simd.losses.length; i++) {
      expect(Math.abs(simd.losses[i] - reference.losses[i]), `step ${i}`).toBeLessThan(1e-4);
    }
    let worst = 0;
    for (let i = 0; i < simd.weights.length; i++) worst = Math.max(worst, Math.abs(simd.weights[i] - reference.weights[i]));
    expect(worst).toBeLessThan(1e-4);
    expect(simd.losses.at(-1)).toBeLessThan(simd.losses[0]);
  });

  it('measures held-out loss on the SIMD kernels in its own workspace, as the TypeScript kernels do', () => {
    const model = createGpt({ ...small, seed: 8 });
    const trainer = createTrainer(model, { ...options, kernels: 'wasm', evalBatchSize: 4 });
    expect(trainer.evalWorkspace?.kernels.path).toBe('wasm-simd');
    const heldOut = data.slice(0, 100);
    const simd = heldOutLoss(model, heldOut, trainer.evalWorkspace!);
    const reference = heldOutLoss(model, heldOut, createWorkspace(model.config, 4, 8));
    expect(Math.abs(simd - reference)).toBeLessThan(1e-5);
    expect(simd).toBeCloseTo(Math.log(11), 1);
  });

  it('repeats a SIMD run bit for bit from the same seed', () => {
    const a = run('wasm');
    const b = run('wasm');
    expect(b.losses).toEqual(a.losses);
    expect(b.weights).toEqual(a.weights);
  });

  it('passes the whole model\'s gradient check on the SIMD kernels, within float32\'s 5e-2', () => {
    const model = randomisedModel({ dtype: 'float32' });
    const before = Float32Array.from(model.params.data);
    const result = gradientCheck(model, randomBatch(7, 2, 5, 11), { kernels: 'wasm' });
    expect(result.tensors).toHaveLength(model.params.specs.length);
    for (const tensor of result.tensors) expect(tensor.worstRelativeError, tensor.name).toBeLessThan(5e-2);
    expect(model.params.data).toEqual(before);
  });

  it('trains the same run and passes the gradient check on the relaxed-SIMD build where the runtime has it', () => {
    const script = fileURLToPath(new URL('./support/relaxedRun.ts', import.meta.url));
    const output = execFileSync(process.execPath, ['--experimental-wasm-relaxed-simd', '--import', 'tsx', script], {
      encoding: 'utf8',
    });
    const relaxed = JSON.parse(output) as { path: string; losses: number[]; worstRelativeError: number };
    expect(relaxed.path).toBe('wasm-relaxed-simd');
    const reference = run('typescript');
    relaxed.losses.forEach((loss, i) => expect(Math.abs(loss - reference.losses[i]), `step ${i}`).toBeLessThan(1e-4));
    expect(relaxed.worstRelativeError).toBeLessThan(5e-2);
  }, 30_000);

  it('falls back to the TypeScript kernels when WebAssembly cannot be compiled here, and says so', async () => {
    vi.stubGlobal('WebAssembly', {
      ...WebAssembly,
      Module: function refuse() { throw new Error('compiling WebAssembly is not allowed on this page'); },
    });
    vi.resetModules();
    const train = await import('../../../engine/gpt/train');
    const forward = await import('../../../engine/gpt/forward');
    expect(train.createTrainer(forward.createGpt(small), options).kernels).toBe('typescript');
    expect(() => train.createTrainer(forward.createGpt(small), { ...options, kernels: 'wasm' })).toThrow(/not allowed/);
  });

  it('falls back to the TypeScript kernels, and still trains, when the runtime has no WebAssembly SIMD', async () => {
    vi.stubGlobal('WebAssembly', { ...WebAssembly, validate: () => false });
    vi.resetModules();
    const detect = await import('../../../engine/gpt/wasm/detect');
    const train = await import('../../../engine/gpt/train');
    const forward = await import('../../../engine/gpt/forward');
    expect(detect.simdSupported).toBe(false);
    const model = forward.createGpt({ ...small, seed: 5 });
    const trainer = train.createTrainer(model, { batchSize: 4, schedule: { maxRate: 1e-2, minRate: 1e-2, warmupSteps: 0, totalSteps: 0 } });
    expect(trainer.kernels).toBe('typescript');
    const batch = randomBatch(11, 4, 8, 21);
    const first = train.trainStep(trainer, batch).loss;
    let last = first;
    for (let i = 0; i < 100; i++) last = train.trainStep(trainer, batch).loss;
    expect(last).toBeLessThan(first / 2);
    expect(() => train.createTrainer(forward.createGpt(small), { ...options, kernels: 'wasm' })).toThrow(/no WebAssembly SIMD/);
  });
});
