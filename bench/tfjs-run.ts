import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { makeGptConfig } from '../engine/gpt/config';
import { initTensors } from '../engine/gpt/params';
import { trainingFlops } from '../engine/gpt/flops';
import { createRng } from '../engine/random';
import { BENCH_LEARNING_RATE, BENCH_SEED, benchConfigs, randomTokens, timeRun , type ConfigName } from './configs';
import { causalMask, tfGptFrom, tfLoss } from './tfjs-model';
import { forceWasmThreads } from './tfjs-threads';

/*
 * One TensorFlow.js run, in its own process: bench/run.ts bundles this file with esbuild (so tfjs-core's ESM build,
 * gradients included, is loaded once) and starts it with `--backend cpu|wasm --config A|B --seconds S --warmup W`
 * (and `--wasm-dir DIR`, the folder holding the wasm backend's .wasm files, for wasm). The pure-JavaScript CPU
 * backend runs the model as written; the WebAssembly backend runs it at its fast path (weight gradients as
 * transpose + plain matMul), SIMD on, with one thread or, given `--threads 2`, two (forced on in Node as
 * ../shared/peer-bench does, see tfjs-threads.ts). The last line printed is `RESULT {json}`.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
  const config = benchConfigs[value('--config', 'A') as ConfigName];
  const seconds = Number(value('--seconds', '15'));
  const warmup = Number(value('--warmup', '3'));
  const backend = value('--backend', 'cpu');
  if (backend !== 'cpu' && backend !== 'wasm') throw new Error(`unknown backend ${backend}`);
  const threads = Number(value('--threads', '1'));
  // In Node the wasm backend reads its .wasm files from disk, and picks its SIMD, single-thread build unless forced.
  if (backend === 'wasm') setWasmPaths(value('--wasm-dir', ''));
  if (backend === 'wasm' && threads > 1) forceWasmThreads(threads, setThreadsCount);
  if (!(await tf.setBackend(backend)) || tf.getBackend() !== backend) throw new Error(`backend ${backend} failed to start`);
  await tf.ready();
  let variant = '';
  if (backend === 'wasm') {
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    const running = getThreadsCount();
    if (simd !== true || running !== threads) {
      throw new Error(`wasm backend runs with SIMD ${String(simd)} and ${running} threads, not SIMD on and ${threads}`);
    }
    variant = `SIMD on, ${threads === 1 ? '1 thread' : `${threads} threads`}, weight gradients as transpose + matMul`;
  }
  const shape = makeGptConfig({
    vocabSize: config.vocabSize, contextLength: config.contextLength, width: config.width, heads: config.heads,
    layers: config.layers, dtype: 'float32', seed: BENCH_SEED,
  });
  const model = tfGptFrom(initTensors(shape));
  const mask = causalMask(config.contextLength);
  const optimizer = tf.train.adam(BENCH_LEARNING_RATE);
  const rng = createRng(BENCH_SEED + 1);
  const products = backend === 'wasm' ? 'xpose' : 'plain';
  const step = async () => {
    const { inputs, targets } = randomTokens(config, rng);
    const x = tf.tensor1d(inputs, 'int32');
    const y = tf.tensor1d(targets, 'int32');
    const loss = optimizer.minimize(() => tfLoss(model, config, mask, x, y, products), true, model.variables);
    if (!loss) throw new Error('minimize returned no loss');
    const value = (await loss.data())[0];
    tf.dispose([x, y, loss]);
    return value;
  };
  const result = await timeRun(`tfjs-${backend}`, config, trainingFlops(shape, config.batchSize), seconds, warmup, step);
  console.log(`RESULT ${JSON.stringify({ ...result, variant })}`);
  // the wasm backend's pthread workers would keep the process alive
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
