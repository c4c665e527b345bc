import { defineConfig } from 'vitest/config';

// Unit and component tests. Engine and content checks run in Node; anything that renders runs in jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/engine/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.{ts,tsx}', 'tests/app/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
