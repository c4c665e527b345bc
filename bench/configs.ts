import type { Rng } from '../engine/random';

/** A benchmark configuration: the model shape and the batch size, named as in the reference benchmark. */
/** The benchmark configurations' names. */
export type ConfigName = 'A' | 'B' | 'C';

export interface BenchConfig {
  name: ConfigName;
  vocabSize: number;
  contextLength: number;
  width: number;
  heads: number;
  layers: number;
  batchSize: number;
}

/**
 * Config A (names-sized) and config B (Shakespeare-sized), as in the TensorFlow.js reference, and config C, the
 * Lab's largest model (4 layers, width 128, context 64: 808,448 parameters) at the Lab's batch of 32.
 */
export const benchConfigs: Record<ConfigName, BenchConfig> = {
  A: { name: 'A', vocabSize: 27, contextLength: 16, width: 32, heads: 4, layers: 2, batchSize: 32 },
  B: { name: 'B', vocabSize: 65, contextLength: 64, width: 64, heads: 4, layers: 4, batchSize: 16 },
  C: { name: 'C', vocabSize: 27, contextLength: 64, width: 128, heads: 4, layers: 4, batchSize: 32 },
};

/** Both implementations start from the same weights, drawn from this seed (the data from seed + 1). */
export const BENCH_SEED = 1234;
/** Both train with Adam at this constant rate, as the reference does. */
export const BENCH_LEARNING_RATE = 1e-3;
/** TensorFlow.js's Adam uses the float32 backend epsilon 1e-7; the engine is given the same. */
export const BENCH_ADAM_EPSILON = 1e-7;

/** Fresh uniform random tokens for one step: B sequences of T + 1 tokens, split into inputs and targets. */
export function randomTokens(config: BenchConfig, rng: Rng): { inputs: Int32Array; targets: Int32Array } {
  const { batchSize: B, contextLength: T, vocabSize: V } = config;
  const inputs = new Int32Array(B * T);
  const targets = new Int32Array(B * T);
  for (let b = 0; b < B; b++) {
    let previous = rng.int(V);
    for (let t = 0; t < T; t++) {
      const next = rng.int(V);
      inputs[b * T + t] = previous;
      targets[b * T + t] = next;
      previous = next;
    }
  }
  return { inputs, targets };
}

/** What one timed run reports. */
export interface RunResult {
  implementation: string;
  config: ConfigName;
  warmupSteps: number;
  timedSteps: number;
  seconds: number;
  stepsPerSecond: number;
  tokensPerSecond: number;
  gflops: number;
  firstLoss: number;
  lastLoss: number;
  /** Processor seconds this process used in the timed window; well below `seconds` means other work competed. */
  cpuSeconds: number;
  /** How the implementation ran, when it has a choice: the engine's kernel path, the wasm backend's settings. */
  variant?: string;
}

/** Times step() for about `seconds` after `warmup` untimed steps, and summarises the run. */
export async function timeRun(
  implementation: string, config: BenchConfig, flopsPerStep: number, seconds: number, warmup: number,
  step: () => number | Promise<number>,
): Promise<RunResult> {
  const firstLoss = await step();
  for (let i = 1; i < warmup; i++) await step();
  let lastLoss = firstLoss;
  let steps = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    lastLoss = await step();
    steps++;
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    implementation, config: config.name, warmupSteps: warmup, timedSteps: steps, seconds: elapsed,
    stepsPerSecond: steps / elapsed,
    tokensPerSecond: (steps * config.batchSize * config.contextLength) / elapsed,
    gflops: (steps * flopsPerStep) / elapsed / 1e9,
    firstLoss, lastLoss, cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}
