import { createGpt } from '../engine/gpt/forward';
import { createTrainer, trainStep } from '../engine/gpt/train';
import { constantRate } from '../engine/gpt/schedule';
import { trainingFlops } from '../engine/gpt/flops';
import { createRng } from '../engine/random';
import type { KernelChoice } from '../engine/gpt/wasm/detect';
import { BENCH_ADAM_EPSILON, BENCH_LEARNING_RATE, BENCH_SEED, randomTokens, timeRun, type BenchConfig, type RunResult } from './configs';

/**
 * Trains the engine's tiny GPT (float32, Adam, no clipping: the reference's setup) for about `seconds`, with the
 * kernels asked for ('auto' is the engine's own choice); the result's variant names the path it actually took.
 */
export async function runEngine(config: BenchConfig, seconds: number, warmup: number, kernels: KernelChoice): Promise<RunResult> {
  const model = createGpt({
    vocabSize: config.vocabSize, contextLength: config.contextLength, width: config.width, heads: config.heads,
    layers: config.layers, dtype: 'float32', seed: BENCH_SEED,
  });
  const trainer = createTrainer(model, {
    batchSize: config.batchSize, schedule: constantRate(BENCH_LEARNING_RATE), clipNorm: 0,
    adam: { epsilon: BENCH_ADAM_EPSILON }, kernels,
  });
  const rng = createRng(BENCH_SEED + 1);
  const step = () => {
    const { inputs, targets } = randomTokens(config, rng);
    return trainStep(trainer, { batchSize: config.batchSize, time: config.contextLength, inputs, targets }).loss;
  };
  const name = trainer.kernels === 'typescript' ? 'engine-ts' : 'engine-simd';
  const result = await timeRun(name, config, trainingFlops(model.config, config.batchSize), seconds, warmup, step);
  return { ...result, variant: `${trainer.kernels} (asked for ${kernels})` };
}
