/**
 * Vite plugin: the page's web font, cut at build time to what the page can show (page-font-charset.ts)
 * by the same subsetter as the SVG export (font-subset.ts). `import 'virtual:page-fonts.css'` gives
 * @font-face rules for the subset faces (both weights, Arabic and the few Latin characters used);
 * `import 'virtual:page-fonts-full'` gives, as text, the rules of the full @fontsource faces that
 * serve through unicode-range anything else a `?data=` dataset may hold (src/edge/full-font-faces.ts).
 *
 * The subset files are written to node_modules/.cache/page-fonts/, each in a folder named by its
 * content hash (so two builds at once never overwrite each other's), and the stylesheet's module id
 * is a path in that folder: Vite then treats the url()s like any stylesheet's, hashing and emitting
 * the files in a build and serving them in dev.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { TimelineDataset } from '../lib/types.ts';
import { FONT_WEIGHTS, sourceCodePoints, sourceFontFile, subsetFaces } from './font-subset.ts';
import { pageCharset, stringsOf, uiStrings } from './page-font-charset.ts';
import { invalidateOnSeedsChange } from './seeds-watch.ts';
import { fillGapsWhere, type PageFace, pageFontCss, shortestRange } from './page-font-css.ts';

const VIRTUAL_ID = 'virtual:page-fonts.css';
const FULL_ID = 'virtual:page-fonts-full';
const RESOLVED_FULL_ID = `\0${FULL_ID}`;
const FAMILY = 'Noto Naskh Arabic';
const FALLBACK_SOURCES = ['arabic', 'latin'] as const;
/** Controls and invisible format characters other than the joiners: no glyph of theirs is ever looked for. */
const NEVER_DRAWN = /\p{Cc}|(?![\u200C\u200D])\p{Default_Ignorable_Code_Point}/u;
const UNASSIGNED = /\p{Cn}/u;

export interface PageFontsPluginOptions {
  /** Project root (src/ and node_modules/ are under it). */
  root: string;
  /** Folder of articles, as given to the dataset plugin (watched in dev). */
  seedsDir: string;
  /** The built dataset (the dataset plugin's cached one). */
  getDataset: () => TimelineDataset;
}

/** Writes `bytes` to `dir`/<their hash>/`name` once (two builds at once never share a file); returns the path. */
function writeOnce(dir: string, name: string, bytes: Uint8Array): string {
  const folder = join(dir, createHash('sha256').update(bytes).digest('hex').slice(0, 16));
  const file = join(folder, name);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  }
  return file;
}

/** A url() for `file` relative to the stylesheet's folder, with forward slashes. */
const urlFrom = (dir: string, file: string) => relative(dir, file).split(sep).join('/');

/** The stylesheet of every face: the full faces, then the subset faces in front of them (see pageFontCss). */
export async function buildPageFontCss(texts: readonly string[], cacheDir: string): Promise<string> {
  const { subset, full } = await buildPageFontFaces(texts, cacheDir);
  return pageFontCss(FAMILY, subset, full);
}

