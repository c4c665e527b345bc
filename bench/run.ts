import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { trainingFlops } from '../engine/gpt/flops';
import { benchConfigs, type RunResult } from './configs';
import { runEngine } from './engine-run';

/*
 * npm run bench: trains the same tiny GPT (same weights, data, batch and Adam) with the engine and with
 * TensorFlow.js's pure-JavaScript CPU backend, alternating engine, tfjs, engine, tfjs for each config, and prints
 * steps/s, tokens/s and GFLOP/s (3 × forward matmul FLOPs per step, as the reference counts them) and the ratio.
 * Flags: --quick (short windows), --configs A,B, --runs N.
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const option = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const names = option('--configs', 'A,B').split(',') as ('A' | 'B')[];
const runs = Number(option('--runs', '2'));
const seconds = { engine: { A: quick ? 3 : 10, B: quick ? 5 : 15 }, tfjs: { A: quick ? 3 : 15, B: quick ? 8 : 30 } };
const WARMUP = 3;

const here = fileURLToPath(new URL('.', import.meta.url));
const buildDir = mkdtempSync(join(tmpdir(), 'tfjs-bench-'));
const bundle = join(buildDir, 'tfjs-run.cjs');
await build({
  entryPoints: [join(here, 'tfjs-run.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  mainFields: ['module', 'main'], outfile: bundle, logLevel: 'error',
});

function runTfjs(name: 'A' | 'B'): RunResult {
  const child = spawnSync(process.execPath,
    [bundle, '--config', name, '--seconds', String(seconds.tfjs[name]), '--warmup', String(WARMUP)],
    { encoding: 'utf8', maxBuffer: 16 << 20 });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`tfjs run failed (exit ${child.status}):\n${child.stderr}`);
  return JSON.parse(line.slice('RESULT '.length)) as RunResult;
}

const fmt = (x: number, digits: number) => x.toFixed(digits);
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; @tensorflow/tfjs-core + tfjs-backend-cpu 4.22.0`);
console.log('FLOPs per training step = 3 × forward, forward = 2·Σ M·K·N over the matmuls');
console.log(`warm-up ${WARMUP} steps excluded; timed windows: engine ${seconds.engine.A}/${seconds.engine.B} s, tfjs ${seconds.tfjs.A}/${seconds.tfjs.B} s (A/B)\n`);
const results: RunResult[] = [];
for (const name of names) {
  const config = benchConfigs[name];
  console.log(`config ${name}: ${JSON.stringify(config)}, ${trainingFlops(config, config.batchSize).toLocaleString('en')} FLOP/step`);
  for (let run = 1; run <= runs; run++) {
    for (const implementation of ['engine', 'tfjs-cpu']) {
      const result = implementation === 'engine'
        ? await runEngine(config, seconds.engine[name], WARMUP)
        : runTfjs(name);
      results.push(result);
      console.log(`  ${implementation.padEnd(9)} run ${run}: ${fmt(result.stepsPerSecond, 2)} steps/s, ${result.timedSteps} steps in ${fmt(result.seconds, 1)} s`);
    }
  }
}
rmSync(buildDir, { recursive: true, force: true });

console.log('\n| config | implementation | steps/s | tokens/s | GFLOP/s | first loss | last loss | CPU share | GFLOP per CPU s |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.config} | ${r.implementation} | ${fmt(r.stepsPerSecond, 2)} | ${fmt(r.tokensPerSecond, 0)} | ` +
    `${fmt(r.gflops, 3)} | ${fmt(r.firstLoss, 6)} | ${fmt(r.lastLoss, 6)} | ${fmt(r.cpuSeconds / r.seconds, 2)} | ` +
    `${fmt((r.gflops * r.seconds) / r.cpuSeconds, 3)} |`);
}
console.log('(CPU share: processor time over wall time in the timed window; well under 1 means other work shared the\n' +
  'CPU, and GFLOP per CPU s is then the better measure of the code itself)');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const speedups: string[] = [];
console.log('');
for (const name of names) {
  const of = (impl: string) => results.filter((r) => r.config === name && r.implementation === impl);
  const engine = of('engine');
  const tfjs = of('tfjs-cpu');
  const ratio = mean(engine.map((r) => r.stepsPerSecond)) / mean(tfjs.map((r) => r.stepsPerSecond));
  const lossGap = Math.abs(engine[0].firstLoss - tfjs[0].firstLoss);
  console.log(`${name}: engine ${fmt(mean(engine.map((r) => r.stepsPerSecond)), 2)} steps/s (${fmt(mean(engine.map((r) => r.gflops)), 2)} GFLOP/s), ` +
    `tfjs-cpu ${fmt(mean(tfjs.map((r) => r.stepsPerSecond)), 2)} steps/s (${fmt(mean(tfjs.map((r) => r.gflops)), 3)} GFLOP/s), ` +
    `ratio ${fmt(ratio, 1)}×; same first batch and weights: |first loss difference| = ${lossGap.toExponential(2)}`);
  speedups.push(`${name}=${fmt(ratio, 1)}`);
}
console.log(`speedup_vs_tfjs_cpu ${speedups.join(' ')}`);
