/**
 * Arabic proclitics: و ف (conjunctions) then ب ل ك (prepositions) attach to the next word, and
 * ل + ال fuses into «لل» («للذكرى» = ل + الذكرى). Lexicon lookups try the word as written first,
 * then without its clitics.
 */

/** A way to read a normalized word: the stem to look up and the clitic letters in front of it. */
export interface Reading {
  stem: string;
  /** The clitic letters removed («و»، «ول»، «بال→ال» gives «ب»). Empty when read as written. */
  prefix: string;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

// Words repeat: caching their readings keeps the scan allocation-free (bounded, reset when full).
const cache = new Map<string, readonly Reading[]>();
const CACHE_LIMIT = 50_000;

/** Readings of a normalized word, the word itself first (a shared array: do not modify it). */
export function readings(word: string): readonly Reading[] {
  let r = cache.get(word);
  if (r) return r;
  r = compute(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, r);
  return r;
}

function compute(word: string): Reading[] {
  const out: Reading[] = [{ stem: word, prefix: '' }];
  let rest = word;
  let prefix = '';
  if (rest.length > 2 && CONJ.has(rest[0]!)) {
    prefix = rest[0]!;
    rest = rest.slice(1);
    out.push({ stem: rest, prefix });
  }
  if (rest.length > 2 && PREP.has(rest[0]!)) {
    if (rest[0] === 'ل' && rest[1] === 'ل' && rest.length > 3) out.push({ stem: 'ال' + rest.slice(2), prefix: prefix + 'ل' });
    out.push({ stem: rest.slice(1), prefix: prefix + rest[0]! });
  }
  return out;
}