/** Makes the subset files and returns their faces and the full faces behind them (urls relative to `cacheDir`). */
export async function buildPageFontFaces(texts: readonly string[], cacheDir: string): Promise<{ subset: PageFace[]; full: PageFace[] }> {
  const { faces } = await subsetFaces(pageCharset(texts));
  mkdirSync(cacheDir, { recursive: true });
  // The Arabic face last: it holds the space, which Arabic words must share with their letters.
  const ordered = [...faces].sort((a, b) => Number(a.subset === 'arabic') - Number(b.subset === 'arabic'));
  const subset: PageFace[] = ordered.map((f) => ({
    weight: f.weight,
    codePoints: f.codePoints,
    coarse: true,
    url: urlFrom(cacheDir, writeOnce(cacheDir, `noto-naskh-arabic-${f.subset}-${f.weight}-subset.woff2`, f.woff2)),
  }));
  const full: PageFace[] = [];
  for (const weight of FONT_WEIGHTS) {
    const served = new Set(faces.filter((f) => f.weight === weight).flatMap((f) => f.codePoints));
    // Latin Extended is left to the reader's fonts, as before the subset: its two faces' ranges
    // cost the first visit more bytes of CSS than the letters are worth to an Arabic page.
    for (const source of FALLBACK_SOURCES) {
      // Exactly what the full face maps, not the wider range @fontsource declares: a character it
      // has no glyph for (the page's bidi isolates) would make Chromium fetch the whole face for
      // nothing. It may overlap the subset, which is declared after it and so is asked first.
      const drawn = (await sourceCodePoints(source, weight)).filter((c) => !NEVER_DRAWN.test(String.fromCodePoint(c)));
      // Unassigned code points never ask for a glyph, and the subset's own characters are served by
      // the subset, asked first: claiming them or not changes nothing but the rule's length, so a
      // gap made only of those is filled, and the subset's characters are left out where that is shorter.
      const fill = (cps: number[]) => fillGapsWhere(cps, (c) => served.has(c) || UNASSIGNED.test(String.fromCodePoint(c)));
      const codePoints = shortestRange([fill(drawn), fill(drawn.filter((c) => !served.has(c)))]);
      full.push({ weight, codePoints, url: urlFrom(cacheDir, sourceFontFile(source, weight)) });
    }
  }
  return { subset, full };
}

/**
 * The full faces as a script module whose default export is their stylesheet text, each file
 * imported with `?url` so Vite emits (or serves) it: the page declares them only when it may show a
 * character the subset lacks (src/edge/full-font-faces.ts), so a first visit carries no rule of theirs.
 */
export function fullFacesModule(full: readonly PageFace[], cacheDir: string): string {
  const css = pageFontCss(FAMILY, [], full.map((f, i) => ({ ...f, url: `@@${i}@@` })));
  const imports = full.map((f, i) => `import u${i} from ${JSON.stringify(`${resolve(cacheDir, f.url)}?url`)};`);
  return `${imports.join('\n')}\nexport default ${JSON.stringify(css).replace(/@@(\d+)@@/g, '"+u$1+"')};\n`;
}

/** The page font plugin: `virtual:page-fonts.css` holds the subset's @font-face rules. */
export function pageFonts(options: PageFontsPluginOptions): Plugin {
  const root = resolve(options.root);
  const seedsDir = resolve(root, options.seedsDir);
  const cacheDir = join(root, 'node_modules', '.cache', 'page-fonts');
  // A path in the cache folder, so the stylesheet's relative url()s resolve like a file's.
  const cssId = join(cacheDir, 'page-fonts.css');
  let cached: Promise<{ subset: PageFace[]; full: PageFace[] }> | null = null;
  const faces = () => (cached ??= buildPageFontFaces([...stringsOf(options.getDataset()), ...uiStrings(join(root, 'src'))], cacheDir));

  return {
    name: 'page-fonts',
    resolveId: {
      filter: { id: /^virtual:page-fonts(\.css|-full)$/ },
      handler: (id) => (id === VIRTUAL_ID ? cssId : id === FULL_ID ? RESOLVED_FULL_ID : null),
    },
    load: {
      filter: { id: /page-fonts(\.css|-full)$/ },
      async handler(id) {
        if (id !== cssId && id !== RESOLVED_FULL_ID) return null;
        try {
          const { subset, full } = await faces();
          return id === cssId ? pageFontCss(FAMILY, subset, []) : fullFacesModule(full, cacheDir);
        } catch (e) {
          cached = null;
          throw e;
        }
      },
    },
    buildStart() {
      cached = null;
    },
    configureServer(server: ViteDevServer) {
      // New article text may bring new characters: drop the subset (the dataset plugin reloads the page).
      invalidateOnSeedsChange(server, seedsDir, [cssId, RESOLVED_FULL_ID], () => (cached = null));
    },
  };
}
