/**
 * Arabic ordinal words, masculine (days: «السابع من أيار») and feminine (anniversaries: «الذكرى
 * الخامسة والعشرين»), from 1 to 100, in their normalized spelling.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';

const UNITS = new Map<string, number>();
const TENS = new Map<string, number>();
const HUNDRED = new Set<string>();

const unitForms: [number, string[]][] = [
  [1, ['الأول', 'الأولى', 'الحادي', 'الحادية']],
  [2, ['الثاني', 'الثانية']],
  [3, ['الثالث', 'الثالثة']],
  [4, ['الرابع', 'الرابعة']],
  [5, ['الخامس', 'الخامسة']],
  [6, ['السادس', 'السادسة']],
  [7, ['السابع', 'السابعة']],
  [8, ['الثامن', 'الثامنة']],
  [9, ['التاسع', 'التاسعة']],
  [10, ['العاشر', 'العاشرة']],
];
for (const [v, forms] of unitForms) for (const f of forms) UNITS.set(normalizeWord(f), v);
const tensForms: [number, string][] = [
  [20, 'العشر'],
  [30, 'الثلاث'],
  [40, 'الأربع'],
  [50, 'الخمس'],
  [60, 'الست'],
  [70, 'السبع'],
  [80, 'الثمان'],
  [90, 'التسع'],
];
// Tens take -ين in the genitive/accusative («السبعين») and -ون in the nominative («السبعون»).
for (const [v, stem] of tensForms) for (const end of ['ين', 'ون']) TENS.set(normalizeWord(stem + end), v);
for (const f of ['المئة', 'المائة', 'المئوية']) HUNDRED.add(normalizeWord(f));
const TEEN = new Set(['عشر', 'عشره']);
// «الحادي» / «الحادية» only exist inside 11 and 21, 31 …
const ONLY_IN_COMPOUND = new Set([normalizeWord('الحادي'), normalizeWord('الحادية')]);

/** An ordinal read at a token: its value, the token after it and the clitics on its first word. */
export interface OrdinalMatch {
  value: number;
  end: number;
  prefix: string;
}

const startsCache = new Map<string, boolean>();
/** True when some reading of the word is an ordinal (cached: most words are not). */
export function mayStartOrdinal(word: string): boolean {
  let v = startsCache.get(word);
  if (v === undefined) {
    v = readings(word).some((r) => HUNDRED.has(r.stem) || TENS.has(r.stem) || UNITS.has(r.stem));
    if (startsCache.size > 50_000) startsCache.clear();
    startsCache.set(word, v);
  }
  return v;
}

/** Reads an ordinal word sequence starting at token `i` («السابع»، «الحادي عشر»، «الخامسة والعشرين»، «المئة»). */
export function parseOrdinal(tokens: readonly Token[], i: number): OrdinalMatch | null {
  const tok = tokens[i];
  if (!tok || tok.kind !== 'w' || !mayStartOrdinal(tok.text)) return null;
  for (const r of readings(tok.text)) {
    if (HUNDRED.has(r.stem)) return { value: 100, end: i + 1, prefix: r.prefix };
    const tens = TENS.get(r.stem);
    if (tens !== undefined) return { value: tens, end: i + 1, prefix: r.prefix };
    const unit = UNITS.get(r.stem);
    if (unit === undefined) continue;
    const next = tokens[i + 1];
    if (next && next.kind === 'w' && next.spaced) {
      if (TEEN.has(next.text)) return { value: 10 + unit, end: i + 2, prefix: r.prefix };
      if (next.text.startsWith('و')) {
        const t2 = TENS.get(next.text.slice(1));
        if (t2 !== undefined) return { value: t2 + unit, end: i + 2, prefix: r.prefix };
      }
    }
    if (ONLY_IN_COMPOUND.has(r.stem)) return null;
    return { value: unit, end: i + 1, prefix: r.prefix };
  }
  return null;
}
