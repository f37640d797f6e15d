import type { SvgElement } from './svg-tree.ts';

/**
 * Typographic equivalents for characters the Arabic font has no glyph for. The timeline's break
 * mark uses the midline ellipsis «⋯», which Noto Naskh Arabic lacks: three middle dots look the
 * same and come from the embedded font, so no reader's fallback font decides how the mark looks.
 */
export const GLYPH_SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u22EF': '\u00B7\u00B7\u00B7',
};

/** Rewrites, inside every <text>, characters the font lacks into equivalents it has; others are left alone. */
export function substituteMissingGlyphs(root: SvgElement, covered: ReadonlySet<number>): void {
  const usable = Object.entries(GLYPH_SUBSTITUTES).filter(
    ([from, to]) => !covered.has(from.codePointAt(0)!) && Array.from(to).every((c) => covered.has(c.codePointAt(0)!)),
  );
  if (!usable.length) return;
  const walk = (el: SvgElement, inText: boolean) => {
    for (const c of el.children) {
      if (c.type === 'element') walk(c, inText || c.name === 'text');
      else if (c.type === 'text' && inText) for (const [from, to] of usable) c.value = c.value.split(from).join(to);
    }
  };
  walk(root, false);
}
