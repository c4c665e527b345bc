import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vite';
import { remarkExercises } from './scripts/content/exercises.ts';
import { remarkHeadingIds } from './scripts/content/headingIds.ts';
import { remarkStrictMath } from './scripts/content/math.ts';
import { lessonsPlugin } from './scripts/content/vitePlugin.ts';
import { pwaPlugins } from './scripts/pwa/options.ts';
import { pyodideAssetsModule, pyodidePlugin } from './scripts/pyodide/vitePlugin.ts';
import { searchIndexPlugin } from './scripts/search/vitePlugin.ts';

// The MDX compiler runs before the React plugin so that compiled lessons get React's JSX transform.
export default defineConfig({
  plugins: [
    // LESSONS_DIR points the site at another lesson folder, e.g. the fixture lessons under tests/fixtures.
    lessonsPlugin({ contentDir: process.env.LESSONS_DIR ?? 'content' }),
    // Python for the code exercises: Pyodide's runtime files from node_modules, served and copied under /pyodide/.
    pyodidePlugin(),
    // The search index is built from the same lessons, so every route is searchable.
    searchIndexPlugin({ contentDir: process.env.LESSONS_DIR ?? 'content' }),
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter, remarkMath, remarkStrictMath, remarkHeadingIds, remarkExercises],
        rehypePlugins: [rehypeKatex],
      }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    // Installable offline app: precache of every chunk, manifest, and an update prompt (app/pwa) instead of reloads.
    ...pwaPlugins(),
  ],
  // Pyodide finds its own files at run time; pre-bundling would move it away from them.
  optimizeDeps: { exclude: ['pyodide'] },
  // The Python worker loads Pyodide with a dynamic import, which needs module workers.
  worker: { format: 'es', plugins: () => [pyodideAssetsModule()] },
  build: {
    // Lesson bodies and simulations are split into their own chunks; the course page loads only the shell.
    chunkSizeWarningLimit: 600,
  },
  preview: { port: 4173, strictPort: false },
});
