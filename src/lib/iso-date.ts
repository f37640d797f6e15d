/** Calendar-date helpers on "YYYY-MM-DD" strings, computed in UTC so no time zone can shift a day. */
import { dayNumber, monthLength } from './time/calendar.ts';

/** True when `s` is a "YYYY-MM-DD" string naming a real calendar day (no 31 February). */
export function isValidIsoDate(s: string): boolean {
  return !Number.isNaN(isoDays(s));
}

/** Number of days in a month (1-12) of a proleptic Gregorian year (year 0 is a leap year, as in ISO 8601 and Date). */
export function daysInMonth(year: number, month: number): number {
  return monthLength(year, month);
}

/**
 * Days from 1970-01-01 to the day a "YYYY-MM-DD" string names, NaN when it names no real day. Read
 * digit by digit and counted arithmetically: the page checks and converts every date of a dataset
 * on load, and a regular expression and a Date per date were a visible share of a large
 * dataset's first render.
 */
function isoDays(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN; // 45 is "-"
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return dayNumber(y, m, d);
}

/** The number written by `count` ASCII digits at `from`, or -1 when any of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Formats year, month (1-12) and day as "YYYY-MM-DD". */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO date; throws for a string that names no real day. */
export function isoToUtcMs(iso: string): number {
  const days = isoDays(iso);
  if (Number.isNaN(days)) throw new Error(`not an ISO date: ${iso}`);
  return days * 86_400_000;
}

/** Adds a number of days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(isoToUtcMs(iso) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of an ISO date: 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(isoToUtcMs(iso)).getUTCDay();
}
