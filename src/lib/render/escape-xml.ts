/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (C0 controls other
 * than tab/newline, lone surrogates, U+FFFE/FFFF) are dropped so that hostile input can never make the
 * SVG unparsable.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Bidi controls (embeddings, overrides, isolates, marks) that a title could carry to scramble its neighbours. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Wraps a string in RLI … PDI after removing any bidi controls it carries: the isolate keeps Arabic
 * right-to-left in every SVG renderer (resvg ignores direction="rtl"), and stray controls in the text
 * cannot leak out of it.
 */
export function isolateRtl(s: string): string {
  return `\u2067${s.replace(BIDI_CONTROLS, '')}\u2069`;
}
