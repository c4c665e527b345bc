import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { PYTHON_RUNTIME_CACHE } from '../pyodide/vitePlugin.ts';

/** Colours of the installed app's title bar and splash screen: the light theme's page and accent colours. */
export const THEME_COLOR = '#1d4ed8';
export const BACKGROUND_COLOR = '#fdfdfb';

/**
 * Everything the offline app keeps: every emitted chunk (lessons, simulations, recharts, the Lab's names list,
 * the training worker), styles, the icons, KaTeX's woff2 fonts, and any JSON or WebAssembly file the build emits
 * (data and kernels fetched at run time). KaTeX's woff and ttf copies are left out:
 * every browser that runs a service worker picks woff2 first, and the other two would double the download.
 */
export const PRECACHE_GLOBS = ['**/*.{js,css,html,svg,png,woff2,json,wasm}'];

/** The build folder of the Python runtime (scripts/pyodide) and the cache the service worker keeps it in. */
export const PYTHON_RUNTIME_DIR = 'pyodide';

/** Options of vite-plugin-pwa: a prompt before any update (never a reload on its own), no caching in dev. */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // The app registers the worker itself, lazily, after the first render (app/pwa).
  injectRegister: false,
  strategies: 'generateSW',
  // The globs below already pick up the icons and the plugin adds the manifest; listing them twice would repeat them.
  includeManifestIcons: false,
  manifest: {
    name: 'Transformer From Scratch',
    short_name: 'Transformers',
    description: 'An interactive course that builds a GPT-style transformer from scratch, in the browser.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: PRECACHE_GLOBS,
    // Python for the exercises (about 13 MB) is not precached for every reader: it is kept the first time an
    // exercise loads it, below, so exercises run offline from then on.
    globIgnores: [`${PYTHON_RUNTIME_DIR}/**`],
    runtimeCaching: [
      {
        urlPattern: new RegExp(`/${PYTHON_RUNTIME_DIR}/`),
        handler: 'CacheFirst',
        options: {
          cacheName: PYTHON_RUNTIME_CACHE,
          // The folder is versioned, so an old runtime is never served for a new one; keep only the latest few files.
          expiration: { maxEntries: 8 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
    // Lesson routes exist only in the app's router, so every navigation is answered with the app shell.
    navigateFallback: 'index.html',
    // The first visit's page is served by the new worker at once, so lessons opened later in it work offline.
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // The largest lesson chunk is about 0.4 MB; leave room for growth without precaching by accident a huge file.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
  // Authors' dev server keeps plain HMR: no worker, no caches.
  devOptions: { enabled: false },
  integration: {
    // A build that writes no files (the bundle tests) has nothing to precache; without this the plugin would
    // write a service worker into whatever old build sits in the output folder.
    configureOptions: (config, options) => {
      if (config.build.write === false) options.disable = true;
    },
  },
};

/** The name and the environment variable of the build label written into index.html. */
export const BUILD_LABEL_META = 'build-label';
export const BUILD_LABEL_ENV = 'TFS_BUILD_LABEL';

/**
 * Writes `<meta name="build-label">` into index.html (the package version, or TFS_BUILD_LABEL when set), so a
 * deployment and the page a reader has open can be told apart; a new label is a new app shell and so an update.
 */
export function buildLabel(label: string): Plugin {
  return {
    name: 'tfs-build-label',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: BUILD_LABEL_META, content: label }, injectTo: 'head' }],
  };
}

/** The plugins that make the build an installable offline app. */
export function pwaPlugins(): Plugin[] {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return [buildLabel(process.env[BUILD_LABEL_ENV] || version), ...VitePWA({ ...pwaOptions })];
}
