import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { trainingFlops } from '../engine/gpt/flops';
import { benchConfigs, type ConfigName, type RunResult } from './configs';
import { runEngine } from './engine-run';
import {
  firstLossGap, IMPLEMENTATIONS, meanOf, speedupLine, speedups, speedupsOverBest, tableRows, type Implementation,
} from './summary';

/*
 * npm run bench: trains the same tiny GPT (same weights, data, batch and Adam) with the engine on its WebAssembly
 * SIMD path and on its TypeScript path, with TensorFlow.js's pure-JavaScript CPU backend, and with TensorFlow.js's
 * WebAssembly backend at its fast path (as ../shared/peer-bench runs it) on one thread and on two, alternating them
 * for each config. Prints steps/s, tokens/s and GFLOP/s (3 × forward matmul FLOPs per step, as the reference counts
 * them) and the speed-ups of the engine's own choice of path over both peers, the WebAssembly one taken at whichever
 * thread count is faster on the config (two threads win on the larger models when the second core is free; the
 * engine itself uses one, as it needs no SharedArrayBuffer).
 * Config C, the Lab's largest model, compares the engine with the fast peer only: the pure-JavaScript CPU backend
 * needs minutes per window there, and the issue it answers is the margin over the fastest peer.
 * Flags: --quick (short windows), --configs A,B,C, --runs N.
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const names = option('--configs', 'A,B,C').split(',') as ConfigName[];
const runs = Number(option('--runs', '2'));
// Timed seconds per run (A, B, C). The TypeScript path is a reference, so it gets a shorter window.
const seconds: Record<Implementation, Record<ConfigName, number>> = {
  'engine-simd': { A: quick ? 3 : 10, B: quick ? 4 : 15, C: quick ? 6 : 20 },
  'engine-ts': { A: quick ? 2 : 5, B: quick ? 3 : 8, C: quick ? 6 : 15 },
  'tfjs-cpu': { A: quick ? 3 : 15, B: quick ? 4 : 30, C: 0 },
  'tfjs-wasm': { A: quick ? 3 : 15, B: quick ? 4 : 20, C: quick ? 6 : 20 },
  'tfjs-wasm-mt': { A: quick ? 3 : 15, B: quick ? 4 : 20, C: quick ? 6 : 20 },
};
/** Threads for the threaded WebAssembly peer: two, where the machine has them. */
const PEER_THREADS = 2;
const threaded = cpus().length >= PEER_THREADS;
/**
 * What runs on each config: every implementation, except the CPU peer at the Lab's largest size (see above) and the
 * threaded peer on a one-core machine.
 */
const implementationsOf = (name: ConfigName): readonly Implementation[] =>
  IMPLEMENTATIONS.filter((i) => !(name === 'C' && i === 'tfjs-cpu') && (threaded || i !== 'tfjs-wasm-mt'));
