import { readings } from '../../text/clitics.ts';
import type { Token } from '../../text/tokens.ts';
import type { PartOfDay } from '../../types.ts';
import type { Value } from '../mentions.ts';
import { parseOrdinal } from '../number-words.ts';
import { type Rule, type Scan, type P } from './scan.ts';
import { date, nthMonth, nthOfThisMonth } from './day-month-year.ts';
import { numericDate } from './numeric.ts';
import { AGO_WORDS, AL, AND, BARE_WEEKDAYS, BUKRA, BUKRA_IDIOM, CARDINALS, DAY_ADJECTIVES, DURATION_UNITS, FI_WORD, FOLLOWING, FROM_ON, GHAD, LAM, LAST, MIN, NAFS, TEEN, TODAY, TWO_AFTER, TWO_BEFORE, Y_NOUNS } from './words.ts';

/** True when the word after «اليوم» makes it a named day rather than today. */
function qualifiesDay(next: string, toks: readonly Token[], j: number): boolean {
  if (DAY_ADJECTIVES.has(next)) return true;
  if (parseOrdinal(toks, j)) return true;
  // A nisba adjective («الوطني»، «العالمي»، «الدراسي») ends in ي.
  return next.startsWith(AL) && next.length >= 5 && next.endsWith('ي') && !Y_NOUNS.has(next);
}

/** «اليوم»، «أمس الأربعاء»، «أول من أمس»، «غداً»، «الليلة» (with an optional weekday and part of day after). */
export function deicticExpr(s: Scan, i: number): P | null {
  const h = s.hit(i, 'deictic');
  if (!h) return null;
  let j = h.end;
  if (h.e.offset === 0 && !h.e.pod) {
    // «اليوم الوطني»، «اليوم التالي»، «اليوم الأول»: a day named, not today.
    const next = s.toks[j];
    // «اليوم الماضي»، «اليوم المنصرم»: yesterday («اليوم السابق» is the day before another one).
    const rel = next && !next.newline ? s.hit(j, 'rel', true) : null;
    if (rel && rel.e.offset === -1 && !DAY_ADJECTIVES.has(next!.text)) return { start: i, end: rel.end, v: { t: 'deictic', offset: -1 } };
    if (next && next.kind === 'w' && !next.newline && qualifiesDay(next.text, s.toks, j)) return null;
    if (next && next.kind === 'w' && s.hit(j, 'same', true)) return null;
    if (i > 0 && s.stemIn(i - 1, NAFS)) return null;
  }
  if (s.toks[i]!.text === BUKRA && s.stemIn(j, BUKRA_IDIOM, false)) return null;
  let offset = h.e.offset;
  // «الليلة الماضية» is last night.
  if (h.e.pod === 'night') {
    const rel = s.hit(j, 'rel', true);
    if (rel) {
      offset = rel.e.offset;
      j = rel.end;
    }
  }
  let wd: number | undefined;
  const wh = s.hit(j, 'weekday', true);
  if (wh) {
    wd = wh.e.wd;
    j = wh.end;
  } else if (s.punct(j, '(') && s.hit(j + 1, 'weekday', true) && s.punct(s.hit(j + 1, 'weekday', true)!.end, ')')) {
    // «اليوم (الأحد)»
    const b = s.hit(j + 1, 'weekday', true)!;
    wd = b.e.wd;
    j = b.end + 1;
  }
  let pod = h.e.pod;
  const post = s.hit(j, 'pod', true);
  if (post && post.e.post) {
    pod = post.e.pod;
    j = post.end;
  }
  const v: Value = wd === undefined ? { t: 'deictic', offset } : { t: 'deictic', offset, wd };
  return pod ? { start: i, end: j, v, pod } : { start: i, end: j, v };
}

