import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:pyodide-assets';

/** The Cache Storage name the runtime is kept under, by the worker itself and by the service worker's route. */
export const PYTHON_RUNTIME_CACHE = 'python-runtime';
const RESOLVED_ID = '\0virtual:pyodide-assets';

/** The files of the Python runtime the exercises load, from the pyodide package; nothing else of it ships. */
export const PYODIDE_FILES = ['pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

/** Where the pyodide package is installed, and its version. */
function pyodidePackage(): { dir: string; version: string } {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('pyodide/package.json'));
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dir, version };
}

/** The folder the runtime is served from: versioned, so a new Pyodide is a new URL and never a stale cache. */
export function pyodideBase(version: string): string {
  return `/pyodide/${version}/`;
}

/** Only `virtual:pyodide-assets`, for the worker's own bundle (which must not emit the files a second time). */
export function pyodideAssetsModule(): Plugin {
  const { dir, version } = pyodidePackage();
  const base = pyodideBase(version);
  const files = PYODIDE_FILES.map((name) => ({ name, bytes: statSync(path.join(dir, name)).size }));
  return {
    name: 'tfs-pyodide-assets',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const PYODIDE_BASE = ${JSON.stringify(base)};\nexport const PYODIDE_VERSION = ${JSON.stringify(version)};\nexport const PYODIDE_FILES = ${JSON.stringify(files)};\nexport const PYODIDE_CACHE = ${JSON.stringify(PYTHON_RUNTIME_CACHE)};`;
    },
  };
}

/**
 * Serves Pyodide's runtime files from node_modules under /pyodide/<version>/ in dev and copies them into the build,
 * and exposes `virtual:pyodide-assets` (the folder, the version, and each file's size for the loading bar). The
 * files are not precached: the service worker keeps them the first time an exercise loads Python.
 */
export function pyodidePlugin(): Plugin {
  const { dir, version } = pyodidePackage();
  const base = pyodideBase(version);
  return {
    ...pyodideAssetsModule(),
    name: 'tfs-pyodide',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0];
        if (!url.startsWith(base)) return next();
        const name = url.slice(base.length);
        if (!(PYODIDE_FILES as readonly string[]).includes(name)) return next();
        res.setHeader('Content-Type', CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'max-age=31536000, immutable');
        createReadStream(path.join(dir, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: 'asset', fileName: `${base.slice(1)}${name}`, source: readFileSync(path.join(dir, name)) });
      }
    },
  };
}
