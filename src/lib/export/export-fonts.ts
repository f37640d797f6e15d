/**
 * The font data an export needs, produced once per dataset (at build time by the Vite plugin, or by
 * the CLI with the same function) and passed in as plain data so the export itself stays pure.
 */

/** The family name the exported file asks for; a reader who has the font installed gets it in every renderer. */
export const EXPORT_FONT_FAMILY = 'Noto Naskh Arabic';

/** font-family of an exported drawing: the embedded face first, then installed fallbacks. */
export const EXPORT_FONT_STACK = `'${EXPORT_FONT_FAMILY}', 'Noto Naskh Arabic UI', 'Amiri', serif`;

export type FontWeight = 400 | 700;

/** One subset face: one script range of the font (Arabic, Latin, …) at one weight. */
export interface ExportFace {
  /** The source subset it was cut from ("arabic", "latin", …): Arabic first, so it wins for shared characters. */
  subset: string;
  weight: FontWeight;
  /** Code points this face has glyphs for, sorted ascending (drives unicode-range and font fallback in shaping). */
  codePoints: number[];
  /** The subset as WOFF2, base64, for @font-face. */
  woff2: string;
}

/** The embeddable fonts of a dataset. */
export interface ExportFontBundle {
  family: string;
  /** Every character the subset was made for (the dataset's texts plus the fixed interface strings). */
  charset: string;
  faces: ExportFace[];
}

/** The same faces as TrueType (sfnt), which HarfBuzz needs to shape outlined text. */
export interface OutlineFace {
  subset: string;
  weight: FontWeight;
  codePoints: number[];
  /** The subset as TrueType, base64. */
  sfnt: string;
}

export interface OutlineFontBundle {
  family: string;
  faces: OutlineFace[];
}
