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
  /** For each original offset (0..length): the normalized offset at or after it. */
  fromOriginal: Int32Array;
}

const DROP = 0;
const SPACE = 0x20;

/**
 * Per-code-unit table for the Arabic and general-punctuation ranges: 0 drops the unit,
 * any other value is the replacement code unit. Units not in the table are kept as they are.
 */
const TABLE = new Map<number, number>();

function set(from: number, to: number, value: number | ((c: number) => number)) {
  for (let c = from; c <= to; c++) TABLE.set(c, typeof value === 'number' ? value : value(c));
}

// Arabic-Indic and Persian (extended) digits become ASCII so one number grammar serves all.
set(0x0660, 0x0669, (c) => 0x30 + c - 0x0660);
set(0x06f0, 0x06f9, (c) => 0x30 + c - 0x06f0);
// Arabic decimal separator and thousands separator.
TABLE.set(0x066b, 0x2e);
TABLE.set(0x066c, 0x2c);
// Harakat, tanween, shadda, sukun, superscript alef and other combining Arabic marks carry no
// meaning for matching dates («غداً» = «غدا»).
set(0x064b, 0x065f, DROP);
TABLE.set(0x0670, DROP);
set(0x06d6, 0x06dc, DROP);
set(0x06df, 0x06e4, DROP);
set(0x06e7, 0x06e8, DROP);
set(0x06ea, 0x06ed, DROP);
// Tatweel stretches a word or follows a clitic («لـ 27»، «الـ 70»): it is not a letter.
TABLE.set(0x0640, DROP);
// Invisible marks that surround numbers in real articles: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM,
// bidi embeddings/overrides/isolates, word joiner, BOM, soft hyphen.
set(0x200b, 0x200f, DROP);
set(0x202a, 0x202e, DROP);
set(0x2060, 0x2064, DROP);
set(0x2066, 0x2069, DROP);
TABLE.set(0x061c, DROP);
TABLE.set(0xfeff, DROP);
TABLE.set(0x00ad, DROP);
// Spaces: NBSP, the typographic spaces, narrow NBSP, ideographic space, tab.
TABLE.set(0x00a0, SPACE);
TABLE.set(0x1680, SPACE);
set(0x2000, 0x200a, SPACE);
TABLE.set(0x202f, SPACE);
TABLE.set(0x205f, SPACE);
TABLE.set(0x3000, SPACE);
TABLE.set(0x09, SPACE);
TABLE.set(0x0b, SPACE);
TABLE.set(0x0c, SPACE);
TABLE.set(0x0d, SPACE);
// Alef variants (أ إ آ ٱ and the wavy-hamza forms) fold to bare alef: spelling of hamza varies.
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) TABLE.set(c, 0x0627);
// Alef maqsura and Persian/Farsi yeh fold to yeh; hamza on yeh/waw fold to their carrier letter.
TABLE.set(0x0649, 0x064a);
TABLE.set(0x06cc, 0x064a);
TABLE.set(0x06d2, 0x064a);
TABLE.set(0x0626, 0x064a);
TABLE.set(0x0624, 0x0648);
// Ta marbuta is written as heh in much informal text («السنه»), so both fold to heh.
TABLE.set(0x0629, 0x0647);
TABLE.set(0x06c1, 0x0647);
TABLE.set(0x06d5, 0x0647);
TABLE.set(0x06be, 0x0647);
// Persian keheh is kaf.
TABLE.set(0x06a9, 0x0643);
// Dashes and minus become an ASCII hyphen; fraction slash and fullwidth solidus a slash.
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) TABLE.set(c, 0x2d);
TABLE.set(0x2044, 0x2f);
TABLE.set(0x2215, 0x2f);
TABLE.set(0xff0f, 0x2f);

/** Presentation forms (ﻻ، ﺍ …) decompose through NFKC, then go through the table. */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Maps one code unit (not a presentation form) to its normalized unit, or DROP. */
function mapUnit(c: number): number {
  const v = TABLE.get(c);
  return v === undefined ? c : v;
}

/** Normalizes a text for matching and keeps the offset maps (see NormalizedText). */
export function normalizeForMatching(original: string): NormalizedText {
  const n = original.length;
  const out: number[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  const fromOriginal = new Int32Array(n + 1);
  let lastWasSpace = true; // runs of spaces collapse to one, leading spaces vanish
  const push = (code: number, s: number, e: number) => {
    if (code === SPACE) {
      if (lastWasSpace) return;
      lastWasSpace = true;
    } else {
      lastWasSpace = code === 0x0a;
    }
    out.push(code);
    startOf.push(s);
    endOf.push(e);
  };
  for (let i = 0; i < n; i++) {
    fromOriginal[i] = out.length;
    const c = original.charCodeAt(i);
    if (c < 0x80 && c !== 0x09 && c !== 0x0b && c !== 0x0c && c !== 0x0d) {
      push(c, i, i + 1);
      continue;
    }
    if (isPresentationForm(c)) {
      const decomposed = String.fromCharCode(c).normalize('NFKC');
      for (let k = 0; k < decomposed.length; k++) {
        const m = mapUnit(decomposed.charCodeAt(k));
        if (m !== DROP) push(m, i, i + 1);
      }
      continue;
    }
    const m = mapUnit(c);
    if (m !== DROP) push(m, i, i + 1);
  }
  fromOriginal[n] = out.length;
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < out.length; i += CHUNK) text += String.fromCharCode(...out.slice(i, i + CHUNK));
  return { text, startOf: Int32Array.from(startOf), endOf: Int32Array.from(endOf), fromOriginal };
}

/** Maps a normalized span [start, end) back to the original text's offsets. */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.startOf.length ? norm.startOf[start]! : (norm.endOf[norm.endOf.length - 1] ?? 0);
    return [at, at];
  }
  return [norm.startOf[start]!, norm.endOf[end - 1]!];
}

/** Normalizes a short string (a lexicon entry or a word) without keeping maps. */
export function normalizeWord(s: string): string {
  return normalizeForMatching(s).text.trim();
}
