import { describe, expect, it } from 'vitest';
import { createGpt } from '../../../engine/gpt/forward';
import { createTrainer, heldOutLoss, sampleBatch, trainStep } from '../../../engine/gpt/train';
import { constantRate } from '../../../engine/gpt/schedule';
import { createWorkspace } from '../../../engine/gpt/workspace';
import { createRng } from '../../../engine/random';
import { randomBatch } from './helpers';

const small = { vocabSize: 11, contextLength: 8, width: 16, heads: 2, layers: 2 } as const;

describe('training the tiny GPT', () => {
  it('memorises a fixed batch: the loss falls more than tenfold within 300 steps', () => {
    const model = createGpt({ ...small, seed: 5 });
    const trainer = createTrainer(model, { batchSize: 4, schedule: constantRate(1e-2), clipNorm: 1 });
    const batch = randomBatch(11, 4, 8, 21);
    const first = trainStep(trainer, batch).loss;
    let last = first;
    for (let i = 0; i < 300; i++) last = trainStep(trainer, batch).loss;
    expect(first).toBeCloseTo(Math.log(11), 1);
    expect(last).toBeLessThan(first / 10);
  });

  it('gives the same losses and the same weights, bit for bit, from the same seed', () => {
    const run = () => {
      const model = createGpt({ ...small, seed: 8 });
      const trainer = createTrainer(model, {
        batchSize: 3, schedule: { maxRate: 3e-3, minRate: 3e-4, warmupSteps: 3, totalSteps: 20 },
        adam: { weightDecay: 0.1 },
      });
      const data = Array.from({ length: 200 }, (_, i) => (i * 7 + (i >> 3)) % 11);
      const rng = createRng(99);
      const losses: number[] = [];
      for (let i = 0; i < 10; i++) losses.push(trainStep(trainer, sampleBatch(data, 3, 8, rng)).loss);
      return { losses, weights: Array.from(model.params.data) };
    };
    const a = run();
    const b = run();
    expect(b.losses).toEqual(a.losses);
    expect(b.weights).toEqual(a.weights);
  });

  it('reports divergence and leaves the weights untouched when the loss stops being finite', () => {
    const model = createGpt({ ...small, seed: 2 });
    const trainer = createTrainer(model, { batchSize: 2, schedule: constantRate(1e-3) });
    model.params.finalGain[0] = Number.POSITIVE_INFINITY;
    const before = Array.from(model.params.data);
    const result = trainStep(trainer, randomBatch(11, 2, 8, 3));
    expect(result.diverged).toBe(true);
    expect(trainer.step).toBe(0);
    expect(Array.from(model.params.data)).toEqual(before);
  });

  it('measures held-out loss over consecutive spans: ln V for a zero LM head, lower after training on the same text', () => {
    const model = createGpt({ ...small, seed: 4 });
    model.params.headWeight.fill(0);
    const text = Array.from({ length: 120 }, (_, i) => i % 5); // 0 1 2 3 4 0 1 2 …: fully predictable
    const ws = createWorkspace(model.config, 4, 8);
    expect(heldOutLoss(model, text, ws)).toBeCloseTo(Math.log(11), 12);
    const trainer = createTrainer(model, { batchSize: 4, schedule: constantRate(1e-2) });
    const rng = createRng(1);
    for (let i = 0; i < 60; i++) trainStep(trainer, sampleBatch(text, 4, 8, rng));
    expect(heldOutLoss(model, text, ws)).toBeLessThan(0.2);
  });

  it('draws batches whose targets are the inputs shifted by one token', () => {
    const data = Array.from({ length: 50 }, (_, i) => i % 11);
    const batch = sampleBatch(data, 5, 8, createRng(3));
    for (let b = 0; b < 5; b++) {
      for (let t = 0; t < 7; t++) expect(batch.targets[b * 8 + t]).toBe(batch.inputs[b * 8 + t + 1]);
    }
    expect(() => sampleBatch([1, 2], 1, 8, createRng(1))).toThrow(/at least 9 tokens/);
  });
});
