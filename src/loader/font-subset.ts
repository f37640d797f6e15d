/**
 * Cuts the self-hosted Arabic font down to a set of characters. Node only (reads the @fontsource
 * files, runs hb-subset through subset-font). Two callers share `subsetFaces`: the SVG export (its
 * faces go to the browser as data through font-subset-plugin.ts, and `npm run export:svg` calls the
 * same function, so both embed byte-identical fonts) and the page's own web font (page-font-plugin.ts).
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
export const FONT_SOURCES = ['arabic', 'latin', 'latin-ext'] as const;
export type FontSource = (typeof FONT_SOURCES)[number];
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 700];

/**
 * OpenType features kept in the subset: Arabic joining forms (isol/init/medi/fina), required and
 * optional ligatures (rlig: lam-alef; liga, calt), mark placement (mark/mkmk: vowel signs and
 * shadda), cursive attachment, composition (ccmp), localized forms (locl) and Latin kerning. These
 * are all the features the font applies by default (its GSUB/GPOS also hold only pnum/tnum, which
 * nothing turns on), so shaping with the subset is shaping with the full font.
 */
export const KEPT_FEATURES = ['ccmp', 'locl', 'isol', 'init', 'medi', 'fina', 'rlig', 'liga', 'calt', 'rclt', 'curs', 'mark', 'mkmk', 'kern'];

/** Path of the full @fontsource WOFF2 face of one unicode subset at one weight. */
export function sourceFontFile(subset: FontSource, weight: FontWeight): string {
  return require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${subset}-${weight}-normal.woff2`);
}

/** Code points the cmap of an sfnt font maps (read with HarfBuzz). */
async function codePointsOf(sfnt: Uint8Array): Promise<number[]> {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(sfnt));
  return [...face.collectUnicodes()].sort((a, b) => a - b);
}

const fullCoverage = new Map<string, Promise<number[]>>();

/**
 * Code points the full @fontsource face actually maps (its cmap), which is less than the
 * unicode-range the package declares for it (that one holds, for example, the bidi isolates,
 * which the font has no glyphs for). Read once per face and process.
 */
export function sourceCodePoints(subset: FontSource, weight: FontWeight): Promise<number[]> {
  const file = sourceFontFile(subset, weight);
  let found = fullCoverage.get(file);
  if (!found) {
    // Every code point of the BMP and the next plane, without surrogates: hb-subset keeps the ones the font maps.
    let all = '';
    for (let c = 1; c < 0x20000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
    found = subsetFont(readFileSync(file), all, { targetFormat: 'truetype' }).then((sfnt) => codePointsOf(sfnt));
    fullCoverage.set(file, found);
  }
  return found;
}

/** One face of the subset: the characters of `charset` one @fontsource file serves at one weight. */
export interface SubsetFace {
  subset: FontSource;
  weight: FontWeight;
  /** Code points this face has glyphs for, sorted ascending. */
  codePoints: number[];
  woff2: Uint8Array;
  /** The same subset as TrueType (HarfBuzz shapes sfnt, not WOFF2). */
  sfnt: Uint8Array;
}

export interface SubsetFaces {
  faces: SubsetFace[];
  /** Characters of the charset no face of the font has (drawn with a reader's fallback font, or as .notdef when outlined). */
  uncovered: string[];
}

/** The faces of one weight: each character from the first @fontsource subset that has it. */
async function facesOfWeight(weight: FontWeight, wanted: readonly number[]): Promise<SubsetFace[]> {
  const faces: SubsetFace[] = [];
  const taken = new Set<number>();
  for (const subset of FONT_SOURCES) {
    const remaining = wanted.filter((c) => !taken.has(c));
    if (!remaining.length) break;
    const source = readFileSync(sourceFontFile(subset, weight));
    const options = { keepFeatures: KEPT_FEATURES, noHinting: true } as const;
    const sfnt = await subsetFont(source, String.fromCodePoint(...remaining), { ...options, targetFormat: 'truetype' });
    const remainingSet = new Set(remaining);
    const codePoints = (await codePointsOf(sfnt)).filter((c) => remainingSet.has(c));
    if (!codePoints.length) continue;
    for (const c of codePoints) taken.add(c);
    // The WOFF2 is cut from exactly the characters this face serves, like the TrueType above.
    const woff2 = await subsetFont(source, String.fromCodePoint(...codePoints), { ...options, targetFormat: 'woff2' });
    faces.push({ subset, weight, codePoints, woff2: new Uint8Array(woff2), sfnt: new Uint8Array(sfnt) });
  }
  return faces;
}

/** Subsets every face of the font (both weights, each @fontsource unicode subset) to `charset`. */
export async function subsetFaces(charset: string): Promise<SubsetFaces> {
  const wanted = [...new Set(Array.from(charset, (c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const faces: SubsetFace[] = [];
  for (const weight of FONT_WEIGHTS) faces.push(...(await facesOfWeight(weight, wanted)));
  // Both weights cut from the same design cover the same characters; the last weight's coverage speaks for all.
  const covered = new Set(faces.filter((f) => f.weight === FONT_WEIGHTS.at(-1)).flatMap((f) => f.codePoints));
  const uncovered = wanted.filter((c) => !covered.has(c)).map((c) => String.fromCodePoint(c));
  return { faces, uncovered };
}

export interface BuiltExportFonts {
  embed: ExportFontBundle;
  outline: OutlineFontBundle;
  /** Characters of the charset no face of the font has (drawn with a reader's fallback font, or as .notdef when outlined). */
  uncovered: string[];
}

/** Subsets every face of the font to `charset`, as WOFF2 for embedding and TrueType for shaping. */
export async function buildExportFonts(charset: string): Promise<BuiltExportFonts> {
  const { faces, uncovered } = await subsetFaces(charset);
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return {
    embed: { family: EXPORT_FONT_FAMILY, charset, faces: faces.map((f) => ({ subset: f.subset, weight: f.weight, codePoints: f.codePoints, woff2: base64(f.woff2) })) },
    outline: { family: EXPORT_FONT_FAMILY, faces: faces.map((f) => ({ subset: f.subset, weight: f.weight, codePoints: f.codePoints, sfnt: base64(f.sfnt) })) },
    uncovered,
  };
}
