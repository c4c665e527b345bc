import { createGpt } from '../engine/gpt/forward';
import { createTrainer, trainStep } from '../engine/gpt/train';
import { constantRate } from '../engine/gpt/schedule';
import { createRng } from '../engine/random';
import type { KernelSet } from '../engine/gpt/kernelSet';
import { BENCH_ADAM_EPSILON, BENCH_LEARNING_RATE, BENCH_SEED, benchConfigs, randomTokens, type ConfigName } from './configs';

/*
 * npx tsx bench/profile.ts [--config C] [--steps 20] [--kernels auto|typescript]: where one training step of the
 * engine spends its time. Every kernel call is timed and filed under its name and shape; what the kernels do not
 * cover (embeddings, zeroing, clipping) shows as the remainder. Prints the rows by total time, largest first.
 */
// Piped into head, stdout closes early: that ends the listing, not the run with a stack trace.
process.stdout.on('error', () => process.exit(0));
const args = process.argv.slice(2);
const option = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const config = benchConfigs[option('--config', 'C') as ConfigName];
const steps = Number(option('--steps', '20'));
const kernels = option('--kernels', 'auto') as 'auto' | 'typescript';

const model = createGpt({
  vocabSize: config.vocabSize, contextLength: config.contextLength, width: config.width, heads: config.heads,
  layers: config.layers, dtype: 'float32', seed: BENCH_SEED,
});
const trainer = createTrainer(model, {
  batchSize: config.batchSize, schedule: constantRate(BENCH_LEARNING_RATE), clipNorm: 0,
  adam: { epsilon: BENCH_ADAM_EPSILON }, kernels,
});

const totals = new Map<string, { ms: number; calls: number }>();
// Numbers among a call's arguments (the shapes) name the row; the arrays do not.
const shapeOf = (values: unknown[]) => values.filter((v) => typeof v === 'number').join('×');
let timing = false;
const set = trainer.workspace.kernels as unknown as Record<string, unknown>;
for (const [name, fn] of Object.entries(set)) {
  if (typeof fn !== 'function') continue;
  set[name] = (...values: unknown[]) => {
    const start = performance.now();
    const result = (fn as (...v: unknown[]) => unknown)(...values);
    if (timing) {
      const key = `${name} ${name === 'adamUpdate' ? '' : shapeOf(values)}`;
      const row = totals.get(key) ?? { ms: 0, calls: 0 };
      row.ms += performance.now() - start;
      row.calls += 1;
      totals.set(key, row);
    }
    return result;
  };
}
void (set as unknown as KernelSet);

const rng = createRng(BENCH_SEED + 1);
const step = () => {
  const { inputs, targets } = randomTokens(config, rng);
  trainStep(trainer, { batchSize: config.batchSize, time: config.contextLength, inputs, targets });
};
for (let i = 0; i < 3; i++) step();
timing = true;
const start = performance.now();
for (let i = 0; i < steps; i++) step();
const wall = (performance.now() - start) / steps;
const rows = [...totals.entries()].map(([key, r]) => ({ key, ms: r.ms / steps, calls: r.calls / steps }));
rows.sort((a, b) => b.ms - a.ms);
const covered = rows.reduce((s, r) => s + r.ms, 0);
console.log(`config ${config.name}, ${trainer.kernels}: ${wall.toFixed(1)} ms per step (${(1000 / wall).toFixed(2)} steps/s)`);
for (const r of rows) {
  console.log(`${r.ms.toFixed(2).padStart(8)} ms ${((100 * r.ms) / wall).toFixed(1).padStart(5)}%  ${String(r.calls).padStart(3)}×  ${r.key}`);
}
console.log(`${(wall - covered).toFixed(2).padStart(8)} ms ${((100 * (wall - covered)) / wall).toFixed(1).padStart(5)}%        outside the kernels`);
