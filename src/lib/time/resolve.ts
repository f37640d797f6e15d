/**
 * Resolves what the grammar read to calendar dates, against the reference (publication) date.
 * Ranges are inclusive; a day is start = end. Nothing here reads the clock.
 */
import type { Grain, Timex } from '../types.ts';
import { addDays, dateOrNull, daysBetween, daysInMonth, isSupportedYear, monthRange, parts, toIsoDate as isoOf, weekday, yearRange } from '../iso-date.ts';
import { addMonths, shiftMonth, weekRange, weekdayNear } from './calendar.ts';
import { gregorianToHijri, hijriMonthLength, hijriMonthRange, hijriToGregorian, hijriYearRange } from './hijri.ts';
import type { CenturyRef, DaySpec, MonthRef, Value, YearRef } from './mentions.ts';

/** What resolution knows besides the expression. */
export interface ResolveContext {
  /** Reference date "YYYY-MM-DD", or null when none could be established. */
  ref: string | null;
  /** First day of the week: 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  /** The sentence points to the future (a bare weekday or month is then the next one). */
  future: boolean;
  /** The day, month and year last named in the text, for «الشهر ذاته»، «بنفس التاريخ». */
  last: { day?: string; month?: { y: number; m: number }; year?: number };
}

/** A resolved date span, with remarks to report (weekday checks, Hijri corrections). */
export interface Resolved {
  ok: true;
  start: string;
  end: string;
  grain: Grain;
  kind: Timex['kind'];
  notes: string[];
}

/** Why an expression could not become a date. */
export interface Unresolved {
  ok: false;
  reason: 'no-reference' | 'impossible' | 'ambiguous' | 'unanchored';
  message: string;
}

/** The outcome of resolving one expression. */
export type Resolution = Resolved | Unresolved;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const fail = (reason: Unresolved['reason'], message: string): Unresolved => ({ ok: false, reason, message });
const NO_REF = fail('no-reference', 'no reference date to resolve it against');

/** Resolves one expression's meaning to inclusive ISO dates. */
export function resolveValue(v: Value, ctx: ResolveContext): Resolution {
  switch (v.t) {
    case 'date':
      return resolveDate(v.day, v.month, v.wd, ctx, v.dir);
    case 'month':
      return resolveMonth(v.month, v.dir, ctx);
    case 'relMonth': {
      if (!ctx.ref) return NO_REF;
      const r = parts(ctx.ref);
      const { y, m } = shiftMonth(r.y, r.m, v.offset);
      const [start, end] = monthRange(y, m);
      return ok(start, end, 'month', 'relative');
    }
    case 'year':
      return resolveYear(v.year, ctx);
    case 'deictic':
      return resolveDeictic(v, ctx);
    case 'span':
      return resolveSpan(v, ctx);
    case 'weekday': {
      if (!ctx.ref) return NO_REF;
      if (v.week !== undefined) {
        const [first] = weekRange(addDays(ctx.ref, 7 * v.week), ctx.weekStart);
        const day = addDays(first, (v.wd - ctx.weekStart + 7) % 7);
        return ok(day, day, 'day', 'relative');
      }
      const day = v.dir !== undefined ? resolveWeekday(v.wd, v.dir, ctx) : bareWeekday(v.wd, v.anchored && v.tense === undefined && !ctx.future && ctx.last.day ? ctx.last.day : ctx.ref, ctx.future ? 1 : v.tense);
      return ok(day, day, 'day', 'relative');
    }
    case 'night': {
      if (!ctx.ref) return NO_REF;
      const day = resolveWeekday(v.wd, undefined, ctx);
      return ok(day, addDays(day, 1), 'day', 'relative');
    }
    case 'relWeek': {
      if (!ctx.ref) return NO_REF;
      const [start, end] = weekRange(addDays(ctx.ref, 7 * v.offset), ctx.weekStart);
      return ok(start, end, 'week', 'relative');
    }
    case 'yearPart': {
      const y = yearOf(v.year, ctx);
      if (y === null) return v.year.k === 'same' ? fail('unanchored', 'no year named before it') : NO_REF;
      if (!isSupportedYear(y)) return fail('impossible', `year ${y} is out of range`);
      return ok(monthRange(y, v.months[0])[0], monthRange(y, v.months[1])[1], 'month', v.year.k === 'abs' ? 'absolute' : 'relative');
    }
    case 'decade':
      return resolveDecade(v, ctx);
    case 'century':
      return resolveCentury(v, ctx);
    case 'anniv': {
      if (v.base === undefined) return fail('unanchored', 'no base year in its sentence, so the year it falls in is not stated');
      const y = v.base + v.n;
      if (!isSupportedYear(y)) return fail('impossible', `year ${y} is out of range`);
      const [start, end] = yearRange(y);
      return ok(start, end, 'year', 'anniversary');
    }
    case 'same':
      return resolveSame(v, ctx);
    case 'ago': {
      // «قبل يومين»، «منذ ثلاثة أسابيع»، «قبل شهر»: the day that far from the reference.
      if (!ctx.ref) return NO_REF;
      const r = parts(ctx.ref);
      // «قبل عامين»: a count of years dates to that year, not to a day («قبل شهر» keeps its day).
      if (v.unit === 'year') {
        if (!isSupportedYear(r.y + v.n)) return fail('impossible', 'out of range');
        const [start, end] = yearRange(r.y + v.n);
        return ok(start, end, 'year', 'relative');
      }
      // A month back or ahead keeps the day, clamped to the month's end (dayjs).
      if (v.unit === 'month' && !isSupportedYear(shiftMonth(r.y, r.m, v.n).y)) return fail('impossible', 'out of range');
      const d = v.unit === 'day' ? addDays(ctx.ref, v.n) : v.unit === 'week' ? addDays(ctx.ref, 7 * v.n) : addMonths(ctx.ref, v.n);
      return ok(d, d, 'day', 'relative');
    }
    case 'hijriIn':
      return resolveHijriIn(v.m, v.d, v.gy);
    case 'range':
      return resolveRange(v, ctx);
  }
}

