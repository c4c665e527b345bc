import path from 'node:path';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import { defineConfig } from 'vite';
import courseConfig from '../../vite.config.ts';
import { writeEntryHtml } from './entryHtml.ts';
import { pyodideAssetsModule, pyodideBase, pyodidePlugin } from '../pyodide/vitePlugin.ts';

/** Where the SCORM build goes; the packager reads it from here. */
export const SCORM_SITE_DIR = 'dist-scorm/site';

/** Every plugin of a config as one flat list. */
function flatPlugins(list: PluginOption[] | undefined): Plugin[] {
  return ((list ?? []) as unknown[]).flat(Infinity).filter((p): p is Plugin => typeof p === 'object' && p !== null && 'name' in p);
}

/**
 * Pyodide for a package: the same files, but the worker finds them beside itself (`../pyodide/<version>/` from
 * assets/) instead of at the site root, since an LMS serves the package from a folder of its own choosing.
 */
function relativePyodide(plugin: Plugin): Plugin {
  const load = plugin.load as (this: unknown, id: string) => string | null;
  return {
    ...plugin,
    name: `${plugin.name}-relative`,
    load(id) {
      const code = load.call(this, id);
      if (code === null) return null;
      const version = /PYODIDE_VERSION = "([^"]+)"/.exec(code)?.[1] ?? '';
      const relative = `..${pyodideBase(version)}`;
      // The worker reads PYODIDE_BASE as a path on its own origin, so give it the path of the folder beside it.
      return code.replace(/export const PYODIDE_BASE = [^;]+;/, `export const PYODIDE_BASE = new URL(${JSON.stringify(relative)}, self.location.href).pathname;`);
    },
  };
}

/** Course plugins minus the offline app (a service worker has no place inside an LMS) and the root-bound Pyodide. */
const plugins = flatPlugins(courseConfig.plugins).filter((p) => !p.name.startsWith('vite-plugin-pwa') && p.name !== 'tfs-build-label' && p.name !== 'tfs-pyodide');

// The lesson player's build: relative URLs throughout, so the files work from whatever folder the LMS unpacks them to.
export default defineConfig({
  ...(courseConfig as UserConfig),
  base: './',
  plugins: [...plugins, relativePyodide(pyodidePlugin())],
  worker: { format: 'es', plugins: () => [relativePyodide(pyodideAssetsModule())] },
  build: {
    ...(courseConfig as UserConfig).build,
    outDir: SCORM_SITE_DIR,
    emptyOutDir: true,
    manifest: true,
    rollupOptions: { input: writeEntryHtml(path.resolve('.')) },
  },
});