/** «الخميس»، «الأربعاء الماضي»، «الخميس الموافق 14 شباط»، «الجمعة 3 مارس 2023». */
export function weekdayExpr(s: Scan, i: number, dayContext: boolean): P | null {
  const h = s.hit(i, 'weekday');
  if (!h) return null;
  if (s.stemIn(h.end, TEEN, false)) return null; // «الأحد عشر» = eleven
  let j = h.end;
  let dir: -1 | 0 | 1 | undefined;
  const rel = s.hit(j, 'rel', true);
  if (rel) {
    dir = rel.e.offset;
    j = rel.end;
  }
  let pod: PartOfDay | undefined;
  const post = s.hit(j, 'pod', true);
  if (post && post.e.post) {
    pod = post.e.pod;
    j = post.end;
  }
  // A date after the weekday is checked by it: one expression, also in brackets («(الموافق 9 مارس)»).
  let k = j;
  if (s.punct(k, '،') || s.punct(k, ',')) k++;
  const bracket = s.punct(k, '(');
  if (bracket) k++;
  let muwafiq = false;
  // «يوم الخميس في 14 شباط»
  if (s.word(k) === FI_WORD && s.toks[k + 1]?.kind === 'n') k++;
  const mw = s.hit(k, 'muwafiq', true);
  if (mw) {
    k = mw.end;
    muwafiq = true;
    if (s.word(k) === LAM) k++;
  }
  // «الاثنين الأخير من آذار»: the last Monday of the month.
  if (k === j && dir === undefined && !pod && s.stemIn(k, LAST, false)) {
    const nth = nthMonth(s, i, k + 1, { k: 'nth', n: -1, wd: h.e.wd });
    if (nth) return nth;
  }
  // «سأعود يوم الأحد الثاني»: with no month after it, the n-th weekday of the current month. Only
  // a bare weekday and a definite ordinal ending the phrase: «للجمعة الثانية على التوالي» (the
  // second Friday running) counts Fridays, not a day of the month.
  if (k === j && dir === undefined && !pod && h.prefix === '') {
    const nth = nthOfThisMonth(s, i, j, h.e.wd);
    if (nth) return nth;
  }
  let d = numericDate(s, k) ?? date(s, k, false);
  if (bracket) {
    if (!d || !s.punct(d.end, ')')) d = null;
    else d = { ...d, end: d.end + 1 };
  }
  // «الثلاثاء الثالث من أيلول 2014»: an ordinal word up to five after the weekday may count the
  // weekdays of the month (the third Tuesday) rather than name the day (Tuesday the 3rd).
  if (d && d.v.t === 'date' && dir === undefined && k === j && d.v.day.k === 'n' && d.v.day.d <= 5 && s.toks[k]!.kind === 'w') {
    const n = d.v.day.d;
    const v: Value = { ...d.v, day: { k: 'nth', n, wd: h.e.wd, orDay: true } };
    return pod ? { start: i, end: d.end, v, pod } : { start: i, end: d.end, v };
  }
  if (d && d.v.t === 'date' && dir === undefined) {
    const v: Value = { ...d.v, wd: h.e.wd };
    return pod ? { start: i, end: d.end, v, pod } : { start: i, end: d.end, v };
  }
  if (h.e.strict && !dayContext && dir === undefined && !pod && !muwafiq && !mondayAlone(s, i, j)) return null;
  const v: Value = dir === undefined ? { t: 'weekday', wd: h.e.wd } : { t: 'weekday', wd: h.e.wd, dir };
  return pod ? { start: i, end: j, v, pod } : { start: i, end: j, v };
}

/**
 * «الاثنين» alone is Monday after a verb or a noun phrase («يجتمع المجلس الاثنين»), but «the two»
 * after «بين»، «كلا»، «أحد» or a dual/plural noun («الطرفين الاثنين»), and before «معا».
 */
export function mondayAlone(s: Scan, i: number, j: number): boolean {
  const prev = s.toks[i - 1];
  // Alone on its line (a dateline, a list item): the day.
  const next = s.toks[j];
  if ((!prev || s.toks[i]!.newline) && (!next || next.newline)) return true;
  if (!prev || prev.kind !== 'w' || s.toks[i]!.newline) return false;
  if (s.stemIn(i - 1, TWO_BEFORE)) return false;
  if (prev.text.length > 4 && prev.text.endsWith('ين')) return false;
  return !s.stemIn(j, TWO_AFTER, false);
}

/** «يوم الخميس»، «يوم 27 يوليو»، «يوم أمس»، «يومي 1 و2 فيفري». */
export function yawmExpr(s: Scan, i: number): P | null {
  const h = s.hit(i, 'yawm');
  if (!h) return null;
  const j = h.end;
  const inner = h.e.dual
    ? date(s, j, true)
    : (weekdayExpr(s, j, true) ?? numericDate(s, j) ?? date(s, j, false) ?? deicticAfterYawm(s, j));
  if (!inner) return null;
  return { start: i, end: inner.end, v: inner.v, ...(inner.pod ? { pod: inner.pod } : {}) };
}

/** A deictic day after «يوم» other than today («يوم أمس»، «يوم غد»). */
export function deicticAfterYawm(s: Scan, j: number): P | null {
  const d = deicticExpr(s, j);
  if (d && d.v.t === 'deictic' && d.v.offset !== 0) return d;
  if (s.word(j) === GHAD) return { start: j, end: j + 1, v: { t: 'deictic', offset: 1 } };
  return null;
}

