/**
 * Pixel width of a string estimated without the DOM, so the same layout comes out in Node (SSR,
 * SVG export) and in the browser.
 *
 * Advances are in em, measured once with HarfBuzz on Noto Naskh Arabic (regular) from
 * @fontsource/noto-naskh-arabic. Arabic letters change shape with their position: a letter that
 * joins the next one uses its narrow initial/medial form, a letter at the end of a word (or one
 * that never joins leftwards, like ا د ر و) uses its wide final/isolated form (ـي 0.73 em vs يـ
 * 0.40 em). So each letter has two advances, the larger of initial/medial and the larger of
 * final/isolated, which makes the estimate an upper bound for every form. The whole result is then
 * widened by SAFETY: being slightly too wide only costs a little space, being too narrow makes
 * labels overlap.
 */

/** [joined to the next letter, final or isolated] advances in em for Noto Naskh Arabic 400. */
const ARABIC: Record<string, readonly [number, number]> = {
  'ء': [0.437, 0.437], 'آ': [0.293, 0.293], 'أ': [0.293, 0.293], 'ؤ': [0.508, 0.508],
  'إ': [0.293, 0.293], 'ئ': [0.332, 0.727], 'ا': [0.293, 0.293], 'ب': [0.332, 0.857],
  'ة': [0.492, 0.492], 'ت': [0.4, 0.857], 'ث': [0.4, 0.857], 'ج': [0.706, 0.706],
  'ح': [0.706, 0.706], 'خ': [0.706, 0.706], 'د': [0.514, 0.514], 'ذ': [0.514, 0.514],
  'ر': [0.444, 0.444], 'ز': [0.444, 0.444], 'س': [0.703, 1.057], 'ش': [0.703, 1.057],
  'ص': [0.818, 1.139], 'ض': [0.818, 1.139], 'ط': [0.669, 0.815], 'ظ': [0.669, 0.815],
  'ع': [0.505, 0.604], 'غ': [0.505, 0.604], 'ف': [0.427, 0.857], 'ق': [0.427, 0.682],
  'ك': [0.499, 0.776], 'ل': [0.285, 0.631], 'م': [0.456, 0.568], 'ن': [0.332, 0.625],
  'ه': [0.508, 0.631], 'و': [0.508, 0.508], 'ى': [0.332, 0.727], 'ي': [0.4, 0.727],
  'ٱ': [0.293, 0.293], 'پ': [0.4, 0.857], 'چ': [0.706, 0.706], 'ژ': [0.444, 0.444],
  'ڤ': [0.427, 0.857], 'ک': [0.499, 0.816], 'گ': [0.499, 0.816], 'ی': [0.4, 0.727],
  'ـ': [0.21, 0.21],
};

/** Letters that never join the following letter: after them the next letter starts a new shape. */
const RIGHT_JOINING_ONLY = new Set('ءآأؤإاةدذرزوٱژ');

/** Lam followed by an alef form becomes one ligature, wider than lam's medial form suggests. */
const LAM_ALEF_EXTRA = 0.08;

const ARABIC_INDIC_DIGIT = 0.449;
const LATIN_DIGIT = 0.559;
const SPACE = 0.221;

/** Punctuation and symbols measured in the font; ⋯ is not in it, so it gets a fallback font's 1 em. */
const SYMBOLS: Record<string, number> = {
  '«': 0.414, '»': 0.414, '…': 0.858, '⋯': 1.0, '–': 0.5, '—': 1.0, '،': 0.262, '؛': 0.262,
  '؟': 0.425, '.': 0.206, ':': 0.206, '/': 0.288, '(': 0.346, ')': 0.346, '-': 0.31, '!': 0.206,
  '?': 0.474, '"': 0.408, '“': 0.45, '”': 0.45, "'": 0.22, '٫': 0.222, '٬': 0.222, '%': 0.896,
  '+': 0.559, ',': 0.206, ';': 0.206, '[': 0.346, ']': 0.346, '\u00A0': SPACE, '\u2009': 0.15,
};

