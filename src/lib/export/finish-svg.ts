import type { ExportFontBundle } from './export-fonts.ts';
import { fontFaceCss } from './font-face-css.ts';
import { substituteMissingGlyphs } from './glyph-substitutes.ts';
import { outlineTexts } from './outline-text.ts';
import { sanitizeSvg } from './sanitize-svg.ts';
import type { Shaper } from './shaper.ts';
import { SVG_NAMESPACE } from './svg-allowlist.ts';
import { getAttr, parseSvg, serializeSvg, textContent, type SvgElement } from './svg-tree.ts';

/** What an export needs besides the drawing: the embedded fonts, and a shaper when text is outlined. */
export interface ExportEnvironment {
  fonts: ExportFontBundle;
  /** Given: every text becomes glyph outlines (identical in every renderer, for print). */
  shaper?: Shaper;
}

export interface ExportResult {
  svg: string;
  /** What the sanitizer removed from the renderer's output (expected empty: anything here is a renderer bug). */
  removed: string[];
  /** Characters drawn that the embedded font does not have (a reader's fallback font shows them, or .notdef when outlined). */
  missing: string[];
}

/** Format controls are never drawn (RLI/PDI around every label); ZWNJ/ZWJ only steer joining. */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}]/gu;

function texts(root: SvgElement): SvgElement[] {
  const out: SvgElement[] = [];
  const walk = (el: SvgElement) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.name === 'text') out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** Characters and weights the drawing's <text> elements use. */
function usedText(root: SvgElement): { weights: Set<number>; characters: Set<number> } {
  const weights = new Set<number>();
  const characters = new Set<number>();
  for (const t of texts(root)) {
    weights.add(Number(getAttr(t, 'font-weight') ?? 400) >= 600 ? 700 : 400);
    for (const ch of textContent(t).replace(INVISIBLE, '')) characters.add(ch.codePointAt(0)!);
  }
  return { weights, characters };
}

/**
 * Checks the promises of a standalone file: SVG namespace, width, height and viewBox on the root,
 * <title> and <desc> first. A failure is a bug upstream, so it throws rather than write a bad file.
 */
export function assertStandalone(svg: string): void {
  const { root } = parseSvg(svg);
  const problems: string[] = [];
  if (root.name !== 'svg') problems.push(`root is <${root.name}>`);
  if (getAttr(root, 'xmlns') !== SVG_NAMESPACE) problems.push('xmlns is not the SVG namespace');
  // A printed page gives its size in mm («297mm»); a picture in px without a unit.
  for (const a of ['width', 'height']) if (!/^[\d.]+(mm)?$/.test(getAttr(root, a) ?? '') || !(parseFloat(getAttr(root, a)!) > 0)) problems.push(`${a} missing or not positive`);
  if (!/^\s*-?[\d.]+[\s,]+-?[\d.]+[\s,]+[\d.]+[\s,]+[\d.]+\s*$/.test(getAttr(root, 'viewBox') ?? '')) problems.push('viewBox missing or malformed');
  const elements = root.children.filter((c): c is SvgElement => c.type === 'element');
  if (elements[0]?.name !== 'title' || !textContent(elements[0]).trim()) problems.push('<title> is not the first element or is empty');
  if (elements[1]?.name !== 'desc' || !textContent(elements[1]).trim()) problems.push('<desc> is not the second element or is empty');
  if (problems.length) throw new Error(`export produced an incomplete SVG: ${problems.join('; ')}`);
}

/**
 * Turns the renderer's export-mode drawing into the file: `render(css)` draws it with the given
 * <style> (called once to learn which characters and weights are drawn, once more with only the
 * font faces those need); with a shaper the texts become outlines and no font is embedded. The
 * result always goes through the sanitizer.
 */
export function finishExportSvg(render: (fontFaceCss: string | undefined) => string, env: ExportEnvironment): ExportResult {
  const covered = new Set(env.fonts.faces.flatMap((f) => f.codePoints));
  const prepare = (svg: string) => {
    const { root } = parseSvg(svg);
    substituteMissingGlyphs(root, covered);
    return root;
  };
  const draft = prepare(render(undefined));
  const used = usedText(draft);
  let missing = [...used.characters].filter((c) => !covered.has(c)).map((c) => String.fromCodePoint(c));
  let svg: string;
  if (env.shaper) {
    const outlined = outlineTexts(draft, env.shaper);
    missing = [...new Set([...missing, ...outlined.missing])];
    svg = serializeSvg(draft);
  } else {
    svg = serializeSvg(prepare(render(fontFaceCss(env.fonts, used) || undefined)), new Set(['style']));
  }
  const clean = sanitizeSvg(svg);
  assertStandalone(clean.svg);
  return { svg: clean.svg, removed: clean.removed, missing: missing.sort() };
}
