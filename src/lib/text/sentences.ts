/** Sentence splitting of Arabic news text, with offsets into the original text. */

/** A sentence: its offsets in the text and its trimmed text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
// Characters that end a sentence: . ! ? and their Arabic forms ؟ ؛ (the Arabic semicolon closes a
// statement in news prose), the ellipsis, and the Urdu/Arabic full stop ۔.
const TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x061b, 0x2026, 0x06d4]);
// Closing quotes and brackets that belong to the sentence they end («…».).
const CLOSERS = new Set([0xbb, 0x201d, 0x2019, 0x22, 0x27, 0x29, 0x5d, 0x203a]);
// One lookup per character on the hot path: 1 = terminator, 2 = closer.
const KIND = new Uint8Array(0x10000);
for (const c of TERMINATORS) KIND[c] = 1;
for (const c of CLOSERS) KIND[c] = 2;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/**
 * Splits at . ؟ ! ؛ … and line breaks. A dot between digits (12.02.2018, 3.5) does not end a
 * sentence; runs of terminators («!!»، «...») and the closing quotes after them stay together.
 */
export function splitSentences(text: string): Sentence[] {
  const bounds = sentenceBounds(text);
  const out: Sentence[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push({ start: bounds[k]!, end: bounds[k + 1]!, text: text.slice(bounds[k]!, bounds[k + 1]!) });
  return out;
}

/** The same sentences as start/end pairs in one flat array (no object per sentence, for big inputs). */
export function sentenceBounds(text: string): Int32Array {
  let out = new Int32Array(64);
  let len = 0;
  const n = text.length;
  let start = 0;
  const emit = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    if (len + 2 > out.length) {
      const bigger = new Int32Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    out[len++] = s;
    out[len++] = e;
  };
  // The compiled regular expression skips the text between candidates far faster than a loop of
  // charCodeAt; each candidate is then judged exactly as before.
  const next = /[\n.!?\u061f\u061b\u2026\u06d4]/g;
  for (let i = 0; i < n; i++) {
    next.lastIndex = i;
    if (!next.test(text)) break;
    i = next.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      emit(start, i);
      start = i + 1;
      continue;
    }
    if (KIND[c] !== 1) continue;
    if ((c === 0x2e || c === 0x061b) && i > 0 && i + 1 < n && isDigit(prevVisible(text, i)) && isDigit(nextVisible(text, i))) continue;
    let j = i + 1;
    while (j < n && KIND[text.charCodeAt(j)]! !== 0) j++;
    emit(start, j);
    start = j;
    i = j - 1;
  }
  emit(start, n);
  return out.subarray(0, len);
}

/** The code unit before `i`, skipping invisible marks (a digit may hide behind an RLM). */
function prevVisible(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && isInvisible(text.charCodeAt(k))) k--;
  return k >= 0 ? text.charCodeAt(k) : 0;
}

function nextVisible(text: string, i: number): number {
  let k = i + 1;
  while (k < text.length && isInvisible(text.charCodeAt(k))) k++;
  return k < text.length ? text.charCodeAt(k) : 0;
}

function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}