/** «التسعينيات»، «ثمانينيات القرن الماضي»: ten years (the 1900s when no century is named). */
function resolveDecade(v: Extract<Value, { t: 'decade' }>, ctx: ResolveContext): Resolution {
  let base = 1900;
  if (v.century) {
    const c = centuryNumber(v.century, ctx);
    if (c === null) return NO_REF;
    base = (c - 1) * 100;
  }
  const y = base + v.d;
  if (!isSupportedYear(y)) return fail('impossible', `decade ${y}s is out of range`);
  return ok(yearRange(y)[0], yearRange(y + 9)[1], 'decade', v.century?.k === 'rel' ? 'relative' : 'absolute');
}

/** «القرن العشرين»، «القرن الماضي»: a hundred years. */
function resolveCentury(v: Extract<Value, { t: 'century' }>, ctx: ResolveContext): Resolution {
  const c = centuryNumber(v.century, ctx);
  if (c === null) return NO_REF;
  const first = Math.max(1, (c - 1) * 100);
  const last = (c - 1) * 100 + 99;
  if (!isSupportedYear(last)) return fail('impossible', `century ${c} is out of range`);
  return ok(yearRange(first)[0], yearRange(last)[1], 'century', v.century.k === 'rel' ? 'relative' : 'absolute');
}

/** «الشهر ذاته»، «بنفس التاريخ»، «العام نفسه»: the day, month or year named last. */
function resolveSame(v: Extract<Value, { t: 'same' }>, ctx: ResolveContext): Resolution {
  const last = ctx.last;
  if (v.unit === 'day' && last.day) return ok(last.day, last.day, 'day', 'relative');
  if (v.unit === 'month' && last.month) {
    const [start, end] = monthRange(last.month.y, last.month.m);
    return ok(start, end, 'month', 'relative');
  }
  if (v.unit === 'year' && last.year !== undefined) {
    const [start, end] = yearRange(last.year);
    return ok(start, end, 'year', 'relative');
  }
  return fail('unanchored', `no ${v.unit} named before it`);
}

/** A range: from the start of its first end to the end of its second. */
function resolveRange(v: Extract<Value, { t: 'range' }>, ctx: ResolveContext): Resolution {
  const from = resolveValue(v.from, ctx);
  if (!from.ok) return from;
  const to = resolveValue(v.to, ctx);
  if (!to.ok) return to;
  if (from.start > to.end) return fail('impossible', `the range ends (${to.end}) before it starts (${from.start})`);
  const grain = GRAIN_ORDER[Math.max(GRAIN_ORDER.indexOf(from.grain), GRAIN_ORDER.indexOf(to.grain))]!;
  return { ok: true, start: from.start, end: to.end, grain, kind: 'range', notes: [...from.notes, ...to.notes] };
}

