/** Tokens of a normalized text: words, numbers and single punctuation marks, with offsets. */

/** w = word, n = number, p = punctuation mark. */
export type TokenKind = 'w' | 'n' | 'p';

/** One token of the normalized text. */
export interface Token {
  kind: TokenKind;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  text: string;
  /** True when whitespace (or a line break) separates it from the previous token. */
  spaced: boolean;
  /** True when a line break lies between it and the previous token. */
  newline: boolean;
}

const LETTER_RE = /\p{L}/u;
// Character classes of the BMP, filled lazily: 0 unknown, 1 letter, 2 other.
const CLASS = new Uint8Array(0x10000);

/** True for a code unit that belongs to a word (Arabic or Latin letters; other scripts via \p{L}). */
export function isLetter(c: number): boolean {
  let k = CLASS[c]!;
  if (k === 0) {
    let letter: boolean;
    if (c >= 0x0621 && c <= 0x064a) letter = c !== 0x0640;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letter = true;
    else if (c >= 0x0671 && c <= 0x06d3) letter = true;
    else if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) letter = false;
    else letter = LETTER_RE.test(String.fromCharCode(c));
    k = letter ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// Words and marks repeat all through a text: each token's string is taken from a small table of
// recent spellings when it is there, so a long text allocates few strings, and the lexicon lookups
// that follow meet strings whose hash is already computed. Keyed by a hash of the code units,
// checked against the text itself (a collision only costs a fresh slice).
const INTERN_SIZE = 1 << 16;
const INTERN_MASK = INTERN_SIZE - 1;
const INTERN_MAX_LENGTH = 24;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE).fill(undefined);

function tokenText(text: string, start: number, end: number, hash: number): string {
  const len = end - start;
  if (len > INTERN_MAX_LENGTH) return text.slice(start, end);
  const slot = (hash ^ (hash >>> 15) ^ len) & INTERN_MASK;
  const known = interned[slot];
  if (known !== undefined && known.length === len && text.startsWith(known, start)) return known;
  const fresh = text.slice(start, end);
  interned[slot] = fresh;
  return fresh;
}
const isSpace = (c: number) => c === 0x20 || c === 0x0a;

/**
 * Splits normalized text into tokens. A number keeps internal separators between digit groups
 * («2,000»، «3.5»، «12.02.2018») so a quantity is never mistaken for a year; digits glued to
 * letters («08جوان»، «في29») become separate tokens.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = to;
  let spaced = true;
  let newline = false;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      if (c === 0x0a) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let hash = c;
    if (isDigit(c)) {
      kind = 'n';
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 0x2e || sep === 0x2c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
    } else if (isLetter(c)) {
      kind = 'w';
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isLetter(d)) break;
        hash = (Math.imul(hash, 31) + d) | 0;
      }
    } else {
      kind = 'p';
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    tokens.push({ kind, start, end: i, text: kind === 'n' ? text.slice(start, i) : tokenText(text, start, i, hash), spaced, newline });
    spaced = false;
    newline = false;
  }
  return tokens;
}
