/**
 * Normalization of Arabic news text for matching, with an offset map back to the original.
 *
 * Matching runs on the normalized string; every span found there is mapped back through
 * `toOriginal` so a Timex always slices the untouched article text.
 */

/** The normalized text and the maps between it and the original. */
export interface NormalizedText {
  /** The text used for matching. */
  text: string;
  /** For each normalized UTF-16 unit: offset of the original unit it came from. */
  startOf: Int32Array;
  /** For each normalized UTF-16 unit: offset just after the original unit(s) it came from. */
  endOf: Int32Array;
}

const DROP = 0;
const SPACE = 0x20;
const KEEP = 0xffff;
// Presentation forms are marked in the table so the hot loop tests them with the same lookup.
const DECOMPOSE = 0xfffe;

/**
 * Per-code-unit table: KEEP leaves the unit as it is, DROP removes it, any other value replaces it.
 * One typed-array lookup per character keeps normalization linear and allocation-free.
 */
const TABLE = new Uint16Array(0x10000).fill(KEEP);

function set(from: number, to: number, value: number | ((c: number) => number)) {
  for (let c = from; c <= to; c++) TABLE[c] = typeof value === 'number' ? value : value(c);
}
function put(c: number, value: number) {
  TABLE[c] = value;
}

// Arabic-Indic and Persian (extended) digits become ASCII so one number grammar serves all.
set(0x0660, 0x0669, (c) => 0x30 + c - 0x0660);
set(0x06f0, 0x06f9, (c) => 0x30 + c - 0x06f0);
// Arabic decimal separator and thousands separator.
put(0x066b, 0x2e);
put(0x066c, 0x2c);
// Harakat, tanween, shadda, sukun, superscript alef and other combining Arabic marks carry no
// meaning for matching dates («غداً» = «غدا»).
set(0x064b, 0x065f, DROP);
put(0x0670, DROP);
set(0x06d6, 0x06dc, DROP);
set(0x06df, 0x06e4, DROP);
set(0x06e7, 0x06e8, DROP);
set(0x06ea, 0x06ed, DROP);
// Tatweel stretches a word or follows a clitic («لـ 27»، «الـ 70»): it is not a letter.
put(0x0640, DROP);
// Invisible marks that surround numbers in real articles: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM,
// bidi embeddings/overrides/isolates, word joiner, BOM, soft hyphen.
set(0x200b, 0x200f, DROP);
set(0x202a, 0x202e, DROP);
set(0x2060, 0x2064, DROP);
set(0x2066, 0x2069, DROP);
put(0x061c, DROP);
put(0xfeff, DROP);
put(0x00ad, DROP);
// Spaces: NBSP, the typographic spaces, narrow NBSP, ideographic space, tab, CR.
put(0x00a0, SPACE);
put(0x1680, SPACE);
set(0x2000, 0x200a, SPACE);
put(0x202f, SPACE);
put(0x205f, SPACE);
put(0x3000, SPACE);
put(0x09, SPACE);
put(0x0b, SPACE);
put(0x0c, SPACE);
put(0x0d, SPACE);
// Alef variants (أ إ آ ٱ and the wavy-hamza forms) fold to bare alef: spelling of hamza varies.
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) put(c, 0x0627);
// Alef maqsura and Persian/Farsi yeh fold to yeh; hamza on yeh/waw fold to their carrier letter.
put(0x0649, 0x064a);
put(0x06cc, 0x064a);
put(0x06d2, 0x064a);
put(0x0626, 0x064a);
put(0x0624, 0x0648);
// Ta marbuta is written as heh in much informal text («السنه»), so both fold to heh.
put(0x0629, 0x0647);
put(0x06c1, 0x0647);
put(0x06d5, 0x0647);
put(0x06be, 0x0647);
// Persian keheh is kaf.
put(0x06a9, 0x0643);
// Dashes and minus become an ASCII hyphen; fraction slash and fullwidth solidus a slash.
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) put(c, 0x2d);
put(0x2044, 0x2f);
put(0x2215, 0x2f);
put(0xff0f, 0x2f);
// Presentation forms (ﻻ، ﺍ …) decompose through NFKC, then go through the table. (0xfeff, the BOM,
// lies outside both ranges and stays dropped.)
set(0xfb50, 0xfdff, DECOMPOSE);
set(0xfe70, 0xfefc, DECOMPOSE);

// The normalized units become a string in one native call (UTF-16LE is the platform's byte order
// on every engine this runs on; the fallback covers the rest).
const UTF16 = typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder('utf-16le') : null;

/** Normalizes a text for matching and keeps the offset maps (see NormalizedText). */
export function normalizeForMatching(original: string): NormalizedText {
  const n = original.length;
  let cap = n + 16;
  let out: Uint16Array = new Uint16Array(cap);
  let startOf: Int32Array = new Int32Array(cap);
  let endOf: Int32Array = new Int32Array(cap);
  let len = 0;
  let lastWasSpace = true; // runs of spaces collapse to one, leading spaces vanish
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    let m = TABLE[c]!;
    if (m === KEEP) m = c;
    else if (m === DROP) {
      // Diacritics and tatweel belong to the letter before them: a span ending on that letter
      // ends after them («غداً»، «هـ»).
      if (len > 0 && (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670) && out[len - 1] !== SPACE && out[len - 1] !== 0x0a) endOf[len - 1] = i + 1;
      continue;
    } else if (m === DECOMPOSE) {
      const decomposed = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < decomposed.length; k++) {
        let d = decomposed.charCodeAt(k);
        const t = TABLE[d]!;
        if (t === DROP) continue;
        if (t !== KEEP) d = t;
        if (len + 1 >= cap) {
          cap *= 2;
          out = grow16(out, cap);
          startOf = grow32(startOf, cap);
          endOf = grow32(endOf, cap);
        }
        out[len] = d;
        startOf[len] = i;
        endOf[len] = i + 1;
        len++;
        lastWasSpace = false;
      }
      continue;
    }
    if (m === SPACE) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = m === 0x0a;
    if (len + 1 >= cap) {
      cap *= 2;
      out = grow16(out, cap);
      startOf = grow32(startOf, cap);
      endOf = grow32(endOf, cap);
    }
    out[len] = m;
    startOf[len] = i;
    endOf[len] = i + 1;
    len++;
  }
  let text = '';
  if (UTF16 && len > 64) text = UTF16.decode(out.subarray(0, len));
  // The decoder turns a lone surrogate into U+FFFD: then build the string unit by unit instead.
  if (!UTF16 || len <= 64 || text.includes('\uFFFD')) {
    text = '';
    const CHUNK = 8192;
    for (let i = 0; i < len; i += CHUNK) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return { text, startOf: startOf.subarray(0, len), endOf: endOf.subarray(0, len) };
}

function grow16(a: Uint16Array, cap: number): Uint16Array {
  const b = new Uint16Array(cap);
  b.set(a);
  return b;
}
function grow32(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Maps a normalized span [start, end) back to the original text's offsets. */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.startOf.length ? norm.startOf[start]! : (norm.endOf[norm.endOf.length - 1] ?? 0);
    return [at, at];
  }
  return [norm.startOf[start]!, norm.endOf[end - 1]!];
}

/** The normalized offset of the first normalized unit at or after an original offset. */
export function toNormalized(norm: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = norm.startOf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.startOf[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Normalizes a short string (a lexicon entry or a word) without keeping maps. */
export function normalizeWord(s: string): string {
  return normalizeForMatching(s).text.trim();
}
