import type { FontWeight } from './export-fonts.ts';

/** One outline command in em units, y pointing up (font space): M/L take one point, Q two, C three. */
export interface PathCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  values: number[];
}

/** A positioned glyph: its origin in em units from the left end of the line, and its outline. */
export interface ShapedGlyph {
  x: number;
  y: number;
  commands: readonly PathCommand[];
}

/** A shaped single line in visual order (left to right), its advance width in em units. */
export interface ShapedLine {
  advance: number;
  glyphs: ShapedGlyph[];
  /** Characters no face of the font has (drawn as the font's .notdef box). */
  missing: string[];
}

/**
 * Turns a line of text into positioned glyph outlines. The export only needs this interface; the
 * HarfBuzz implementation is loaded on demand so the page never pays for it up front.
 */
export interface Shaper {
  shapeLine(text: string, weight: FontWeight): ShapedLine;
}
