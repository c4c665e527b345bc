// `npm test`: every check in order, stopping at the first failure, with the time each stage took.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const bin = (name) => path.join('node_modules', '.bin', name);
const stages = [
  { name: 'type-check', run: () => exec(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) },
  { name: 'content check', run: () => exec(bin('tsx'), ['scripts/content/cli.ts']) },
  { name: 'unit and component tests', run: () => exec(bin('vitest'), ['run']) },
  { name: 'production build', run: () => exec(bin('vite'), ['build']) },
  { name: 'end-to-end tests (Chromium)', run: () => (ensureChromium() ? exec(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts']) : 1) },
];

/** Runs a command with inherited output; returns its exit code. */
function exec(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  if (result.error) console.error(result.error.message);
  return result.status ?? 1;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();
const timings = [];
for (const stage of stages) {
  console.log(`\n▶ ${stage.name}`);
  const t0 = Date.now();
  const code = stage.run();
  timings.push(`${stage.name}: ${seconds(Date.now() - t0)}`);
  if (code !== 0) {
    console.error(`\n✖ ${stage.name} failed (exit code ${code}). Stages run:\n  ${timings.join('\n  ')}`);
    process.exit(code);
  }
}
console.log(`\n✔ all stages passed in ${seconds(Date.now() - started)}\n  ${timings.join('\n  ')}`);
