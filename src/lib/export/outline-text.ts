import type { FontWeight } from './export-fonts.ts';
import type { Shaper, ShapedLine } from './shaper.ts';
import { getAttr, textContent, type SvgElement, type SvgNode } from './svg-tree.ts';

/** Coordinates of outlines: 1/100 px keeps print enlargements smooth without bloating the file. */
const round2 = (n: number) => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Format controls are not part of what a reader sees (the label for assistive technology). */
const CONTROLS = /(?![\u200C\u200D])[\p{Cc}\p{Cf}]/gu;

function numberAttr(el: SvgElement, name: string, fallback: number): number {
  const v = Number(getAttr(el, name));
  return Number.isFinite(v) ? v : fallback;
}

/**
 * The left end of a line of `width` px anchored at x. The renderer's <text> carries no direction
 * attribute, so every SVG renderer treats it as left-to-right: start is the left end, end the right.
 */
export function lineLeft(x: number, width: number, anchor: string | undefined): number {
  if (anchor === 'end') return x - width;
  if (anchor === 'middle') return x - width / 2;
  return x;
}

/** SVG path data of a shaped line placed with its left end at `left` and its baseline at `baseline`. */
export function linePath(line: ShapedLine, left: number, baseline: number, size: number): string {
  const parts: string[] = [];
  for (const g of line.glyphs) {
    for (const c of g.commands) {
      if (c.type === 'Z') {
        parts.push('Z');
        continue;
      }
      const xy: string[] = [];
      for (let i = 0; i + 1 < c.values.length; i += 2) {
        // Font space has y up; SVG has y down, so the outline is flipped around the baseline.
        xy.push(`${round2(left + (g.x + c.values[i]!) * size)} ${round2(baseline - (g.y + c.values[i + 1]!) * size)}`);
      }
      parts.push(c.type + xy.join(' '));
    }
  }
  return parts.join('');
}

/**
 * Replaces every <text> with one <path> of its shaped glyph outlines, placed as the text would be
 * (same x, y, anchor, size, weight, fill), so every renderer draws identical shapes with no font.
 * The words stay in aria-label. Returns the characters the font could not draw.
 */
export function outlineTexts(root: SvgElement, shaper: Shaper): { missing: string[] } {
  const missing = new Set<string>();
  const walk = (el: SvgElement) => {
    el.children = el.children.flatMap((child): SvgNode[] => {
      if (child.type !== 'element') return [child];
      if (child.name !== 'text') {
        walk(child);
        return [child];
      }
      const text = textContent(child);
      const size = numberAttr(child, 'font-size', 16);
      const weight: FontWeight = numberAttr(child, 'font-weight', 400) >= 600 ? 700 : 400;
      const line = shaper.shapeLine(text, weight);
      for (const m of line.missing) missing.add(m);
      const left = lineLeft(numberAttr(child, 'x', 0), line.advance * size, getAttr(child, 'text-anchor'));
      const d = linePath(line, left, numberAttr(child, 'y', 0), size);
      if (!d) return [];
      const attrs: [string, string][] = [['d', d]];
      attrs.push(['fill', getAttr(child, 'fill') ?? '#000']);
      const label = text.replace(CONTROLS, '').trim();
      if (label) attrs.push(['aria-label', label]);
      return [{ type: 'element', name: 'path', attrs, children: [] }];
    });
  };
  walk(root);
  return { missing: [...missing] };
}
