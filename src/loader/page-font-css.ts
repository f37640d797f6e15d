/**
 * The page's @font-face rules: the build's subset faces, and behind them the full @fontsource faces
 * for every character the subset lacks. Pure: the plugin passes in the URLs and the code points.
 */
import { unicodeRange } from '../lib/export/font-face-css.ts';

/** One @font-face: a weight, the code points it serves (sorted) and where its file is. */
export interface PageFace {
  weight: number;
  codePoints: readonly number[];
  url: string;
  /**
   * Declare the code points with short gaps filled. unicode-range only decides when a face is
   * fetched; which face draws a character is decided by the glyphs it has, so a subset face (small,
   * and fetched on every page anyway) may claim a few characters it lacks: Chromium finds no glyph
   * and asks the next face. A full face must not: its range would fetch it for nothing.
   */
  coarse?: boolean;
}

/** Sorted code points with every gap (of at most `maxGap` - 1 code points) filled whose code points all pass `fillable`. */
export function fillGapsWhere(codePoints: readonly number[], fillable: (c: number) => boolean, maxGap = Infinity): number[] {
  const out: number[] = [];
  for (const c of codePoints) {
    const last = out.at(-1);
    if (last !== undefined && c - last > 1 && c - last <= maxGap) {
      const gap = Array.from({ length: c - last - 1 }, (_, i) => last + 1 + i);
      if (gap.every(fillable)) out.push(...gap);
    }
    out.push(c);
  }
  return out;
}

/** Gaps shorter than this are filled in a coarse range: it keeps the rule short. */
const COARSE_GAP = 32;

/** Sorted code points with every gap shorter than COARSE_GAP filled in. */
export function fillShortGaps(codePoints: readonly number[]): number[] {
  return fillGapsWhere(codePoints, () => true, COARSE_GAP);
}

/** Of several code point lists that claim the same thing for the page, the one whose unicode-range is shortest. */
export function shortestRange(candidates: readonly (readonly number[])[]): readonly number[] {
  return candidates.reduce((best, c) => (unicodeRange(c).length < unicodeRange(best).length ? c : best));
}

function faceRule(family: string, face: PageFace): string {
  // font-style is normal by default, and every browser with unicode-range reads WOFF2, so neither
  // is written: every byte here is on the first visit's critical path. A full
  // face keeps the default font-display (a short block): a fallback letter inside an Arabic word
  // stays invisible for the moment its face loads rather than being drawn, unjoined, in another font.
  const display = face.coarse ? 'font-display:swap;' : '';
  const range = unicodeRange(face.coarse ? fillShortGaps(face.codePoints) : face.codePoints);
  return `@font-face{font-family:'${family}';${display}font-weight:${face.weight};unicode-range:${range};src:url(${face.url})}`;
}

/**
 * The stylesheet: full faces first, subset faces after. Where two rules of one family and weight
 * both hold a character, CSS asks the one declared last first, so the subset serves every
 * character it has, and Chromium fetches a full face only for a character that only it has, which
 * a page of the build's own articles never shows. A face without code points is not declared.
 */
export function pageFontCss(family: string, subsetFaces: readonly PageFace[], fullFaces: readonly PageFace[]): string {
  return [...fullFaces, ...subsetFaces].filter((f) => f.codePoints.length).map((f) => faceRule(family, f)).join('\n') + '\n';
}
