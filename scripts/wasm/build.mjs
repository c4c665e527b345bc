#!/usr/bin/env node
/*
 * Compiles the engine's AssemblyScript training kernels (engine/gpt/wasm/assembly) to WebAssembly, twice: plain
 * SIMD, and relaxed SIMD (fused multiply-add), and writes both as base64 into engine/gpt/wasm/compiledKernels.ts
 * (gitignored), so the engine imports its kernels like any module in Node, vitest, workers and the browser build.
 * Runs from the npm hooks (prepare, predev, prebuild, pretest, prebench, pretypecheck); does nothing when the
 * output is newer than every source. `--force` recompiles anyway.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceDir = join(root, 'engine', 'gpt', 'wasm', 'assembly');
const outFile = join(root, 'engine', 'gpt', 'wasm', 'compiledKernels.ts');
const entry = relative(root, join(sourceDir, 'index.ts'));

/** The compiler flags shared by both builds: optimised, no garbage collector, no runtime checks. */
export const baseFlags = ['-O3', '--runtime', 'stub', '--noAssert'];

function upToDate() {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  const sources = readdirSync(sourceDir).map((name) => join(sourceDir, name));
  sources.push(fileURLToPath(import.meta.url));
  return sources.every((file) => statSync(file).mtimeMs <= built);
}

async function compile(features) {
  let binary = null;
  const { error, stderr } = await asc.main([entry, ...baseFlags, '--enable', features, '-o', 'kernels.wasm'], {
    writeFile(name, contents) {
      if (name.endsWith('.wasm')) binary = contents;
    },
  });
  if (error || !binary) {
    process.stderr.write(stderr.toString());
    throw new Error(`compiling the kernels with --enable ${features} failed: ${error?.message ?? 'no output'}`);
  }
  return Buffer.from(binary).toString('base64');
}

async function main() {
  process.chdir(root);
  if (!process.argv.includes('--force') && upToDate()) return;
  const simd = await compile('simd');
  const relaxed = await compile('simd,relaxed-simd');
  const text = [
    '// Written by scripts/wasm/build.mjs from engine/gpt/wasm/assembly; not in git. Run `npm run build:kernels`.',
    '/** The training kernels compiled with WebAssembly SIMD, base64. */',
    `export const simdKernels = '${simd}';`,
    '/** The same kernels compiled with relaxed SIMD (fused multiply-add), base64. */',
    `export const relaxedSimdKernels = '${relaxed}';`,
    '',
  ].join('\n');
  writeFileSync(outFile, text);
  console.log(`kernels: ${relative(root, outFile)} (${simd.length + relaxed.length} base64 characters)`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
