/** Gregorian calendar helpers on ISO dates for resolving expressions (UTC, no clock). */
import { addDays, daysInMonth, isoToUtcMs, isValidIsoDate, toIsoDate, weekday } from '../iso-date.ts';

/** Year, month (1-12) and day of an ISO date. */
export function parts(iso: string): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** True for years the dataset can hold as "YYYY-MM-DD". */
export function isSupportedYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999;
}

/** First and last day of a Gregorian month. */
export function monthRange(y: number, m: number): [string, string] {
  return [toIsoDate(y, m, 1), toIsoDate(y, m, daysInMonth(y, m))];
}

/** First and last day of a Gregorian year. */
export function yearRange(y: number): [string, string] {
  return [toIsoDate(y, 1, 1), toIsoDate(y, 12, 31)];
}

/** The month `delta` months after (y, m). */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + delta;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** The 7-day week holding `iso`, starting on `weekStart` (0 = Sunday … 6 = Saturday). */
export function weekRange(iso: string, weekStart: number): [string, string] {
  const back = (weekday(iso) - weekStart + 7) % 7;
  const first = addDays(iso, -back);
  return [first, addDays(first, 6)];
}

/**
 * The day with weekday `wd` nearest to `ref` in a direction: 'last' = the most recent one not after
 * ref, 'before' = strictly before, 'next' = strictly after.
 */
export function weekdayNear(ref: string, wd: number, dir: 'last' | 'before' | 'next'): string {
  const cur = weekday(ref);
  if (dir === 'next') return addDays(ref, ((wd - cur + 7) % 7) || 7);
  const back = (cur - wd + 7) % 7;
  return addDays(ref, -(dir === 'before' ? back || 7 : back));
}

/** The ISO date of (y, m, d), or null when that day does not exist («31 فبراير»). */
export function dateOrNull(y: number, m: number, d: number): string | null {
  if (!isSupportedYear(y)) return null;
  const iso = toIsoDate(y, m, d);
  return isValidIsoDate(iso) ? iso : null;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToUtcMs(b) - isoToUtcMs(a)) / 86_400_000);
}