const GRAIN_ORDER: Grain[] = ['day', 'week', 'month', 'year', 'decade', 'century'];

function ok(start: string, end: string, grain: Grain, kind: Timex['kind']): Resolved {
  return { ok: true, start, end, grain, kind, notes: [] };
}

/**
 * A bare weekday (see src/lib/time/README.md): the occurrence nearest to `base`, at most three days
 * away; a past clause takes the one on or before it, a future clause the one on or after it (the
 * base day itself counts on both sides).
 */
export function bareWeekday(wd: number, base: string, tense: -1 | 1 | undefined): string {
  const ahead = (wd - weekday(base) + 7) % 7;
  if (tense === 1) return addDays(base, ahead);
  if (tense === -1) return addDays(base, ahead === 0 ? 0 : ahead - 7);
  return addDays(base, ahead <= 3 ? ahead : ahead - 7);
}

/**
 * «اليوم»، «أمس الأربعاء»: counted from the reference day (or, in reported speech, from the date
 * named before the quotation). When a stated weekday is one day off («اليوم (الأحد)» in an article
 * dated Monday, written the day before), the weekday wins, with a note.
 */
function resolveDeictic(v: Extract<Value, { t: 'deictic' }>, ctx: ResolveContext): Resolution {
  if (!ctx.ref) return NO_REF;
  const base = v.anchored && ctx.last.day ? ctx.last.day : ctx.ref;
  let day = addDays(base, v.offset);
  const notes: string[] = [];
  if (v.wd !== undefined && weekday(day) !== v.wd) {
    // Only the day before: an article is dated (published) after it is written, not before.
    if (weekday(addDays(day, -1)) === v.wd) {
      const stated = addDays(day, -1);
      notes.push(`the weekday (${WEEKDAY_NAMES[v.wd]}) is one day off the date it names, ${day}; the stated weekday wins: ${stated}`);
      day = stated;
    } else notes.push(`the weekday (${WEEKDAY_NAMES[v.wd]}) contradicts the date it names, ${day}, a ${WEEKDAY_NAMES[weekday(day)]}`);
  }
  return { ...ok(day, day, 'day', 'relative'), notes };
}

/** «الأسبوعين الماضيين»: the n units that end the day before the reference; «الأيام الثلاثة المقبلة»: those that start the day after. */
function resolveSpan(v: Extract<Value, { t: 'span' }>, ctx: ResolveContext): Resolution {
  if (!ctx.ref) return NO_REF;
  const far = v.unit === 'day' ? addDays(ctx.ref, v.n) : v.unit === 'week' ? addDays(ctx.ref, 7 * v.n) : addMonths(ctx.ref, v.unit === 'month' ? v.n : 12 * v.n);
  if (!far) return fail('impossible', 'out of range');
  const [start, end] = v.n < 0 ? [far, addDays(ctx.ref, -1)] : [addDays(ctx.ref, 1), far];
  return ok(start, end, v.unit, 'relative');
}

function resolveWeekday(wd: number, dir: -1 | 0 | 1 | undefined, ctx: ResolveContext): string {
  const ref = ctx.ref!;
  if (dir === -1) return weekdayNear(ref, wd, 'before');
  if (dir === 1) return weekdayNear(ref, wd, 'next');
  if (dir === 0) {
    const [first] = weekRange(ref, ctx.weekStart);
    return addDays(first, (wd - ctx.weekStart + 7) % 7);
  }
  return ctx.future ? weekdayNear(ref, wd, 'next') : weekdayNear(ref, wd, 'last');
}

function yearOf(y: YearRef, ctx: ResolveContext): number | null {
  if (y.k === 'abs') return y.cal === 'g' ? y.y : null;
  if (y.k === 'same') return ctx.last.year ?? null;
  return ctx.ref ? parts(ctx.ref).y + y.offset : null;
}

