import type { DaySpec, MonthRef, Value } from '../mentions.ts';
import { parseOrdinal } from '../number-words.ts';
import { type Rule, type Scan, type P } from './scan.ts';
import { connector, dayNum, daySpec, monthName, monthPart, relativeYearAfter, skipDayWords, withYear, yearAfter } from './shared.ts';
import { AL, BARE_WEEKDAYS, COUNTING_ORDINALS, DASH, FIRST_WORD, FI_WORD, HALF_WORDS, LAST_WORD, SHAHR, UNIT_AFTER } from './words.ts';

/**
 * Day-month dates and day ranges: «27 تموز/ يوليو»، «السابع من أيار 2019»، «غرة ذي الحجة»،
 * «منتصف الشهر المقبل»، «13-15 تموز»، «من 28 يونيو إلى 2 يوليو 2022»، «08جوان».
 */
export function date(s: Scan, i: number, rangeContext: boolean): P | null {
  const ds = daySpec(s, i);
  if (!ds) return null;
  const days = daysSharingMonth(s, i, ds, rangeContext);
  if (days !== undefined) return days;
  // «28-نوفمبر»، «2/ أكتوبر»: a dash or slash may stand between a day number and a month name.
  const sep = ds.day.k === 'n' && !ds.ordinal && (s.punct(ds.end, DASH) || s.punct(ds.end, '/')) && monthName(s, ds.end + 1)?.need === 'free' ? 1 : 0;
  const mp = monthPart(s, ds.end + sep);
  // Libyan month names that are common nouns («الربيع»، «الصيف») need a day number, not «منتصف».
  if (!mp || (mp.need === 'day' && ds.ordinal)) return null;
  if (ds.ordinal && ds.day.k === 'n' && mp.end === ds.end + 1 && mp.month.k !== 'named') return null;
  const yr = mp.month.k === 'named' ? yearAfter(s, mp.end, mp.month.cal) : null;
  if (yr && mp.month.k === 'named' && mp.month.cal === 'h' && yr.cal === 'g' && ds.day.k === 'n') return { start: i, end: yr.end, v: { t: 'hijriIn', m: mp.month.m, d: ds.day.d, gy: yr.y } };
  // «15 مارس من العام الماضي»
  const ry = !yr && mp.month.k === 'named' && mp.month.cal === 'g' ? relativeYearAfter(s, mp.end) : null;
  if (ry && mp.month.k === 'named') return { start: i, end: ry.end, v: { t: 'date', day: ds.day, month: { ...mp.month, yearOffset: ry.offset } } };
  const month = withYear(s, mp.month, yr);
  let end = yr ? yr.end : mp.end;
  const v: Value = { t: 'date', day: ds.day, month };
  // «15 جوان المقبل»، «3 مارس الماضي»: which occurrence of a day without its year.
  const rel = !yr && mp.month.k === 'named' ? s.hit(end, 'rel', true) : null;
  if (rel) {
    v.dir = rel.e.offset;
    end = rel.end;
  }
  // «من 28 يونيو إلى 2 يوليو 2022»
  const c = connector(s, end);
  if (c && (c.kind === 'to' || rangeContext) && mp.month.k === 'named') {
    const ds2 = daySpec(s, skipDayWords(s, c.end));
    if (ds2) {
      const mp2 = monthPart(s, ds2.end);
      if (mp2 && mp2.month.k === 'named' && mp2.month.cal === mp.month.cal && !(mp2.need === 'day' && ds2.ordinal)) {
        const yr2 = yearAfter(s, mp2.end, mp2.month.cal);
        const to: Value = { t: 'date', day: ds2.day, month: withYear(s, mp2.month, yr2) };
        const from: Value = yr || !yr2 ? v : { t: 'date', day: ds.day, month: withYear(s, mp.month, yr2) };
        end = yr2 ? yr2.end : mp2.end;
        return { start: i, end, v: { t: 'range', from, to } };
      }
    }
  }
  if (ds.day.k === 'third') {
    const third = ds.day.n;
    return {
      start: i,
      end,
      v: { t: 'range', from: { t: 'date', day: { k: 'n', d: third * 10 - 9 }, month }, to: third === 3 ? { t: 'date', day: { k: 'pos', pos: 'last' }, month } : { t: 'date', day: { k: 'n', d: third * 10 }, month } },
    };
  }
  return { start: i, end, v };
}

/**
 * «13-15 تموز»، «بين 13 و15 تموز»، «من 4 إلى 22 هذا الشهر»، «من الثالث والعشرين حتى السادس والعشرين من
 * أكتوبر»: two day numbers sharing the month after the second. undefined when the pattern is absent
 * (the caller reads a plain date), null when it is there but impossible (the second day first).
 */
