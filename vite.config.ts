import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { timelineDataset } from './src/loader/vite-plugin.ts';
import { prerenderTimeline } from './src/loader/prerender-plugin.ts';
import { exportFonts } from './src/loader/font-subset-plugin.ts';
import { pageFonts } from './src/loader/page-font-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** TIMELINE_SEEDS builds from another folder of articles (the loader and hostile-input tests use temporary ones). */
const seedsDir = () => process.env.TIMELINE_SEEDS || 'seeds';

// One dataset plugin: the prerender reads the same cached dataset instead of extracting the seeds again.
const dataset = timelineDataset({ seedsDir: seedsDir(), root });

// The page lives in src/ (index.html there) so the top level holds only the project's fixed files.
export default defineConfig({
  root: resolve(root, 'src'),
  publicDir: resolve(root, 'static'),
  base: './',
  plugins: [
    svelte(),
    dataset,
    exportFonts({ seedsDir: seedsDir(), root }),
    pageFonts({ seedsDir: seedsDir(), root, getDataset: () => dataset.api.getDataset() }),
    prerenderTimeline(() => dataset.api.getDataset()),
  ],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // Every browser the app supports has <link rel="modulepreload">: the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first visit runs goes into the entry chunk: one request, and one gzip
          // stream compresses better than three (Svelte's runtime and the layout maths were split
          // into chunks shared with the lazy export and embed code). Lazy chunks import from it.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
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