function centuryNumber(c: CenturyRef, ctx: ResolveContext): number | null {
  if (c.k === 'n') return c.n;
  if (!ctx.ref) return null;
  return Math.floor(parts(ctx.ref).y / 100) + 1 + c.offset;
}

function resolveYear(y: YearRef, ctx: ResolveContext): Resolution {
  if (y.k === 'abs') {
    if (y.cal === 'h') {
      const r = hijriYearRange(y.y);
      return r ? ok(r[0], r[1], 'year', 'absolute') : fail('impossible', `Hijri year ${y.y} is out of range`);
    }
    if (!isSupportedYear(y.y)) return fail('impossible', `year ${y.y} is out of range`);
    const [start, end] = yearRange(y.y);
    return ok(start, end, 'year', 'absolute');
  }
  if (y.k === 'same') {
    if (ctx.last.year === undefined) return fail('unanchored', 'no year named before it');
    const [start, end] = yearRange(ctx.last.year);
    return ok(start, end, 'year', 'relative');
  }
  if (!ctx.ref) return NO_REF;
  const [start, end] = yearRange(parts(ctx.ref).y + y.offset);
  return ok(start, end, 'year', 'relative');
}

/**
 * The day number a DaySpec names in a month of the given length whose first day is weekday
 * `firstWd()` (asked only for an n-th weekday). 0 when the month has no such day (no fifth Sunday).
 */
function dayIn(day: DaySpec, length: number, firstWd: () => number = () => 0): number {
  if (day.k === 'n') return day.d;
  if (day.k === 'nth') {
    const first = firstWd();
    if (day.orDay && (first + day.n - 1) % 7 === day.wd) return day.n;
    if (day.n < 0) return length - ((((first + length - 1) % 7) - day.wd + 7) % 7);
    const d = 1 + ((day.wd - first + 7) % 7) + 7 * (day.n - 1);
    return d <= length ? d : 0;
  }
  if (day.k === 'lastWeek') return length - 6;
  if (day.k === 'third') return day.n * 10 - 9;
  return day.pos === 'first' ? 1 : day.pos === 'mid' ? 15 : length;
}

/** The weekday of a month's first day, asked lazily (only an n-th weekday needs it). */
function firstWeekday(y: number, m: number): () => number {
  return () => weekday(isoOf(y, m, 1));
}

const ORDINAL_NAMES = ['first', 'second', 'third', 'fourth', 'fifth'];

/** A day spec in words, for messages. */
function describeDay(day: DaySpec): string {
  if (day.k === 'nth') return `a ${day.n < 0 ? 'last' : (ORDINAL_NAMES[day.n - 1] ?? `${day.n}th`)} ${WEEKDAY_NAMES[day.wd]}`;
  return `day ${dayIn(day, 31)}`;
}

function resolveDate(day: DaySpec, month: MonthRef, wd: number | undefined, ctx: ResolveContext, dir?: -1 | 0 | 1): Resolution {
  if (month.k === 'rel' || month.k === 'same') {
    let y: number;
    let m: number;
    if (month.k === 'rel') {
      if (!ctx.ref) return NO_REF;
      const r = parts(ctx.ref);
      ({ y, m } = shiftMonth(r.y, r.m, month.offset));
    } else {
      if (!ctx.last.month) return fail('unanchored', 'no month named before it');
      ({ y, m } = ctx.last.month);
    }
    const iso = dateOrNull(y, m, dayIn(day, daysInMonth(y, m), firstWeekday(y, m)));
    if (!iso) return fail('impossible', `${describeDay(day)} does not exist in ${y}-${String(m).padStart(2, '0')}`);
    return checkWeekday(ok(iso, iso, 'day', 'relative'), wd, false);
  }
  if (month.cal === 'h') return resolveHijriDate(day, month, wd, ctx, dir);
  if (month.yearOffset !== undefined) {
    if (!ctx.ref) return NO_REF;
    const y = parts(ctx.ref).y + month.yearOffset;
    const iso = dateOrNull(y, month.m, dayIn(day, daysInMonth(y, month.m), firstWeekday(y, month.m)));
    if (!iso) return fail('impossible', `${describeDay(day)} does not exist in ${y}-${String(month.m).padStart(2, '0')}`);
    return checkWeekday(ok(iso, iso, 'day', 'relative'), wd, false);
  }
  if (month.year !== undefined) {
    const iso = isSupportedYear(month.year) ? dateOrNull(month.year, month.m, dayIn(day, daysInMonth(month.year, month.m), firstWeekday(month.year, month.m))) : null;
    if (!iso) return fail('impossible', day.k === 'nth' ? `${describeDay(day)} does not exist in ${month.year}-${String(month.m).padStart(2, '0')}` : 'this day does not exist in the calendar');
    return checkWeekday(ok(iso, iso, 'day', 'absolute'), wd, false);
  }
  if (!ctx.ref) return NO_REF;
  // Without a year: the occurrence nearest the reference date (the next one in a future sentence,
  // or the one «الماضي»/«المقبل» points to).
  const ry = parts(ctx.ref).y;
  let candidates = [ry - 1, ry, ry + 1].map((y) => dateOrNull(y, month.m, dayIn(day, daysInMonth(y, month.m), firstWeekday(y, month.m))));
  // «الخميس 15 أغسطس»: the weekday tells which year is meant when one of them agrees.
  if (wd !== undefined && candidates.some((c) => c !== null && weekday(c) === wd)) candidates = candidates.map((c) => (c !== null && weekday(c) === wd ? c : null));
  const best = nearest(candidates, ctx, dir);
  if (!best) return fail('impossible', 'this day does not exist in the calendar');
  return checkWeekday(ok(best, best, 'day', 'relative'), wd, false);
}