function daysSharingMonth(s: Scan, i: number, ds: NonNullable<ReturnType<typeof daySpec>>, rangeContext: boolean): P | null | undefined {
  if (ds.day.k !== 'n' || (ds.ordinal && !rangeContext)) return undefined;
  const c = connector(s, ds.end);
  const second = c ? daySpec(s, skipDayWords(s, c.end)) : null;
  if (!c || !second || second.day.k !== 'n' || (second.ordinal !== ds.ordinal && ds.ordinal)) return undefined;
  const d2 = second.day.d;
  const mp = monthPart(s, second.end);
  if (!mp || mp.need === 'day') return undefined;
  const yr = mp.month.k === 'named' ? yearAfter(s, mp.end, mp.month.cal) : null;
  const month = withYear(s, mp.month, yr);
  const end = yr ? yr.end : mp.end;
  if (c.kind === 'to' || rangeContext || d2 === ds.day.d + 1) {
    if (d2 <= ds.day.d) return null;
    return { start: i, end, v: { t: 'range', from: { t: 'date', day: ds.day, month }, to: { t: 'date', day: { k: 'n', d: d2 }, month } } };
  }
  // «13 و15 تموز» names two days: the first one borrows the month.
  return { start: i, end: ds.end, v: { t: 'date', day: ds.day, month } };
}

/**
 * A month without a day: «يوليو 2023»، «تموز/يوليو 2023»، «يونيو الجاري»، «سبتمبر الماضي»،
 * «شهر رمضان»، «في مارس», and month ranges «من يناير إلى مارس 2023».
 */
export function monthExpr(s: Scan, i: number, rangeContext: boolean): P | null {
  let j = i;
  let shahr = false;
  if (s.stemIn(i, SHAHR)) {
    shahr = true;
    j = i + 1;
  }
  const mn = monthName(s, j);
  if (!mn) return null;
  if (mn.need === 'day') return null;
  const days = mn.cal === 'g' && mn.need === 'free' ? monthFirstDays(s, i, mn) : null;
  if (days) return days;
  const yr = yearAfter(s, mn.end, mn.cal);
  // «رمضان 2019»: a Hijri month located by the Gregorian year it falls in.
  if (yr && mn.cal === 'h' && yr.cal === 'g') return { start: i, end: yr.end, v: { t: 'hijriIn', m: mn.m, gy: yr.y } };
  const rel = yr ? null : s.hit(mn.end, 'rel', true);
  const named: Extract<MonthRef, { k: 'named' }> = { k: 'named', m: mn.m, cal: mn.cal };
  // «يونيو العام المقبل»، «في مارس من العام الماضي»: the month of a year named relative to today.
  const ry = !yr && !rel && mn.cal === 'g' ? relativeYearAfter(s, mn.end) : null;
  if (ry) return { start: i, end: ry.end, v: { t: 'month', month: { ...named, yearOffset: ry.offset } } };
  if (yr) named.year = yr.y;
  const context = shahr || s.afterTimePreposition(i) || (shahr === false && rangeContext);
  if (!yr && !rel) {
    if (mn.need === 'number' && !(shahr || mn.paired)) return null;
    if (mn.need === 'context' && !shahr) return null;
    if (!context && !mn.paired) return null;
  }
  let end = yr ? yr.end : rel ? rel.end : mn.end;
  const v: Value = rel ? { t: 'month', month: named, dir: rel.e.offset } : { t: 'month', month: named };
  // «من يناير إلى مارس 2023»، «يناير - مارس 2023»
  const c = connector(s, end);
  if (c && (c.kind === 'to' || rangeContext) && !rel) {
    let k = c.end;
    if (s.stemIn(k, SHAHR, false)) k++;
    const mn2 = monthName(s, k);
    if (mn2 && mn2.cal === mn.cal && mn2.need !== 'day') {
      const yr2 = yearAfter(s, mn2.end, mn2.cal);
      const to: Extract<MonthRef, { k: 'named' }> = { k: 'named', m: mn2.m, cal: mn2.cal };
      if (yr2) to.year = yr2.y;
      const from = { ...named };
      if (from.year === undefined && yr2) from.year = yr2.y - (mn.m > mn2.m ? 1 : 0);
      if (from.year !== undefined || to.year !== undefined || rangeContext) {
        end = yr2 ? yr2.end : mn2.end;
        return { start: i, end, v: { t: 'range', from: { t: 'month', month: from }, to: { t: 'month', month: to } } };
      }
    }
  }
  return { start: i, end, v };
}

/**
 * A day range written month first, as in Gulf and Egyptian event listings: «يوليو 13-15»، «تموز 13
 * إلى 15»، «أغسطس 27 حتى 29 2024». Both days inclusive, the second after the first.
 */
