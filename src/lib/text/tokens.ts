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
      while (i < n && isLetter(text.charCodeAt(i))) i++;
    } else {
      kind = 'p';
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    tokens.push({ kind, start, end: i, text: text.slice(start, i), spaced, newline });
    spaced = false;
    newline = false;
  }
  return tokens;
}