const WARMUP = 3;
/** Largest allowed gap between first losses: float32 sums taken in another order differ around 1e-6. */
const FIRST_LOSS_TOLERANCE = 1e-4;

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm')) + sep;
const buildDir = mkdtempSync(join(tmpdir(), 'tfjs-bench-'));
const bundle = join(buildDir, 'tfjs-run.cjs');
await build({
  entryPoints: [join(here, 'tfjs-run.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  mainFields: ['module', 'main'], outfile: bundle, logLevel: 'error',
});

function runTfjs(implementation: 'tfjs-cpu' | 'tfjs-wasm' | 'tfjs-wasm-mt', name: ConfigName): RunResult {
  const backend = implementation === 'tfjs-cpu' ? 'cpu' : 'wasm';
  const threads = implementation === 'tfjs-wasm-mt' ? PEER_THREADS : 1;
  const child = spawnSync(process.execPath,
    [bundle, '--backend', backend, '--wasm-dir', wasmDir, '--config', name, '--threads', String(threads),
      '--seconds', String(seconds[implementation][name]), '--warmup', String(WARMUP)],
    { encoding: 'utf8', maxBuffer: 16 << 20 });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${implementation} run failed (exit ${child.status}):\n${child.stderr}`);
  return { ...(JSON.parse(line.slice('RESULT '.length)) as RunResult), implementation };
}

function runOne(implementation: Implementation, name: ConfigName): Promise<RunResult> | RunResult {
  const config = benchConfigs[name];
  switch (implementation) {
    // 'auto': the engine picks its path by itself, so the speed-ups below are of the engine as a user gets it.
    case 'engine-simd': return runEngine(config, seconds[implementation][name], WARMUP, 'auto');
    case 'engine-ts': return runEngine(config, seconds[implementation][name], WARMUP, 'typescript');
    case 'tfjs-cpu':
    case 'tfjs-wasm':
    case 'tfjs-wasm-mt': return runTfjs(implementation, name);
  }
}

const fmt = (x: number, digits: number) => x.toFixed(digits);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const windows = IMPLEMENTATIONS.filter((i) => threaded || i !== 'tfjs-wasm-mt')
  .map((i) => `${i} ${seconds[i].A}/${seconds[i].B}/${seconds[i].C || '–'} s`).join(', ');
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; @tensorflow/tfjs-core, tfjs-backend-cpu and tfjs-backend-wasm 4.22.0`);
console.log('FLOPs per training step = 3 × forward, forward = 2·Σ M·K·N over the matmuls');
console.log('tfjs-wasm: SIMD on, 1 thread; tfjs-wasm-mt: SIMD on, 2 threads (forced on in Node, as peer-bench does); ' +
  'both with weight gradients as transpose + plain matMul, embedding as matMul(cast(oneHot int32))');
console.log('speedup_vs_tfjs_wasm is over the faster of tfjs-wasm and tfjs-wasm-mt on each config');
console.log(`warm-up ${WARMUP} steps excluded; timed windows (A/B/C): ${windows}\n`);
const results: RunResult[] = [];
for (const name of names) {
  const config = benchConfigs[name];
  console.log(`config ${name}: ${JSON.stringify(config)}, ${trainingFlops(config, config.batchSize).toLocaleString('en')} FLOP/step`);
  for (let run = 1; run <= runs; run++) {
    for (const implementation of implementationsOf(name)) {
      const measured = await runOne(implementation, name);
      // A run labelled SIMD that fell back to TypeScript would make every ratio below false: say so and fail.
      if (measured.implementation !== implementation) {
        console.log(`  ${implementation} ran as ${measured.implementation} (${measured.variant}): its figures are not the ${implementation} path`);
        process.exitCode = 1;
      }
      const result = { ...measured, implementation };
      results.push(result);
      console.log(`  ${implementation.padEnd(12)} run ${run}: ${fmt(result.stepsPerSecond, 2)} steps/s, ${result.timedSteps} steps in ` +
        `${fmt(result.seconds, 1)} s${result.variant ? `; ${result.variant}` : ''}`);
    }
  }
}
rmSync(buildDir, { recursive: true, force: true });

console.log('\n| config | implementation | steps/s | tokens/s | GFLOP/s | first loss | last loss | CPU share | GFLOP per CPU s |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of tableRows(results)) console.log(row);
console.log('(CPU share: processor time over wall time in the timed window; well under 1 means other work shared the\n' +
  'CPU, and GFLOP per CPU s is then the better measure of the code itself)\n');
for (const name of names) {
  const gap = firstLossGap(results, name);
  const agree = gap < FIRST_LOSS_TOLERANCE;
  if (!agree) process.exitCode = 1;
  const tokensPerStep = benchConfigs[name].batchSize * benchConfigs[name].contextLength;
  const means = implementationsOf(name).map((i) => `${i} ${fmt(meanOf(results, name, i, 'stepsPerSecond'), 2)} steps/s ` +
    `= ${fmt(meanOf(results, name, i, 'stepsPerSecond') * tokensPerStep, 0)} tokens/s ` +
    `(${fmt(meanOf(results, name, i, 'gflops'), 2)} GFLOP/s)`).join(', ');
  console.log(`${name}: ${means}`);
  const perCpu = (i: string) => mean(results.filter((r) => r.config === name && r.implementation === i).map((r) => (r.gflops * r.seconds) / r.cpuSeconds));
  const overCpu = implementationsOf(name).includes('tfjs-cpu') ? `${fmt(perCpu('engine-simd') / perCpu('tfjs-cpu'), 1)}× tfjs-cpu and ` : '';
  console.log(`${name}: per processor second, engine-simd is ${overCpu}${fmt(perCpu('engine-simd') / perCpu('tfjs-wasm'), 1)}× tfjs-wasm`);
  console.log(`${name}: same first batch and weights: largest |first loss difference| from ${implementationsOf(name).includes('tfjs-cpu') ? 'tfjs-cpu' : 'tfjs-wasm'} = ${gap.toExponential(2)} ` +
    `(${agree ? 'under' : 'NOT under'} ${FIRST_LOSS_TOLERANCE})`);
}
// The engine picks the SIMD path by itself where WebAssembly SIMD exists, so engine-simd is its own choice here.
console.log(speedupLine('tfjs_cpu', speedups(results, names, 'engine-simd', 'tfjs-cpu')));
console.log(speedupLine('tfjs_wasm', speedupsOverBest(results, names, 'engine-simd', ['tfjs-wasm', 'tfjs-wasm-mt'])));
