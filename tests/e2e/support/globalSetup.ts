import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumInstalled, CHROMIUM_PATH } from './chromium';
import { startPreview } from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build for the end-to-end tests; `npm test` builds it just before. */
export default async function setup(project: TestProject) {
  if (!chromiumInstalled()) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`);
  }
  const outDir = path.resolve(process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`No production build in ${outDir}. Run "npm run build" first.`);
  }
  const { url, server } = await startPreview(outDir);
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
