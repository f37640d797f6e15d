/**
 * Vite plugin: makes the export's font subset for the dataset at build time and hands it to the
 * browser as two lazily imported modules, so the page loads neither the font data nor subset-font
 * nor HarfBuzz until someone exports:
 *   virtual:export-fonts          the WOFF2 faces embedded in every export (~40 KB as base64)
 *   virtual:export-outline-fonts  the same faces as TrueType, for outlined text (HarfBuzz needs sfnt)
 * Each is reached only through `import()`, so the bundler emits it as its own chunk.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { exportCharset } from '../lib/export/export-charset.ts';
import { buildDataset, listSeeds } from './build-dataset.ts';
import { buildExportFonts, type BuiltExportFonts } from './font-subset.ts';
import { LoaderError } from './loader-error.ts';
import { invalidateOnSeedsChange } from './seeds-watch.ts';

const EMBED_ID = 'virtual:export-fonts';
const OUTLINE_ID = 'virtual:export-outline-fonts';
const NODE_ONLY = '\0harfbuzz-node-only';

export interface ExportFontsPluginOptions {
  /** Folder of articles, as given to the dataset plugin. */
  seedsDir: string;
  /** Project root. */
  root: string;
}

/** The export font subset of the dataset built from `seedsDir`, as virtual modules. */
export function exportFonts(options: ExportFontsPluginOptions): Plugin {
  const seedsDir = resolve(options.root, options.seedsDir);
  let cached: Promise<BuiltExportFonts> | null = null;
  const fonts = () => (cached ??= buildExportFonts(exportCharset(buildDataset(listSeeds(seedsDir), { root: options.root }).dataset)));

  return {
    name: 'export-fonts',
    // Before Vite's resolver, which would otherwise externalize harfbuzzjs's node:module import with a warning.
    enforce: 'pre',
    config: () => ({
      // harfbuzzjs finds its .wasm next to itself (new URL(..., import.meta.url)); pre-bundling would move it away.
      optimizeDeps: { exclude: ['harfbuzzjs'] },
    }),
    // Hook filters: the bundler calls these hooks only for the two virtual ids, not for every module.
    resolveId: {
      filter: { id: /^(?:virtual:export-(?:outline-)?fonts|module)$/ },
      handler(id, importer) {
        if (id === EMBED_ID || id === OUTLINE_ID) return '\0' + id;
        // harfbuzzjs imports node:module only when it runs in Node; in the page that branch is dead.
        if (id === 'module' && importer?.includes('/harfbuzzjs/')) return NODE_ONLY;
        return null;
      },
    },
    load: {
      filter: { id: /^\0(?:virtual:export-(?:outline-)?fonts|harfbuzz-node-only)$/ },
      async handler(id) {
        if (id === NODE_ONLY) return 'export function createRequire() { throw new Error("harfbuzzjs: Node-only code path reached in the browser"); }';
        if (id !== '\0' + EMBED_ID && id !== '\0' + OUTLINE_ID) return null;
        try {
          const built = await fonts();
          const data = id === '\0' + EMBED_ID ? built.embed : built.outline;
          return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
        } catch (e) {
          cached = null;
          if (e instanceof LoaderError) this.error(e.message);
          throw e;
        }
      },
    },
    buildStart() {
      cached = null;
    },
    configureServer(server: ViteDevServer) {
      // A changed article may bring new characters: drop the subset; the dataset plugin reloads the page.
      invalidateOnSeedsChange(server, seedsDir, ['\0' + EMBED_ID, '\0' + OUTLINE_ID], () => (cached = null));
    },
  };
}
