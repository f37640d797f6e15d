import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { timelineDataset } from './src/loader/vite-plugin.ts';
import { prerenderTimeline } from './src/loader/prerender-plugin.ts';
import { exportFonts } from './src/loader/font-subset-plugin.ts';
import { buildDataset, listSeeds } from './src/loader/build-dataset.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** TIMELINE_SEEDS builds from another folder of articles (the loader and hostile-input tests use temporary ones). */
const seedsDir = () => process.env.TIMELINE_SEEDS || 'seeds';

// The page lives in src/ (index.html there) so the top level holds only the project's fixed files.
export default defineConfig({
  root: resolve(root, 'src'),
  publicDir: resolve(root, 'static'),
  base: './',
  plugins: [
    svelte(),
    timelineDataset({ seedsDir: seedsDir(), root }),
    exportFonts({ seedsDir: seedsDir(), root }),
    prerenderTimeline(() => buildDataset(listSeeds(resolve(root, seedsDir())), { root }).dataset),
  ],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1' },
  test: {
    root,
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts', 'tests/svg/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
