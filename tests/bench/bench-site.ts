/**
 * The site the browser benchmarks run against, on one origin (127.0.0.1) so no library pays for a
 * cross-origin request the others do not: the app built into a temporary folder, the generated
 * datasets under bench/, vis-timeline and TimelineJS served from node_modules under vendor/, and a
 * small page per library under compare/ that fetches the same dataset JSON and draws it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { serveFolder } from '../e2e/static-server.ts';
import { visTimelinePage, timelineJsPage } from './comparison-pages.ts';
import { generateTimelineDataset } from './generate-dataset.ts';
import { ROOT } from './paths.ts';

export interface BenchSite {
  dir: string;
  url: string;
  /** Path (relative to the site) of the generated dataset with `n` events. */
  datasetPath: (n: number) => string;
  close: () => Promise<void>;
}

/** Builds the app (production build, the project's vite.config.ts) into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

/** Builds the app, writes the datasets and the comparison pages, and serves the lot. */
export async function startBenchSite(sizes: readonly number[]): Promise<BenchSite & { datasets: Map<number, TimelineDataset> }> {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  await buildApp(dir);
  mkdirSync(join(dir, 'bench'));
  const datasets = new Map<number, TimelineDataset>();
  for (const n of sizes) {
    const dataset = generateTimelineDataset({ events: n });
    datasets.set(n, dataset);
    writeFileSync(join(dir, 'bench', `events-${n}.json`), JSON.stringify(dataset));
  }
  mkdirSync(join(dir, 'vendor'));
  symlinkSync(join(ROOT, 'node_modules/vis-timeline'), join(dir, 'vendor/vis-timeline'));
  symlinkSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), join(dir, 'vendor/timelinejs'));
  mkdirSync(join(dir, 'compare'));
  writeFileSync(join(dir, 'compare/vis-timeline.html'), visTimelinePage());
  writeFileSync(join(dir, 'compare/timelinejs.html'), timelineJsPage());
  const served = await serveFolder(dir);
  return {
    dir,
    url: served.url,
    datasets,
    datasetPath: (n) => `bench/events-${n}.json`,
    close: async () => {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
