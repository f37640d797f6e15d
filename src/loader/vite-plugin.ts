import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Diagnostic, TimelineDataset } from '../lib/types.ts';
import { buildDataset, listSeeds, serializeDataset } from './build-dataset.ts';
import { installEditorEndpoint } from './edits-server.ts';
import { formatDiagnostic, LoaderError } from './loader-error.ts';

const VIRTUAL_ID = 'virtual:timeline-dataset';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export interface DatasetPluginOptions {
  /** Folder of articles, relative to the project root (or absolute). */
  seedsDir: string;
  /** Project root, used to print `seeds/NAME.txt` paths. */
  root: string;
  /** The dev editor's endpoint (edits-server.ts) in `vite dev`; default true. Never in a build or preview. */
  editor?: boolean;
}

/** The event the dev server sends when an edits file changed: the page fetches the rebuilt dataset instead of reloading. */
export const DATASET_CHANGED_EVENT = 'timeline:dataset-changed';

/** The plugin, with `api.getDataset()` for plugins that need the same dataset (cached, same paths). */
export type DatasetPlugin = Plugin & { api: { getDataset(): TimelineDataset } };

/**
 * Builds the dataset from seeds/ at build time (also written to dist/data/timeline.json) and during
 * `vite dev` (rebuilt and reloaded whenever a seed or its meta file changes). Bad input fails the
 * build with the same `file:line:col: message` the CLI prints.
 */
export function timelineDataset(options: DatasetPluginOptions): DatasetPlugin {
  const seedsDir = resolve(options.root, options.seedsDir);
  // `source` is relative to the project root ("seeds/NAME.txt"); a seeds folder elsewhere (for
  // example one chosen for a test) is shown relative to its parent, so it still reads "NAME/…".
  const inRoot = !relative(resolve(options.root), seedsDir).startsWith('..');
  const root = inRoot ? resolve(options.root) : dirname(seedsDir);
  let cached: TimelineDataset | null = null;
  let warmed = false;
  let serving = false;

  const load = (warn: (message: string) => void): TimelineDataset => {
    if (cached) return cached;
    const { dataset, warnings } = buildDataset(listSeeds(seedsDir), { root });
    for (const w of [...orphanMetaFiles(seedsDir, root), ...warnings]) warn(formatDiagnostic(w));
    cached = dataset;
    return dataset;
  };

  return {
    name: 'timeline-dataset',
    /** For other plugins (e.g. a prerenderer): the current dataset, read from the seeds on demand. */
    api: {
      getDataset: (): TimelineDataset => load(() => {}),
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      try {
        const dataset = load((m) => this.warn(m));
        for (const f of listSeeds(seedsDir)) {
          this.addWatchFile(f);
          const meta = f.replace(/\.txt$/, '.meta.json');
          if (existsSync(meta)) this.addWatchFile(meta);
          // The dev server follows edits files itself (configureServer) without reloading the page.
          const edits = f.replace(/\.txt$/, '.edits.json');
          if (!serving && existsSync(edits)) this.addWatchFile(edits);
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
      } catch (e) {
        if (e instanceof LoaderError) this.error(bareError(e));
        throw e;
      }
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(seedsDir);
      const invalidate = () => {
        cached = null;
        for (const env of Object.values(server.environments)) {
          const mod = env.moduleGraph.getModuleById(RESOLVED_ID);
          if (mod) env.moduleGraph.invalidateModule(mod);
        }
      };
      const onChange = (file: string) => {
        const abs = resolve(file);
        if (dirname(abs) !== seedsDir) return;
        // An edits file saved by the editor (or by hand) updates the open page in place; an article
        // or its meta file reloads it. Anything else there (the editor's temporary files) is no input.
        const edits = abs.endsWith('.edits.json');
        if (!edits && !abs.endsWith('.txt') && !abs.endsWith('.meta.json')) return;
        invalidate();
        server.ws.send(edits ? { type: 'custom', event: DATASET_CHANGED_EVENT, data: {} } : { type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      if (options.editor !== false) installEditorEndpoint(server, { seedsDir, root, getDataset: () => load(() => {}), invalidate });
    },
    configResolved(config) {
      serving = config.command === 'serve';
      // A production build reads the seeds before bundling starts, so bad input stops it with the
      // loader's own message, exactly as the CLI prints it; an error raised inside a bundler hook
      // would come wrapped in the bundler's summary and stack trace.
      if (config.command !== 'build') return;
      try {
        load((m) => config.logger.warn(`[timeline-dataset] ${m}`));
        warmed = true;
      } catch (e) {
        if (e instanceof LoaderError) throw bareError(e);
        throw e;
      }
    },
    buildStart() {
      // Keep the dataset read a moment ago by configResolved; `vite build --watch` rebuilds re-read.
      if (warmed) warmed = false;
      else cached = null;
    },
    generateBundle() {
      try {
        const dataset = load((m) => this.warn(m));
        this.emitFile({ type: 'asset', fileName: 'data/timeline.json', source: serializeDataset(dataset) });
      } catch (e) {
        if (e instanceof LoaderError) this.error(bareError(e));
        throw e;
      }
    },
  };
}

/**
 * The build error for bad input: the loader's one-line message without a stack trace, which
 * Rolldown would otherwise print under it (the trace points into the loader, not at the input).
 */
function bareError(e: LoaderError): Error {
  const error = new Error(e.message);
  error.stack = e.message;
  return error;
}

/** A meta file whose article is missing is a slip (renamed article, typo): say so. */
function orphanMetaFiles(dir: string, root: string): Diagnostic[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const articles = new Set(names.filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4)));
  return names
    .filter((n) => n.endsWith('.meta.json') && !articles.has(n.slice(0, -'.meta.json'.length)))
    .sort()
    .map((n) => ({ file: relative(root, join(dir, n)).split(sep).join('/'), message: `meta file without its article ${n.slice(0, -'.meta.json'.length)}.txt: ignored` }));
}