const NARROW_LATIN = new Set('fijlrtI');
const WIDE_LATIN = new Set('mwMW');

/** Widening applied to every estimate: covers kerning and hinting; the per-letter table is already an upper bound. */
const SAFETY = 1.02;
/** Bold Naskh is about 4% wider than regular (measured); 7% keeps the estimate an upper bound. */
const BOLD_FACTOR = 1.07;
/** Any other character (CJK, emoji, unknown symbol) is taken as a full em: wide rather than narrow. */
const UNKNOWN = 1.0;

export interface TextStyle {
  /** Font size in px. */
  fontSize: number;
  bold?: boolean;
}

/** True for zero-width marks: Arabic diacritics (harakat, shadda, superscript alef) and bidi/joiner controls. */
function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

// Lookup tables by UTF-16 code unit for the Arabic block, built once: estimating 10,000 labels
// must not cost more than a few milliseconds.
const ARABIC_BASE = 0x0600;
const JOINED = new Float64Array(256).fill(-1);
const FINAL = new Float64Array(256).fill(-1);
const JOINS_NEXT = new Uint8Array(256);
for (const [ch, [joined, final]] of Object.entries(ARABIC)) {
  const i = ch.charCodeAt(0) - ARABIC_BASE;
  JOINED[i] = joined;
  FINAL[i] = final;
  JOINS_NEXT[i] = RIGHT_JOINING_ONLY.has(ch) ? 0 : 1;
}
const HAMZA = 0x0621;
const LAM = 0x0644;
const ALEF_FORMS = new Set([0x0627, 0x0623, 0x0625, 0x0622, 0x0671]);

/** True when the code unit is a letter of the table that takes a joining from its right (all but ء). */
function isJoiningLetter(code: number): boolean {
  const i = code - ARABIC_BASE;
  return i >= 0 && i < 256 && (JOINED[i] as number) >= 0 && code !== HAMZA;
}

/** The next code unit that is not a zero-width mark, or -1 at the end. */
function nextVisible(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isZeroWidth(code)) return code;
  }
  return -1;
}

/** Advance in em of the code unit at `i`, looking at the following one for Arabic joining. */
function advanceEm(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const a = code - ARABIC_BASE;
  if (a >= 0 && a < 256 && (JOINED[a] as number) >= 0) {
    if (JOINS_NEXT[a] === 0) return FINAL[a] as number;
    const next = nextVisible(text, i + 1);
    if (!isJoiningLetter(next)) return FINAL[a] as number;
    return (JOINED[a] as number) + (code === LAM && ALEF_FORMS.has(next) ? LAM_ALEF_EXTRA : 0);
  }
  if (isZeroWidth(code)) return 0;
  if (code >= 0x0660 && code <= 0x0669) return ARABIC_INDIC_DIGIT;
  if (code >= 0x06f0 && code <= 0x06f9) return ARABIC_INDIC_DIGIT;
  if (code >= 0x30 && code <= 0x39) return LATIN_DIGIT;
  if (code === 0x20) return SPACE;
  const ch = text[i] as string;
  const symbol = SYMBOLS[ch];
  if (symbol !== undefined) return symbol;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
    if (NARROW_LATIN.has(ch)) return 0.34;
    if (WIDE_LATIN.has(ch)) return 1.07;
    return code <= 0x5a ? 0.76 : 0.6;
  }
  // Other Arabic-block characters (rare letters, signs) get the widest common letter advance.
  if (code >= 0x0600 && code <= 0x06ff) return 0.86;
  if (code >= 0xd800 && code <= 0xdbff) return UNKNOWN; // high surrogate: the pair counts once
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return UNKNOWN;
}

/** Estimated width in px of `text` at a font size: an upper bound for Noto Naskh Arabic, deterministic. */
export function estimateTextWidth(text: string, style: TextStyle): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += advanceEm(text, i);
  return toPx(em, style);
}

