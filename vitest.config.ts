import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vitest/config';
import { remarkExercises } from './scripts/content/exercises.ts';
import { remarkHeadingIds } from './scripts/content/headingIds.ts';
import { remarkStrictMath } from './scripts/content/math.ts';
import { lessonsPlugin } from './scripts/content/vitePlugin.ts';
import { pyodidePlugin } from './scripts/pyodide/vitePlugin.ts';

// Unit and component tests. Engine and content checks run in Node; anything that renders runs in jsdom.
// Component tests see the fixture lessons, so app tests do not depend on the chapters being written.
export default defineConfig({
  plugins: [
    lessonsPlugin({ contentDir: 'tests/fixtures/valid' }),
    pyodidePlugin(),
    {
      enforce: 'pre',
      ...mdx({ remarkPlugins: [remarkFrontmatter, remarkMdxFrontmatter, remarkMath, remarkStrictMath, remarkHeadingIds, remarkExercises], rehypePlugins: [rehypeKatex] }),
    },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
  ],
  test: {
    globals: true,
    // Generous limits: some component tests train a small model, and CI machines are shared. Tests never time
    // anything; these only stop a hung test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}', 'tests/app/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup.dom.ts'],
        },
      },
    ],
  },
});
