/// <reference lib="webworker" />
// The only place student code runs: a dedicated worker with no DOM. Pyodide's files come from our own build (and
// the service worker's cache once loaded); after start-up every network API is switched off, so code typed into an
// exercise cannot send anything anywhere.
import { loadPyodide } from 'pyodide';
import { PYODIDE_BASE, PYODIDE_CACHE, PYODIDE_FILES } from 'virtual:pyodide-assets';
import { installHarness, runHarness, type HarnessResult, type PythonRuntime } from './harness';
import type { FromPythonWorker, ToPythonWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;
const post = (message: FromPythonWorker) => self.postMessage(message);
const absolute = (name: string) => new URL(`${PYODIDE_BASE}${name}`, self.location.origin).href;

/** Opens the cache the runtime is kept in, or null where the browser offers no Cache Storage. */
async function runtimeCache(): Promise<Cache | null> {
  try {
    return typeof caches === 'undefined' ? null : await caches.open(PYODIDE_CACHE);
  } catch {
    return null;
  }
}

/**
 * Gets every runtime file with a running byte count, so the page can say "3.1 of 13.6 MB": from the cache when an
 * earlier visit kept it (so exercises run offline), else from our own server, keeping a copy for next time.
 */
async function download(): Promise<Map<string, ArrayBuffer>> {
  const total = PYODIDE_FILES.reduce((sum, f) => sum + f.bytes, 0);
  const cache = await runtimeCache();
  let loaded = 0;
  let lastPost = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (force || now - lastPost > 100) {
      lastPost = now;
      post({ type: 'progress', loaded: Math.min(loaded, total), total });
    }
  };
  report(true);
  const entries = await Promise.all(
    PYODIDE_FILES.map(async ({ name }) => {
      const url = absolute(name);
      const kept = await cache?.match(url).catch(() => undefined);
      if (kept) {
        const bytes = await kept.arrayBuffer();
        loaded += bytes.byteLength;
        report();
        return [url, bytes] as const;
      }
      const response = await fetch(url);
      if (!response.ok || !response.body) throw new Error(`${name} answered ${response.status}`);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        report();
      }
      const bytes = await new Blob(chunks as BlobPart[]).arrayBuffer();
      await cache?.put(url, new Response(bytes, { headers: { 'Content-Type': contentType(url) } })).catch(() => undefined);
      return [url, bytes] as const;
    }),
  );
  report(true);
  return new Map(entries);
}

const contentType = (url: string) =>
  url.endsWith('.wasm') ? 'application/wasm' : url.endsWith('.json') ? 'application/json' : url.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream';

/** Answers Pyodide's own fetches of its files from what was already downloaded. */
function serveFrom(files: Map<string, ArrayBuffer>, realFetch: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
    const bytes = files.get(url);
    if (!bytes) return realFetch(input, init);
    return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': contentType(url) } }));
  };
}

/** Removes every way out of the worker that student code could reach through Pyodide's `js` module. */
function closeTheNetwork(): void {
  const refuse = () => Promise.reject(new TypeError('Exercises run without a network.'));
  const scope = self as unknown as Record<string, unknown>;
  scope.fetch = refuse;
  for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'BroadcastChannel', 'indexedDB', 'caches', 'importScripts']) {
    try {
      Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false });
    } catch {
      scope[name] = undefined;
    }
  }
}

async function start(): Promise<PythonRuntime> {
  const t0 = performance.now();
  const files = await download();
  const realFetch = self.fetch.bind(self);
  self.fetch = serveFrom(files, realFetch);
  const lock = new TextDecoder().decode(files.get(absolute('pyodide-lock.json')));
  // The interpreter's own module is imported from the bytes already here, not fetched again, so it loads offline
  // whether or not this worker is under the service worker.
  const moduleUrl = URL.createObjectURL(new Blob([files.get(absolute('pyodide.asm.mjs'))!], { type: 'text/javascript' }));
  const { default: createPyodideModule } = (await import(/* @vite-ignore */ moduleUrl)) as { default: unknown };
  URL.revokeObjectURL(moduleUrl);
  const python = (await loadPyodide({
    // Not in Pyodide's published options type, but read by loadPyodide before it would import the module itself.
    ...({ createPyodideModule } as object),
    indexURL: new URL(PYODIDE_BASE, self.location.origin).href,
    lockFileContents: lock,
    stdLibURL: absolute('python_stdlib.zip'),
    stdout: () => {},
    stderr: () => {},
  })) as unknown as PythonRuntime;
  installHarness(python);
  closeTheNetwork();
  post({ type: 'ready', ms: Math.round(performance.now() - t0) });
  return python;
}

const ready = start();
ready.catch((error: unknown) => post({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) }));

self.onmessage = async (event: MessageEvent<ToPythonWorker>) => {
  const message = event.data;
  if (message?.type !== 'run') return;
  let python: PythonRuntime;
  try {
    python = await ready;
  } catch {
    return; // load-failed was already posted
  }
  post({ type: 'started', id: message.id });
  const t0 = performance.now();
  let result: HarnessResult;
  try {
    result = runHarness(python, message.source, message.functionName, message.cases);
  } catch (error) {
    // The harness itself failed (not the student's code, whose errors it reports): say so rather than hang.
    const text = error instanceof Error ? error.message : String(error);
    result = { fatal: { type: 'RunnerError', message: `the exercise runner failed: ${text}`, line: null }, outcomes: [], stdout: '', truncated: false };
  }
  post({ type: 'result', id: message.id, result, ms: Math.round(performance.now() - t0) });
};
