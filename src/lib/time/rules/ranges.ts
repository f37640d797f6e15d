import { type Rule, type Scan, type P } from './scan.ts';
import { date, monthExpr } from './day-month-year.ts';
import { connector, skipDayWords } from './shared.ts';
import { yearExpr } from './years.ts';
import { BAYN, IBTIDA, MA, MIN, RANGE_STARTERS } from './words.ts';

/** «من/بين/منذ/يومي …» in front of a range: the range then starts at the preposition. */
export function rangePrefixed(s: Scan, i: number): P | null {
  let j = i;
  if (s.word(i) === MA && s.word(i + 1) === BAYN) j = i + 1;
  if (!s.stemIn(j, RANGE_STARTERS)) return null;
  j++;
  if (s.word(j) === MIN && s.stemIn(j - 1, IBTIDA)) j++;
  // «من يوم 16 أوت»، «من يوم السبت 19 أوت … إلى غاية يوم الاثنين 21 أوت»
  j = skipDayWords(s, j);
  const inner = date(s, j, true) ?? yearExpr(s, j, true) ?? monthExpr(s, j, true) ?? bareYearRange(s, j);
  if (!inner || inner.v.t !== 'range') return null;
  return { start: i, end: inner.end, v: inner.v };
}

/** «من 2014 إلى 2022»، «بين 1950 و1953» after a range preposition. */
export function bareYearRange(s: Scan, j: number): P | null {
  const v = s.num(j);
  if (!v || v.digits !== 4) return null;
  const c = connector(s, j + 1);
  if (!c) return null;
  let k = c.end;
  const yw = s.hit(k, 'yearWord', true);
  if (yw && !yw.e.dual) k = yw.end;
  const v2 = s.num(k);
  if (!v2 || v2.digits !== 4 || v2.n <= v.n || v2.n - v.n > 200) return null;
  return { start: j, end: k + 1, v: { t: 'range', from: { t: 'year', year: { k: 'abs', y: v.n, cal: 'g' } }, to: { t: 'year', year: { k: 'abs', y: v2.n, cal: 'g' } } } };
}

/** Ranges opened by a preposition: «من … إلى …», «بين … و…», «منذ … حتى …». */
export const rangeRules: Rule[] = [{ name: 'range', on: { words: [...RANGE_STARTERS, MA] }, match: rangePrefixed }];
