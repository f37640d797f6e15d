import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app once and serves dist/ on 127.0.0.1 for every browser test; closes the server at the end. */
export default async function setup(project: TestProject) {
  await build({ configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
  const served = await serveFolder(`${root}/dist`);
  project.provide('baseUrl', served.url);
  project.provide('distDir', `${root}/dist`);
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
