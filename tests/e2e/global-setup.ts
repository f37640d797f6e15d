import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the app once and serves it on 127.0.0.1 for every browser test; closes the server at the
 * end. The build goes to dist/, or to E2E_DIST when set (two runs at once must not share a folder).
 */
export default async function setup(project: TestProject) {
  const outDir = process.env.E2E_DIST || `${root}/dist`;
  await build({ configFile: `${root}/vite.config.ts`, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const served = await serveFolder(outDir);
  project.provide('baseUrl', served.url);
  project.provide('distDir', outDir);
  return async () => {
    await served.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}