/** A weekday that disagrees with its date is reported; for Hijri dates one day off, the weekday wins. */
function checkWeekday(r: Resolved, wd: number | undefined, hijri: boolean): Resolved {
  if (wd === undefined) return r;
  const actual = weekday(r.start);
  if (actual === wd) return r;
  if (hijri) {
    for (const shift of [-1, 1]) {
      if (weekday(addDays(r.start, shift)) === wd) {
        const d = addDays(r.start, shift);
        return { ...r, start: d, end: d, notes: [...r.notes, `by Umm al-Qura this Hijri date is ${r.start}, a ${WEEKDAY_NAMES[actual]}; the text says ${WEEKDAY_NAMES[wd]}, so the weekday wins: ${d}`] };
      }
    }
  }
  return { ...r, notes: [...r.notes, `the weekday (${WEEKDAY_NAMES[wd]}) contradicts the date ${r.start}, a ${WEEKDAY_NAMES[actual]}`] };
}

/** Among candidate days, the one nearest the reference in the allowed direction. */
function nearest(candidates: (string | null)[], ctx: ResolveContext, dir: -1 | 0 | 1 | undefined, tense = true): string | null {
  const ref = ctx.ref!;
  let best: string | null = null;
  for (const iso of candidates) {
    if (!iso) continue;
    const d = daysBetween(ref, iso);
    if (dir === 1 && d <= 0) continue;
    if (dir === -1 && d >= 0) continue;
    if (tense && dir === undefined && ctx.future && d < 0) continue;
    if (best === null || Math.abs(d) < Math.abs(daysBetween(ref, best))) best = iso;
  }
  // The sentence's tense is only a preference: when every occurrence it allows is ruled out (a
  // weekday that fits a past year only), the date still exists and the nearest one is kept.
  if (best === null && tense && dir === undefined && ctx.future) return nearest(candidates, ctx, dir, false);
  return best;
}

function resolveHijriDate(day: DaySpec, month: Extract<MonthRef, { k: 'named' }>, wd: number | undefined, ctx: ResolveContext, dir?: -1 | 0 | 1): Resolution {
  const at = (hy: number): string | null => {
    const len = hijriMonthLength(hy, month.m);
    if (len === null) return null;
    const d = dayIn(day, len, () => {
      const first = hijriToGregorian(hy, month.m, 1);
      return first === null ? 0 : weekday(first);
    });
    return d >= 1 ? hijriToGregorian(hy, month.m, d) : null;
  };
  if (month.year !== undefined) {
    const iso = at(month.year);
    if (!iso) return fail('impossible', 'this Hijri day does not exist (or is outside the Umm al-Qura range)');
    return checkWeekday(ok(iso, iso, 'day', 'absolute'), wd, true);
  }
  if (!ctx.ref) return NO_REF;
  const hy = gregorianToHijri(ctx.ref).year;
  let candidates = [hy - 1, hy, hy + 1].map(at);
  // «الخميس 29 رمضان»: the weekday must agree (one day off is the Umm al-Qura correction, see checkWeekday).
  const agrees = (c: string | null) => c !== null && wd !== undefined && [0, 1, 6].includes((wd - weekday(c) + 7) % 7);
  if (wd !== undefined && candidates.some(agrees)) candidates = candidates.map((c) => (agrees(c) ? c : null));
  const best = nearest(candidates, ctx, dir);
  if (!best) return fail('impossible', 'this Hijri day does not exist');
  return checkWeekday(ok(best, best, 'day', 'relative'), wd, true);
}