export function monthFirstDays(s: Scan, i: number, mn: { m: number; cal: 'g' | 'h'; end: number }): P | null {
  const d1 = dayNum(s, mn.end);
  if (d1 === null) return null;
  const c = connector(s, mn.end + 1);
  if (!c || c.kind !== 'to') return null;
  const d2 = dayNum(s, c.end);
  if (d2 === null || d2 <= d1) return null;
  // «مارس 3-5 آلاف»: numbers counting something, not days.
  if (s.stemIn(c.end + 1, UNIT_AFTER)) return null;
  const yr = yearAfter(s, c.end + 1, mn.cal);
  const month: MonthRef = withYear(s, { k: 'named', m: mn.m, cal: mn.cal }, yr);
  return { start: i, end: yr ? yr.end : c.end + 1, v: { t: 'range', from: { t: 'date', day: { k: 'n', d: d1 }, month }, to: { t: 'date', day: { k: 'n', d: d2 }, month } } };
}

/**
 * «ثالث ثلاثاء من أيلول»، «آخر جمعة من رمضان»، «أول اثنين من الشهر المقبل»، «ثاني يوم أربعاء في
 * أكتوبر 2014»: an ordinal (or «أول»/«آخر») and a weekday without the article, then a month.
 */
export function nthWeekdayExpr(s: Scan, i: number): P | null {
  const w = s.word(i);
  if (w === null) return null;
  let n: number;
  let k: number;
  if (LAST_WORD.has(w)) {
    n = -1;
    k = i + 1;
  } else if (FIRST_WORD.has(w)) {
    n = 1;
    k = i + 1;
  } else if (COUNTING_ORDINALS.has(w)) {
    n = COUNTING_ORDINALS.get(w)!;
    k = i + 1;
  } else {
    const ord = parseOrdinal(s.toks, i);
    if (!ord || ord.prefix !== '' || ord.value < 1 || ord.value > 5) return null;
    n = ord.value;
    k = ord.end;
  }
  if (s.hit(k, 'yawm', true) && !s.hit(k, 'yawm', true)!.e.dual) k++;
  const name = s.word(k);
  const wd = name === null ? undefined : BARE_WEEKDAYS.get(name);
  if (wd === undefined || s.toks[k]!.newline) return null;
  return nthMonth(s, i, k + 1, { k: 'nth', n, wd });
}

/** «الأحد الثاني» alone: the second Sunday of the reference month (see weekdayExpr). */
export function nthOfThisMonth(s: Scan, i: number, j: number, wd: number): P | null {
  const ord = parseOrdinal(s.toks, j);
  if (!ord || ord.prefix !== '' || ord.value < 1 || ord.value > 31 || !s.toks[j]!.text.startsWith(AL)) return null;
  if (ord.value <= 5 && ord.end !== j + 1) return null;
  const next = s.toks[ord.end];
  if (next && !next.newline && next.kind !== 'p') return null;
  if (next && next.kind === 'p' && (next.text === '-' || next.text === '/')) return null;
  // Above five an ordinal cannot count weekdays: «السبت السادس عشر» is Saturday the 16th of this month.
  if (ord.value > 5) return { start: i, end: ord.end, v: { t: 'date', day: { k: 'n', d: ord.value }, month: { k: 'rel', offset: 0 }, wd } };
  return { start: i, end: ord.end, v: { t: 'date', day: { k: 'nth', n: ord.value, wd }, month: { k: 'rel', offset: 0 } } };
}

/** The month after an n-th weekday («من آذار»، «في أيلول 2014»، «من الشهر المقبل»). */
export function nthMonth(s: Scan, start: number, j: number, day: DaySpec): P | null {
  const k = s.word(j) === FI_WORD ? j + 1 : j;
  const mp = monthPart(s, k);
  if (!mp || mp.need === 'day' || mp.need === 'number') return null;
  const yr = mp.month.k === 'named' ? yearAfter(s, mp.end, mp.month.cal) : null;
  const ry = !yr && mp.month.k === 'named' && mp.month.cal === 'g' ? relativeYearAfter(s, mp.end) : null;
  if (ry && mp.month.k === 'named') return { start, end: ry.end, v: { t: 'date', day, month: { ...mp.month, yearOffset: ry.offset } } };
  return { start, end: yr ? yr.end : mp.end, v: { t: 'date', day, month: withYear(s, mp.month, yr) } };
}

/** Day-month(-year) dates, months, and n-th weekdays of a month. */
export const dayMonthYearRules: Rule[] = [
  { name: 'month', on: { entries: ['month'], words: SHAHR }, match: (s, i) => monthExpr(s, i, false) },
  { name: 'day month year', on: { entries: ['dayPos', 'deictic'], number: true, ordinal: true, words: [...HALF_WORDS, ...COUNTING_ORDINALS.keys()] }, match: (s, i) => date(s, i, false) },
  { name: 'n-th weekday', on: { entries: ['dayPos'], ordinal: true, words: [...COUNTING_ORDINALS.keys()] }, match: nthWeekdayExpr },
];