/** em to px, multiplied in one fixed order so that every path gives the same floating-point result. */
function toPx(em: number, style: TextStyle): number {
  return em * style.fontSize * SAFETY * (style.bold ? BOLD_FACTOR : 1);
}

const ELLIPSIS = '…';
const ELLIPSIS_EM = SYMBOLS[ELLIPSIS] as number;
const WHITESPACE = /\s/;

/** Advance of the character at `i` when «…» follows it: a letter that joined its neighbour now ends a word (final form). */
function advanceBeforeEllipsis(text: string, i: number): number {
  const a = text.charCodeAt(i) - ARABIC_BASE;
  if (a >= 0 && a < 256 && (JOINED[a] as number) >= 0) return FINAL[a] as number;
  return advanceEm(text, i); // no other character looks at its neighbour
}

// Scratch buffers reused by every call: a timeline fits thousands of labels in one preparation.
let sums = new Float64Array(64);
let points = new Int32Array(64);

/**
 * Shortens `text` to fit `maxWidth` px, ending it with «…»; cuts at a word boundary when that keeps
 * at least half of the room used, so a label never ends in half an Arabic word needlessly.
 * Returns the text unchanged when it fits, and at least one letter plus «…» otherwise.
 */
export function truncateToWidth(text: string, maxWidth: number, style: TextStyle): string {
  return fitLabel(text, maxWidth, style).text;
}

/**
 * truncateToWidth's text together with its estimateTextWidth, computed in the same pass.
 *
 * The kept prefix is found by binary search on the number of code points. Each candidate's width
 * comes from running sums of the advances instead of measuring the candidate string again: only
 * its last visible character changes form (it is followed by «…», which joins nothing), so a probe
 * costs O(1) and a whole timeline of titles is measured in one pass each. The sums are added in
 * the same order as estimateTextWidth adds them, so every width, and every cut, is the same.
 */
export function fitLabel(text: string, maxWidth: number, style: TextStyle): { text: string; width: number } {
  const trimmed = text.trim();
  const n = trimmed.length;
  if (sums.length < n + 1) sums = new Float64Array(2 * n + 2);
  if (points.length < n + 1) points = new Int32Array(2 * n + 2);
  // sums[u]: em of the first u code units as they stand in the whole text (next characters known).
  sums[0] = 0;
  for (let i = 0; i < n; i++) sums[i + 1] = (sums[i] as number) + advanceEm(trimmed, i);
  const whole = toPx(sums[n] as number, style);
  if (whole <= maxWidth) return { text: trimmed, width: whole };
  // Code-point boundaries (Array.from's units) in code units.
  let count = 0;
  for (let i = 0; i < n; i++) {
    const code = trimmed.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = trimmed.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    points[++count] = i + 1;
  }
  /** Width of trimmed.slice(0, u).trimEnd() + «…», as estimateTextWidth would give it. */
  const candidateWidth = (u: number): number => {
    let q = u;
    while (q > 0 && WHITESPACE.test(trimmed[q - 1] as string)) q--;
    // The last character before q that is drawn: it alone now precedes «…» instead of its old neighbour.
    let j = q - 1;
    while (j >= 0 && isZeroWidth(trimmed.charCodeAt(j))) j--;
    // Zero-width marks after it add nothing, as in the full sum.
    const em = j >= 0 ? (sums[j] as number) + advanceBeforeEllipsis(trimmed, j) : 0;
    return toPx(em + ELLIPSIS_EM, style);
  };
  let lo = 1;
  let hi = count - 1;
  let best = 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (candidateWidth(points[mid] as number) <= maxWidth) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const end = points[best] as number;
  const prefix = trimmed.slice(0, end);
  const lastSpace = prefix.trimEnd().lastIndexOf(' ');
  if (lastSpace > 0 && lastSpace >= prefix.length / 2) return { text: prefix.slice(0, lastSpace).trimEnd() + ELLIPSIS, width: candidateWidth(lastSpace) };
  return { text: prefix.trimEnd() + ELLIPSIS, width: candidateWidth(end) };
}
