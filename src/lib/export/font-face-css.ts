import type { ExportFace, ExportFontBundle } from './export-fonts.ts';

/** Compresses sorted code points into CSS unicode-range ranges: "U+20,U+621-63A". */
export function unicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < codePoints.length) {
    const start = codePoints[i]!;
    let end = start;
    while (i + 1 < codePoints.length && codePoints[i + 1] === end + 1) end = codePoints[++i]!;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
    i++;
  }
  return parts.join(',');
}

function faceRule(family: string, face: ExportFace): string {
  // unicode-range tells Chromium which of the same-family faces holds which characters.
  return `@font-face{font-family:"${family}";font-style:normal;font-weight:${face.weight};unicode-range:${unicodeRange(face.codePoints)};src:url(data:font/woff2;base64,${face.woff2}) format("woff2")}`;
}

/**
 * The @font-face rules for the faces an export uses: only the weights that occur and only the
 * faces holding at least one character that is drawn, so a file carries no font it never shows.
 */
export function fontFaceCss(bundle: ExportFontBundle, used: { weights: ReadonlySet<number>; characters: ReadonlySet<number> }): string {
  return bundle.faces
    .filter((f) => used.weights.has(f.weight) && f.codePoints.some((c) => used.characters.has(c) && c !== 0x20))
    .map((f) => faceRule(bundle.family, f))
    .join('\n');
}

const FACE_RULE =
  /^@font-face\{font-family:"[A-Za-z0-9 ]{1,64}";font-style:normal;font-weight:(?:400|700);unicode-range:U\+[0-9A-F]{1,6}(?:-[0-9A-F]{1,6})?(?:,U\+[0-9A-F]{1,6}(?:-[0-9A-F]{1,6})?)*;src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]+={0,2}\) format\("woff2"\)\}$/;

/**
 * True when a stylesheet is nothing but @font-face rules of the exact form `fontFaceCss` writes,
 * with the font inlined as data: the only <style> an exported file may keep.
 */
export function isEmbeddedFontCss(css: string): boolean {
  const rules = css.split('\n').filter((l) => l.trim() !== '');
  return rules.length > 0 && rules.every((r) => FACE_RULE.test(r));
}
