import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { makeGptConfig } from '../engine/gpt/config';
import { initTensors } from '../engine/gpt/params';
import { trainingFlops } from '../engine/gpt/flops';
import { createRng } from '../engine/random';
import { BENCH_LEARNING_RATE, BENCH_SEED, benchConfigs, randomTokens, timeRun } from './configs';
import { causalMask, tfGptFrom, tfLoss } from './tfjs-model';

/*
 * One TensorFlow.js (pure-JavaScript CPU backend) run, in its own process: bench/run.ts bundles this file with
 * esbuild (so tfjs-core's ESM build, gradients included, is loaded once) and starts it with
 * `--config A|B --seconds S --warmup W`. The last line printed is `RESULT {json}`.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
  const config = benchConfigs[value('--config', 'A') as 'A' | 'B'];
  const seconds = Number(value('--seconds', '15'));
  const warmup = Number(value('--warmup', '3'));
  await tf.setBackend('cpu');
  await tf.ready();
  const shape = makeGptConfig({
    vocabSize: config.vocabSize, contextLength: config.contextLength, width: config.width, heads: config.heads,
    layers: config.layers, dtype: 'float32', seed: BENCH_SEED,
  });
  const model = tfGptFrom(initTensors(shape));
  const mask = causalMask(config.contextLength);
  const optimizer = tf.train.adam(BENCH_LEARNING_RATE);
  const rng = createRng(BENCH_SEED + 1);
  const step = async () => {
    const { inputs, targets } = randomTokens(config, rng);
    const x = tf.tensor1d(inputs, 'int32');
    const y = tf.tensor1d(targets, 'int32');
    const loss = optimizer.minimize(() => tfLoss(model, config, mask, x, y), true, model.variables);
    if (!loss) throw new Error('minimize returned no loss');
    const value = (await loss.data())[0];
    tf.dispose([x, y, loss]);
    return value;
  };
  const result = await timeRun('tfjs-cpu', config, trainingFlops(shape, config.batchSize), seconds, warmup, step);
  console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
