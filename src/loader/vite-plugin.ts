import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildDataset, listSeeds, serializeDataset } from './build-dataset.ts';
import { formatDiagnostic, LoaderError } from './loader-error.ts';
import type { TimelineDataset } from '../lib/types.ts';

const VIRTUAL_ID = 'virtual:timeline-dataset';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export interface DatasetPluginOptions {
  /** Folder of articles, relative to the project root. */
  seedsDir: string;
  /** Project root, used to print `seeds/NAME.txt` paths. */
  root: string;
}

/**
 * Builds the dataset from seeds/ at build time (also written to dist/data/timeline.json) and during
 * `vite dev` (rebuilt and reloaded whenever a seed or its meta file changes).
 */
export function timelineDataset(options: DatasetPluginOptions): Plugin {
  const seedsDir = resolve(options.root, options.seedsDir);
  let cached: TimelineDataset | null = null;

  const load = (warn: (message: string) => void): TimelineDataset => {
    if (cached) return cached;
    const { dataset, warnings } = buildDataset(listSeeds(seedsDir), { root: options.root });
    for (const w of warnings) warn(formatDiagnostic(w));
    cached = dataset;
    return dataset;
  };

  return {
    name: 'timeline-dataset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const dataset = load((m) => this.warn(m));
        for (const f of listSeeds(seedsDir)) this.addWatchFile(f);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
      } catch (e) {
        if (e instanceof LoaderError) this.error(e.message);
        throw e;
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(seedsDir);
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(seedsDir)) return;
        cached = null;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    buildStart() {
      cached = null;
    },
    generateBundle() {
      try {
        const dataset = load((m) => this.warn(m));
        this.emitFile({ type: 'asset', fileName: 'data/timeline.json', source: serializeDataset(dataset) });
      } catch (e) {
        if (e instanceof LoaderError) this.error(e.message);
        throw e;
      }
    },
  };
}
