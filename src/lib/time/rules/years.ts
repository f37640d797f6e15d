import type { Value } from '../mentions.ts';
import { type Rule, type Scan, type P } from './scan.ts';
import { centuryRef, connector, followsTimeExpression, statedYear } from './shared.ts';
import { AND, AQD, CLOSE_PUNCT, DASH, MIN, NOT_YEAR_BEFORE, STRONG_BEFORE, UNIT_AFTER, WEAK_BEFORE } from './words.ts';

/** «عام 2005»، «سنة 1439 هـ»، «عامي 2014 و2015»، «عام 2014 وحتى عام 2022»، «العام الماضي»، «السنة الجارية»، «العام نفسه». */
export function yearExpr(s: Scan, i: number, rangeContext: boolean): P | null {
  const yw = s.hit(i, 'yearWord');
  if (!yw) return null;
  let j = yw.end;
  const v = s.num(j);
  if (!v) {
    if (yw.e.dual) return null;
    const rel = s.hit(j, 'rel', true);
    const stated = rel ? statedYear(s, rel.end) : null;
    if (stated) return { start: i, end: stated.end, v: { t: 'year', year: stated.year } };
    if (rel) return { start: i, end: rel.end, v: { t: 'year', year: { k: 'rel', offset: rel.e.offset } } };
    if (s.hit(j, 'same', true)) return { start: i, end: j + 1, v: { t: 'same', unit: 'year' } };
    return null;
  }
  if (v.n < 1 || v.digits > 4) return null;
  const era = s.hit(j + 1, 'era', true);
  // News writes years in four digits; a shorter one with no era mark («عام 198» for 198x, «سنة 15» of a
  // life or a plan) is a typo or a count, never a date worth placing on a timeline.
  if (v.digits < 4 && !era) return null;
  if (s.toks[j + 1]?.kind === 'w' && !era && s.stemIn(j + 1, UNIT_AFTER)) return null;
  const cal = era ? era.e.cal : 'g';
  j = era ? era.end : j + 1;
  const from: Value = { t: 'year', year: { k: 'abs', y: v.n, cal } };
  const c = connector(s, j, rangeContext);
  if (c && (c.kind === 'to' || yw.e.dual || rangeContext)) {
    let k = c.end;
    const yw2 = s.hit(k, 'yearWord', true);
    if (yw2 && !yw2.e.dual) k = yw2.end;
    const v2 = s.num(k);
    if (v2 && (v2.digits === v.digits || v2.digits === 4) && v2.n > v.n) {
      const era2 = s.hit(k + 1, 'era', true);
      const to: Value = { t: 'year', year: { k: 'abs', y: v2.n, cal: era2 ? era2.e.cal : cal } };
      return { start: i, end: era2 ? era2.end : k + 1, v: { t: 'range', from, to } };
    }
  }
  return { start: i, end: j, v: from };
}

/**
 * A four-digit number read as a year without «عام»: only where a year is expected («منذ 2014»،
 * «حرب 1950-1953.»، «(2019)»، «معرض الأسلحة -2023»), never a quantity («2000 جندي»).
 */
