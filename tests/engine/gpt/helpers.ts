import { createRng } from '../../../engine/random';
import { createGpt, type GptModel } from '../../../engine/gpt/forward';
import type { Batch } from '../../../engine/gpt/backward';
import type { GptConfig } from '../../../engine/gpt/config';

/** A small model whose every weight (gains and biases too) is random, so no gradient is trivially zero. */
export function randomisedModel(overrides: Partial<GptConfig> = {}): GptModel {
  const model = createGpt({ vocabSize: 7, contextLength: 5, width: 8, heads: 2, layers: 2, initStd: 0.5, seed: 3, ...overrides });
  const rng = createRng(9);
  for (let i = 0; i < model.params.data.length; i++) model.params.data[i] += rng.gaussian(0, 0.3);
  return model;
}

/** A batch of uniformly random tokens from a seeded generator. */
export function randomBatch(vocabSize: number, batchSize: number, time: number, seed: number): Batch {
  const rng = createRng(seed);
  const inputs = new Int32Array(batchSize * time).map(() => rng.int(vocabSize));
  const targets = new Int32Array(batchSize * time).map(() => rng.int(vocabSize));
  return { batchSize, time, inputs, targets };
}