/** The Hijri month (or day) that falls in a Gregorian year; the first one when it falls twice. */
function resolveHijriIn(m: number, d: number | undefined, gy: number): Resolution {
  const hy0 = Math.floor((gy - 622) * 1.0307);
  for (const hy of [hy0 - 1, hy0, hy0 + 1, hy0 + 2]) {
    const range = hijriMonthRange(hy, m);
    if (!range) continue;
    const day = d === undefined ? null : hijriToGregorian(hy, m, d);
    const start = day ?? range[0];
    if (parts(start).y !== gy) continue;
    return day ? ok(day, day, 'day', 'absolute') : ok(range[0], range[1], 'month', 'absolute');
  }
  return fail('impossible', `no such Hijri date in ${gy}`);
}

function resolveMonth(month: Extract<MonthRef, { k: 'named' }>, dir: -1 | 0 | 1 | undefined, ctx: ResolveContext): Resolution {
  if (month.cal === 'h') return resolveHijriMonth(month, dir, ctx);
  if (month.yearOffset !== undefined) {
    if (!ctx.ref) return NO_REF;
    const [start, end] = monthRange(parts(ctx.ref).y + month.yearOffset, month.m);
    return ok(start, end, 'month', 'relative');
  }
  if (month.year !== undefined) {
    if (!isSupportedYear(month.year)) return fail('impossible', `year ${month.year} is out of range`);
    const [start, end] = monthRange(month.year, month.m);
    return ok(start, end, 'month', 'absolute');
  }
  if (!ctx.ref) return NO_REF;
  const r = parts(ctx.ref);
  let y = r.y;
  if (dir === -1) y = month.m < r.m ? r.y : r.y - 1; // «سبتمبر الماضي»: the last September before this month
  else if (dir === 1) y = month.m > r.m ? r.y : r.y + 1; // «فيفري القادم»: the next February after this month
  else if (dir === undefined) y = ctx.future ? (month.m >= r.m ? r.y : r.y + 1) : month.m <= r.m ? r.y : r.y - 1;
  const [start, end] = monthRange(y, month.m);
  return ok(start, end, 'month', 'relative');
}

function resolveHijriMonth(month: Extract<MonthRef, { k: 'named' }>, dir: -1 | 0 | 1 | undefined, ctx: ResolveContext): Resolution {
  if (month.year !== undefined) {
    const r = hijriMonthRange(month.year, month.m);
    return r ? ok(r[0], r[1], 'month', 'absolute') : fail('impossible', 'this Hijri month is out of range');
  }
  if (!ctx.ref) return NO_REF;
  const hy = gregorianToHijri(ctx.ref).year;
  const spans = [hy - 1, hy, hy + 1].map((y) => hijriMonthRange(y, month.m)).filter((x): x is [string, string] => x !== null);
  const ref = ctx.ref;
  const current = spans.find(([s, e]) => s <= ref && ref <= e);
  const prev = spans.filter(([, e]) => e < ref).pop();
  const next = spans.find(([s]) => s > ref);
  let pick: [string, string] | undefined;
  if (dir === 0) pick = current;
  else if (dir === -1) pick = prev;
  else if (dir === 1) pick = next;
  else if (current) pick = current;
  else if (ctx.future && next && daysBetween(ref, next[0]) <= 60) pick = next;
  else if (!ctx.future && prev && daysBetween(prev[1], ref) <= 60) pick = prev;
  if (!pick) return fail('ambiguous', 'a Hijri month without a year that is neither current nor just past or ahead');
  return ok(pick[0], pick[1], 'month', 'relative');
}
