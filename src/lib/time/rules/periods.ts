import { readings } from '../../text/clitics.ts';
import type { Value } from '../mentions.ts';
import { parseOrdinal } from '../number-words.ts';
import { type Rule, type Scan, type P } from './scan.ts';
import { centuryRef, monthPart, withYear, yearAfter, yearRef } from './shared.ts';
import { yearExpr } from './years.ts';
import { AL, CARDINALS, FI_WORD, FOLLOWING, KHILAL_FI, LAST, MIN, PLURAL_THIRDS, SPAN_NEXT, SPAN_PAST, SPAN_UNITS } from './words.ts';

/** «الأسبوع الجاري»، «الشهر الماضي»، «الربع الرابع من العام الجاري»، «القرن العشرين»، «الشهر ذاته». */
export function unitExpr(s: Scan, i: number): P | null {
  const u = s.hit(i, 'unit');
  if (!u) return null;
  const j = u.end;
  switch (u.e.unit) {
    case 'week': {
      const rel = s.hit(j, 'rel', true);
      if (rel) return { start: i, end: rel.end, v: { t: 'relWeek', offset: rel.e.offset } };
      if (s.stemIn(j, FOLLOWING, false)) return { start: i, end: j + 1, v: { t: 'relWeek', offset: 1 } };
      return weekOfMonth(s, i, j);
    }
    case 'month': {
      const rel = s.hit(j, 'rel', true);
      if (rel) return { start: i, end: rel.end, v: { t: 'relMonth', offset: rel.e.offset } };
      if (s.stemIn(j, FOLLOWING, false)) return { start: i, end: j + 1, v: { t: 'relMonth', offset: 1 } };
      if (s.hit(j, 'same', true)) return { start: i, end: j + 1, v: { t: 'same', unit: 'month' } };
      return null;
    }
    case 'year':
      return yearExpr(s, i, false);
    case 'quarter':
    case 'half': {
      let n: number | null = null;
      let k = j;
      const ord = parseOrdinal(s.toks, j);
      if (ord && ord.prefix === '') {
        n = ord.value;
        k = ord.end;
      } else if (s.stemIn(j, LAST, false)) {
        n = u.e.unit === 'quarter' ? 4 : 2;
        k = j + 1;
      }
      if (n === null || n < 1 || n > (u.e.unit === 'quarter' ? 4 : 2)) return null;
      const size = u.e.unit === 'quarter' ? 3 : 6;
      const months: [number, number] = [(n - 1) * size + 1, n * size];
      const yr = yearRef(s, k);
      if (yr) return { start: i, end: yr.end, v: { t: 'yearPart', months, year: yr.year } };
      // Without a year a quarter or half means the reference year only next to a time preposition.
      if (!s.afterTimePreposition(i) && !s.stemIn(i, KHILAL_FI)) return null;
      return { start: i, end: k, v: { t: 'yearPart', months, year: { k: 'rel', offset: 0 } } };
    }
    case 'century': {
      const c = centuryRef(s, j);
      return c ? { start: i, end: c.end, v: { t: 'century', century: c.century } } : null;
    }
    default:
      return null;
  }
}

/** «الأسبوع الأول من أكتوبر»، «الأسبوع الأخير من الشهر الماضي»: days 1–7, 8–14 … or the last 7. */
export function weekOfMonth(s: Scan, i: number, j: number): P | null {
  let n: number | null = null;
  let k = j;
  const ord = parseOrdinal(s.toks, j);
  if (ord && ord.prefix === '' && ord.value >= 1 && ord.value <= 4) {
    n = ord.value;
    k = ord.end;
  } else if (s.stemIn(j, LAST, false)) {
    n = 0;
    k = j + 1;
  }
  if (n === null || (s.word(k) !== MIN && s.word(k) !== FI_WORD)) return null;
  const mp = monthPart(s, k + 1);
  if (!mp || mp.need === 'day' || mp.need === 'context') return null;
  const yr = mp.month.k === 'named' ? yearAfter(s, mp.end, mp.month.cal) : null;
  const month = withYear(s, mp.month, yr);
  const end = yr ? yr.end : mp.end;
  const from: Value = { t: 'date', day: n === 0 ? { k: 'lastWeek' } : { k: 'n', d: n * 7 - 6 }, month };
  const to: Value = { t: 'date', day: n === 0 ? { k: 'pos', pos: 'last' } : { k: 'n', d: n * 7 }, month };
  return { start: i, end, v: { t: 'range', from, to } };
}