export function bareYear(s: Scan, i: number): P | null {
  const v = s.num(i);
  if (!v) return null;
  const era = s.hit(i + 1, 'era', true);
  if (era && era.e.cal === 'h' && v.n >= 1) return { start: i, end: era.end, v: { t: 'year', year: { k: 'abs', y: v.n, cal: 'h' } } };
  if (v.digits !== 4 || v.n < 1000 || v.n > 2199) return null;
  const prevTok = s.toks[i - 1];
  // Part of a bigger numeric expression: 12/2018 or 10-2018 after a number.
  if (prevTok && prevTok.kind === 'p' && (prevTok.text === '/' || prevTok.text === '.' || prevTok.text === ':') && s.toks[i - 2]?.kind === 'n') return null;
  if (prevTok && prevTok.kind === 'p' && prevTok.text === DASH && s.toks[i - 2]?.kind === 'n') return null;
  const range = yearRangeAfter(s, i, v.n);
  const end = range ? range.end : era ? era.end : i + 1;
  const value: Value = range ? { t: 'range', from: { t: 'year', year: { k: 'abs', y: v.n, cal: 'g' } }, to: { t: 'year', year: { k: 'abs', y: range.y2, cal: 'g' } } } : { t: 'year', year: { k: 'abs', y: v.n, cal: 'g' } };
  if (era) return { start: i, end, v: value };
  const next = s.toks[end];
  const nextOk = followsTimeExpression(s, end);
  if (next && next.kind === 'w' && !next.newline && s.stemIn(end, UNIT_AFTER)) return null;
  if (prevTok && prevTok.kind === 'p' && prevTok.text === '(' && s.punct(end, ')')) return { start: i, end, v: value };
  // «معرض الأسلحة -2023»: a hyphen after a name is an edition label, not a minus.
  if (prevTok && prevTok.kind === 'p' && prevTok.text === DASH && s.toks[i - 2]?.kind === 'w' && nextOk) return { start: i, end, v: value, entity: true };
  if (prevTok && prevTok.kind === 'w' && !s.toks[i]!.newline) {
    if (s.stemIn(i - 1, NOT_YEAR_BEFORE)) return null;
    if (s.stemIn(i - 1, STRONG_BEFORE)) return { start: i, end, v: value };
    if (s.stemIn(i - 1, WEAK_BEFORE)) return nextOk && (range || (v.n >= 1800 && v.n <= 2100)) ? { start: i, end, v: value } : null;
    // After a noun («حرب التحرير 1950-1953.»، «مونديال 2022،»): a year that dates the noun; a
    // range may go on with its clause («الحرب الكورية 1950-1953 بعد …»).
    if (range && nextOk) return { start: i, end, v: value };
    if (v.n >= 1900 && v.n <= 2100) return next === undefined || next.newline || (next.kind === 'p' && CLOSE_PUNCT.has(next.text)) ? { start: i, end, v: value } : null;
    return null;
  }
  if (range && nextOk) return { start: i, end, v: value };
  return null;
}

/** «1950-1953»، «1950 - 1953»، «1950-53»، «2022/2023»، «2023 و2024 و2025» after a year at token i. */
export function yearRangeAfter(s: Scan, i: number, y1: number): { y2: number; end: number } | null {
  // A list of consecutive years is the span they cover.
  let k = i + 1;
  let last = y1;
  while (s.word(k) === AND && s.num(k + 1)?.n === last + 1 && s.num(k + 1)?.digits === 4) {
    last++;
    k += 2;
  }
  if (last > y1) return { y2: last, end: k };
  const sep = s.toks[i + 1];
  if (!sep || sep.kind !== 'p' || (sep.text !== DASH && sep.text !== '/')) return null;
  const v2 = s.num(i + 2);
  if (!v2) return null;
  let y2 = v2.n;
  if (v2.digits === 2) y2 = Math.floor(y1 / 100) * 100 + v2.n;
  else if (v2.digits !== 4) return null;
  if (y2 <= y1 || y2 - y1 > 100) return null;
  if (sep.text === '/' && y2 !== y1 + 1) return null;
  if (s.punct(i + 3, '/') || (s.punct(i + 3, DASH) && s.toks[i + 4]?.kind === 'n')) return null;
  return { y2, end: i + 3 };
}

/** «التسعينيات»، «ثمانينيات القرن الماضي»، «عقد السبعينيات من القرن العشرين». */
export function decadeExpr(s: Scan, i: number): P | null {
  let j = i;
  if (s.stemIn(i, AQD)) j = i + 1;
  const h = s.hit(j, 'decade', j !== i);
  if (!h) return null;
  let k = h.end;
  if (s.word(k) === MIN) k++;
  const u = s.hit(k, 'unit', true);
  if (u && u.e.unit === 'century') {
    const c = centuryRef(s, u.end);
    if (c) return { start: i, end: c.end, v: { t: 'decade', d: h.e.d, century: c.century } };
  }
  return { start: i, end: h.end, v: { t: 'decade', d: h.e.d } };
}

/** Years with or without «عام», year ranges, decades. */
export const yearRules: Rule[] = [
  { name: 'year word', on: { entries: ['yearWord'] }, match: (s, i) => yearExpr(s, i, false) },
  { name: 'decade', on: { entries: ['decade'], words: AQD }, match: decadeExpr },
  { name: 'bare year', on: { number: true }, match: bareYear },
];
