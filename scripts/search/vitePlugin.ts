import path from 'node:path';
import type { Plugin } from 'vite';
import { courseDocuments } from './documents.ts';
import type { SearchDocument } from './options.ts';

const VIRTUAL_ID = 'virtual:search-index';
const RESOLVED_ID = '\0virtual:search-index';

/** Options for the search index plugin. */
export interface SearchIndexPluginOptions {
  /** Folder holding the tracks, relative to the Vite root; the same folder the lessons plugin reads. */
  contentDir?: string;
}

/**
 * Source of `virtual:search-index`: the section documents as one JSON string, which the browser parses faster
 * than the same data written as an object literal. The page builds the MiniSearch index from them when search
 * is first opened (smaller to download than a serialized index; see app/search/loadIndex.ts).
 */
export function indexModuleSource(documents: readonly SearchDocument[]): string {
  return `export const documents = JSON.parse(${JSON.stringify(JSON.stringify(documents))});`;
}

/** Serves `virtual:search-index`, built from every lesson of every track, and rebuilds it when a lesson changes. */
export function searchIndexPlugin(options: SearchIndexPluginOptions = {}): Plugin {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  return {
    name: 'tfs-search-index',
    configResolved(config) {
      root = config.root;
    },
    configureServer(dev) {
      const dir = path.join(root, contentDir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.mdx')) return;
        const mod = dev.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) dev.moduleGraph.invalidateModule(mod);
      };
      dev.watcher.on('add', onChange);
      dev.watcher.on('unlink', onChange);
      dev.watcher.on('change', onChange);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return indexModuleSource(courseDocuments(root, contentDir));
    },
  };
}