/** «هذا الأسبوع»، «هذا الشهر»، «هذا العام»، «هذه السنة». */
export function thisExpr(s: Scan, i: number): P | null {
  const th = s.hit(i, 'this');
  if (!th) return null;
  const u = s.hit(th.end, 'unit', true);
  if (u) {
    if (u.e.unit === 'week') return { start: i, end: u.end, v: { t: 'relWeek', offset: 0 } };
    if (u.e.unit === 'month') return { start: i, end: u.end, v: { t: 'relMonth', offset: 0 } };
    if (u.e.unit === 'year') return { start: i, end: u.end, v: { t: 'year', year: { k: 'rel', offset: 0 } } };
  }
  const yw = s.hit(th.end, 'yearWord', true);
  if (yw && !yw.e.dual && s.num(yw.end) === null) return { start: i, end: yw.end, v: { t: 'year', year: { k: 'rel', offset: 0 } } };
  return null;
}

/** «صيف 2023»، «خريف عام 2019». */
export function seasonExpr(s: Scan, i: number): P | null {
  const h = s.hit(i, 'season');
  if (!h) return null;
  const yr = yearRef(s, h.end);
  if (!yr || yr.year.k === 'same') return null;
  const [a, b] = h.e.months;
  if (a > b) return null; // winter straddles two years: left unresolved rather than guessed
  return { start: i, end: yr.end, v: { t: 'yearPart', months: [a, b], year: yr.year } };
}

/** «مطلع العام الجاري»، «نهاية عام 2022»، «منتصف 2023»، «الربع الرابع» (see unitExpr). */
export function yearPartExpr(s: Scan, i: number): P | null {
  const pos = s.hit(i, 'dayPos');
  if (!pos) return null;
  const yr = yearRef(s, pos.end);
  if (!yr) return null;
  const w = readings(s.word(i)!).map((r) => PLURAL_THIRDS.get(r.stem)).find((x) => x !== undefined);
  const p = w === 1 ? 'first' : w === 2 ? 'mid' : w === 3 ? 'last' : pos.e.pos;
  // «مطلع/نهاية العام» is its first/last month; «أوائل/أواسط/أواخر العام» a third of it.
  const months: [number, number] = w !== undefined ? [w * 4 - 3, w * 4] : p === 'first' ? [1, 1] : p === 'mid' ? [6, 7] : [12, 12];
  return { start: i, end: yr.end, v: { t: 'yearPart', months, year: yr.year } };
}

/** «الأسبوعين الماضيين»، «الأيام الثلاثة المقبلة»، «السنوات العشر الأخيرة»: the last or next n units. */
export function spanExpr(s: Scan, i: number): P | null {
  const w = s.word(i);
  const r = w === null ? undefined : readings(w).map((x) => SPAN_UNITS.get(x.stem)).find((x) => x !== undefined);
  if (!r) return null;
  let j = i + 1;
  let n = r.n;
  if (n === 0) {
    const v = s.num(j);
    const word = s.word(j);
    const c = v ? (v.digits <= 3 ? v.n : 0) : word === null ? 0 : (CARDINALS.get(word.startsWith(AL) ? word.slice(2) : word) ?? 0);
    if (c < 2) return null;
    n = c;
    j++;
  }
  const sign = s.stemIn(j, SPAN_PAST, false) ? -1 : s.stemIn(j, SPAN_NEXT, false) ? 1 : 0;
  return sign ? { start: i, end: j + 1, v: { t: 'span', unit: r.unit, n: sign * n } } : null;
}

/** Weeks, months, quarters, halves, centuries, seasons and parts of a year. */
export const periodRules: Rule[] = [
  { name: 'part of year', on: { entries: ['dayPos'] }, match: yearPartExpr },
  { name: 'unit', on: { entries: ['unit'] }, match: unitExpr },
  { name: 'this unit', on: { entries: ['this'] }, match: thisExpr },
  { name: 'season', on: { entries: ['season'] }, match: seasonExpr },
  { name: 'span', on: { words: [...SPAN_UNITS.keys()] }, match: spanExpr },
];
