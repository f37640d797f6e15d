/**
 * Cuts the self-hosted Arabic font down to the characters a dataset's export can draw. Node only
 * (reads the @fontsource files, runs hb-subset through subset-font): the browser receives the result
 * as data through the Vite plugin, and `npm run export:svg` calls the same function, so both embed
 * byte-identical fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { EXPORT_FONT_FAMILY, type ExportFontBundle, type FontWeight, type OutlineFontBundle } from '../lib/export/export-fonts.ts';

const require = createRequire(import.meta.url);

/**
 * The font's unicode subsets as @fontsource ships them, in priority order: a character both hold
 * (the space) comes from the Arabic face, so Arabic words and their spaces share one font.
 */
const SOURCES = ['arabic', 'latin', 'latin-ext'] as const;
const WEIGHTS: FontWeight[] = [400, 700];

/**
 * OpenType features kept in the subset: Arabic joining forms (isol/init/medi/fina), required and
 * optional ligatures (rlig: lam-alef; liga, calt), mark placement (mark/mkmk: vowel signs and
 * shadda), cursive attachment, composition (ccmp), localized forms (locl) and Latin kerning.
 */
export const KEPT_FEATURES = ['ccmp', 'locl', 'isol', 'init', 'medi', 'fina', 'rlig', 'liga', 'calt', 'rclt', 'curs', 'mark', 'mkmk', 'kern'];

function sourceFile(subset: string, weight: FontWeight): string {
  return require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${subset}-${weight}-normal.woff2`);
}

/** Code points the cmap of an sfnt font maps (read with HarfBuzz). */
async function codePointsOf(sfnt: Uint8Array): Promise<number[]> {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(sfnt));
  return [...face.collectUnicodes()].sort((a, b) => a - b);
}

export interface BuiltExportFonts {
  embed: ExportFontBundle;
  outline: OutlineFontBundle;
  /** Characters of the charset no face of the font has (drawn with a reader's fallback font, or as .notdef when outlined). */
  uncovered: string[];
}

/** Subsets every face of the font to `charset`, as WOFF2 for embedding and TrueType for shaping. */
export async function buildExportFonts(charset: string): Promise<BuiltExportFonts> {
  const embed: ExportFontBundle = { family: EXPORT_FONT_FAMILY, charset, faces: [] };
  const outline: OutlineFontBundle = { family: EXPORT_FONT_FAMILY, faces: [] };
  const wanted = [...new Set(Array.from(charset, (c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  let covered = new Set<number>();
  for (const weight of WEIGHTS) {
    const taken = new Set<number>();
    for (const subset of SOURCES) {
      const source = readFileSync(sourceFile(subset, weight));
      const remaining = wanted.filter((c) => !taken.has(c));
      if (!remaining.length) break;
      const text = String.fromCodePoint(...remaining);
      const options = { keepFeatures: KEPT_FEATURES, noHinting: true } as const;
      const sfnt = await subsetFont(source, text, { ...options, targetFormat: 'truetype' });
      const codePoints = (await codePointsOf(sfnt)).filter((c) => remaining.includes(c));
      if (!codePoints.length) continue;
      for (const c of codePoints) taken.add(c);
      // The WOFF2 is cut from exactly the characters this face serves, like the TrueType above.
      const woff2 = await subsetFont(source, String.fromCodePoint(...codePoints), { ...options, targetFormat: 'woff2' });
      embed.faces.push({ subset, weight, codePoints, woff2: Buffer.from(woff2).toString('base64') });
      outline.faces.push({ subset, weight, codePoints, sfnt: Buffer.from(sfnt).toString('base64') });
    }
    covered = taken;
  }
  const uncovered = wanted.filter((c) => !covered.has(c)).map((c) => String.fromCodePoint(c));
  return { embed, outline, uncovered };
}
