/**
 * Hijri (Umm al-Qura) ↔ Gregorian conversion through Intl's islamic-umalqura calendar.
 * Intl formats a Gregorian day in the Hijri calendar but cannot parse a Hijri date, so a Hijri
 * month is located by searching Gregorian days and formatting them; month starts are cached.
 */
import { addDays, fromDayNumber, isoDay } from '../iso-date.ts';

/** A Hijri calendar date. */
export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
// The Hijri epoch (1 Muharram 1 AH) is 16 July 622 (Julian) = 19 July 622 proleptic Gregorian;
// it only seeds the search, Intl decides the answer.
const EPOCH_MS = Date.UTC(622, 6, 19);
const DAY_MS = 86_400_000;
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
// Umm al-Qura data in ICU covers 1300–1600 AH; outside it ICU falls back to an arithmetic
// calendar, which is still a sensible answer for a timeline.
const MIN_YEAR = 1;
const MAX_YEAR = 2000;

/** The Hijri (Umm al-Qura) date of a Gregorian ISO date. */
export function gregorianToHijri(iso: string): HijriDate {
  return hijriOfMs(isoDay(iso) * DAY_MS);
}

function hijriOfMs(ms: number): HijriDate {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of FORMAT.formatToParts(ms)) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
  }
  return { year, month, day };
}

const monthStartCache = new Map<number, number | null>();

/** UTC milliseconds of the first day of a Hijri month, or null when the search fails. */
function monthStart(year: number, month: number): number | null {
  const key = year * 12 + month;
  const cached = monthStartCache.get(key);
  if (cached !== undefined) return cached;
  let ms = EPOCH_MS + Math.round((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH) * DAY_MS;
  let found: number | null = null;
  // Each step jumps by the month difference and aims at mid-month, so a few formats suffice.
  for (let step = 0; step < 12; step++) {
    const h = hijriOfMs(ms);
    const diffMonths = year * 12 + month - (h.year * 12 + h.month);
    if (diffMonths === 0) {
      found = ms - (h.day - 1) * DAY_MS;
      break;
    }
    ms += (Math.round(diffMonths * MEAN_MONTH) - (h.day - 15)) * DAY_MS;
  }
  if (found !== null) {
    // Confirm it is the first day (the day before belongs to the previous month).
    const before = hijriOfMs(found - DAY_MS);
    if (before.month === month && before.year === year) found = null;
  }
  monthStartCache.set(key, found);
  return found;
}

/** Number of days of a Hijri month (29 or 30), or null when unknown. */
export function hijriMonthLength(year: number, month: number): number | null {
  const key = year * 12 + month;
  const cached = lengthCache.get(key);
  if (cached !== undefined) return cached;
  const start = monthStart(year, month);
  const len = start === null ? null : hijriOfMs(start + 29 * DAY_MS).month === month ? 30 : 29;
  lengthCache.set(key, len);
  return len;
}
const lengthCache = new Map<number, number | null>();

/** The Gregorian ISO date of a Hijri (Umm al-Qura) date, or null when that day does not exist. */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const start = monthStart(year, month);
  if (start === null) return null;
  const len = hijriMonthLength(year, month);
  if (len === null || day > len) return null;
  return fromDayNumber(Math.round(start / DAY_MS) + day - 1);
}

/** First and last Gregorian days of a Hijri month. */
export function hijriMonthRange(year: number, month: number): [string, string] | null {
  const first = hijriToGregorian(year, month, 1);
  const len = hijriMonthLength(year, month);
  if (!first || len === null) return null;
  return [first, addDays(first, len - 1)];
}

/** First and last Gregorian days of a Hijri year. */
export function hijriYearRange(year: number): [string, string] | null {
  const first = hijriToGregorian(year, 1, 1);
  const lastMonth = hijriMonthRange(year, 12);
  if (!first || !lastMonth) return null;
  return [first, lastMonth[1]];
}
