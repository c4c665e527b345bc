import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';

/*
 * TensorFlow.js's WebAssembly backend with threads, in Node, as ../shared/peer-bench forces it on (its wasm-mt2
 * runs): tfjs turns threads off under Node, starts its pthread workers from Blob URLs that Node's worker_threads
 * cannot load, and caps the thread count at half the cores the C++ side sees. So: the flag is set by hand, each
 * Blob's script is written to a temporary file whose path stands in for the URL, and os.cpus() reports twice the
 * cores so the count asked for takes effect (never more threads than real cores are asked for). A browser needs
 * none of this but cross-origin isolation (SharedArrayBuffer) instead.
 */

const MAIN_SCRIPT = 'var WasmBackendModuleThreadedSimd';

/** Makes the next tf.setBackend('wasm') start the threaded SIMD build with `threads` threads; call before it. */
export function forceWasmThreads(threads: number, setThreadsCount: (n: number) => void): void {
  if (threads > os.cpus().length) throw new RangeError(`${threads} threads asked for, ${os.cpus().length} cores here`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
  const dir = mkdtempSync(join(os.tmpdir(), 'tfjs-wasm-threads-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const mainPath = join(dir, 'main.cjs');
  const parts = new WeakMap<Blob, unknown[]>();
  const NodeBlob = globalThis.Blob;
  globalThis.Blob = class extends NodeBlob {
    constructor(blobParts?: BlobPart[], options?: BlobPropertyBag) {
      super(blobParts, options);
      parts.set(this, blobParts ?? []);
      // the main script's Blob goes to the workers, which then ask for its URL
      if (typeof blobParts?.[0] === 'string' && blobParts[0].startsWith(MAIN_SCRIPT)) writeFileSync(mainPath, blobParts.join(''));
    }
  };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    const text = parts.get(blob)?.join('');
    if (text === undefined) return createObjectURL(blob);
    if (text.startsWith(MAIN_SCRIPT)) return mainPath;
    // the worker script (tfjs's inlined copy of Emscripten's .worker.js), told where the main script lies
    const workerPath = join(dir, 'worker.cjs');
    writeFileSync(workerPath, `URL.createObjectURL = () => ${JSON.stringify(mainPath)};\n${text}`);
    return workerPath;
  };
  const cpus = os.cpus;
  (os as { cpus: typeof os.cpus }).cpus = () => { const c = cpus(); return c.concat(c); };
  setThreadsCount(threads);
}