/** «قبل يومين»، «منذ ثلاثة أسابيع»، «قبل 5 سنوات»، «بعد أسبوع»: counted from the reference date. */
export function agoExpr(s: Scan, i: number): P | null {
  const w = s.word(i);
  if (w === null) return null;
  const sign = readings(w).map((r) => (r.prefix === '' || r.prefix === AND ? AGO_WORDS.get(r.stem) : undefined)).find((x) => x !== undefined);
  if (sign === undefined) return null;
  let j = i + 1;
  let n: number | null = null;
  const v = s.num(j);
  if (v && v.digits <= 3) {
    n = v.n;
    j++;
  } else {
    const cw = CARDINALS.get(s.word(j) ?? '');
    if (cw !== undefined) {
      n = cw;
      j++;
    }
  }
  const unitWord = s.word(j);
  if (unitWord === null) return null;
  const u = DURATION_UNITS.get(unitWord);
  if (!u) return null;
  if (n === null) n = u.count;
  else if (u.count !== 1 && !u.plural) return null;
  // «بعد يومين من الهجوم»: counted from an event, not from the reference date; «منذ عام 2003»
  // is a year, not «a year ago».
  if (s.stemIn(j + 1, FROM_ON, false) || s.toks[j + 1]?.kind === 'n') return null;
  if (n < 1 || n > 1000) return null;
  return { start: i, end: j + 1, v: { t: 'ago', unit: u.unit, n: n * sign } };
}

/** «بنفس التاريخ»، «في نفس اليوم»، «نفس العام»: the date, day, month or year named just before. */
export function nafsExpr(s: Scan, i: number): P | null {
  if (!s.stemIn(i, NAFS)) return null;
  const j = i + 1;
  if (s.hit(j, 'date', true) || s.word(j) === TODAY) return { start: i, end: j + 1, v: { t: 'same', unit: 'day' } };
  const u = s.hit(j, 'unit', true);
  if (u && u.e.unit === 'month') return { start: i, end: u.end, v: { t: 'same', unit: 'month' } };
  const yw = s.hit(j, 'yearWord', true);
  if (yw && !yw.e.dual) return { start: i, end: yw.end, v: { t: 'same', unit: 'year' } };
  return null;
}

/** «التاريخ نفسه»، «اليوم ذاته». */
export function sameAfter(s: Scan, i: number, unit: 'day'): P | null {
  const h = s.hit(i, 'date');
  if (!h) return null;
  return s.hit(h.end, 'same', true) ? { start: i, end: h.end + 1, v: { t: 'same', unit } } : null;
}

/**
 * A weekday of a relative week: «الأحد من الأسبوع الماضي»، «أحد الأسبوع الماضي»، «ثلاثاء الأسبوع
 * الفائت»، «الاثنين من هذا الأسبوع»، «خميس الأسبوع المقبل».
 */
export function weekdayOfWeek(s: Scan, i: number): P | null {
  const h = s.hit(i, 'weekday');
  const wd = h ? h.e.wd : BARE_WEEKDAYS.get(s.word(i) ?? '');
  if (wd === undefined) return null;
  let j = h ? h.end : i + 1;
  if (s.word(j) === MIN) j++;
  const week = relativeWeek(s, j);
  return week ? { start: i, end: week.end, v: { t: 'weekday', wd, week: week.offset } } : null;
}

/** «الأسبوع الماضي»، «الأسبوع التالي»، «هذا الأسبوع» at j: the week's offset from the reference week. */
function relativeWeek(s: Scan, j: number): { offset: number; end: number } | null {
  const u = s.hit(j, 'unit', true);
  if (u && u.e.unit === 'week') {
    const rel = s.hit(u.end, 'rel', true);
    if (rel) return { offset: rel.e.offset, end: rel.end };
    if (s.stemIn(u.end, FOLLOWING, false)) return { offset: 1, end: u.end + 1 };
    return null;
  }
  const th = s.hit(j, 'this', true);
  const u2 = th ? s.hit(th.end, 'unit', true) : null;
  return u2 && u2.e.unit === 'week' ? { offset: 0, end: u2.end } : null;
}

/** Deictic days, weekdays, «يوم …», «قبل يومين», «نفس اليوم», «التاريخ ذاته». */
export const relativeDayRules: Rule[] = [
  { name: 'deictic day', on: { entries: ['deictic'] }, match: deicticExpr },
  { name: 'weekday', on: { entries: ['weekday'] }, match: (s, i) => weekdayExpr(s, i, false) },
  { name: 'weekday of week', on: { entries: ['weekday'], words: [...BARE_WEEKDAYS.keys()] }, match: weekdayOfWeek },
  { name: 'yawm', on: { entries: ['yawm'] }, match: yawmExpr },
  { name: 'same date', on: { entries: ['date'] }, match: (s, i) => sameAfter(s, i, 'day') },
  { name: 'ago', on: { words: [...AGO_WORDS.keys()] }, match: agoExpr },
  { name: 'same unit', on: { words: NAFS }, match: nafsExpr },
];
