import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against `vite preview` of the production build, two files at a time. Every file
// opens its own browser profiles and any server of its own on a free port, so files share nothing but the preview;
// two at once keep both cores busy while each waits on its browser.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
