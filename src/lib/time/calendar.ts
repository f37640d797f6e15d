/**
 * Gregorian calendar helpers on ISO dates for resolving expressions: integer day arithmetic
 * (days since 1970-01-01, proleptic Gregorian, UTC), no Date objects on the hot path, no clock.
 */

/** Year, month (1-12) and day of an ISO date "YYYY-MM-DD". */
export function parts(iso: string): { y: number; m: number; d: number } {
  return { y: digits(iso, 0, 4), m: digits(iso, 5, 7), d: digits(iso, 8, 10) };
}

function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

/** True for years the dataset can hold as "YYYY-MM-DD". */
export function isSupportedYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999;
}

/** True for a Gregorian leap year. */
export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a Gregorian year. */
export function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : LENGTHS[m - 1]!;
}

/** Days since 1970-01-01 of a Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The ISO date of a day number (inverse of dayNumber). */
export function fromDayNumber(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return isoOf(y, m, d);
}

/** "YYYY-MM-DD" of year, month, day (no validation). */
export function isoOf(y: number, m: number, d: number): string {
  // A text names the same few days again and again: each day's string is built once (bounded cache).
  if (y >= 0 && y < 10000 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && Number.isInteger(y) && Number.isInteger(d)) {
    const key = (y * 13 + m) * 32 + d;
    let iso = ISO_CACHE.get(key);
    if (iso === undefined) {
      iso = format(y, m, d);
      if (ISO_CACHE.size >= 20_000) ISO_CACHE.clear();
      ISO_CACHE.set(key, iso);
    }
    return iso;
  }
  return format(y, m, d);
}
const ISO_CACHE = new Map<number, string>();

function format(y: number, m: number, d: number): string {
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day number of an ISO date. */
export function isoDay(iso: string): number {
  return dayNumber(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
}

/** The ISO date `n` days after `iso`. */
export function plusDays(iso: string, n: number): string {
  return fromDayNumber(isoDay(iso) + n);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: string): number {
  return (((isoDay(iso) + 4) % 7) + 7) % 7;
}

/** First and last day of a Gregorian month. */
export function monthRange(y: number, m: number): [string, string] {
  return [isoOf(y, m, 1), isoOf(y, m, monthLength(y, m))];
}

/** First and last day of a Gregorian year. */
export function yearRange(y: number): [string, string] {
  return [isoOf(y, 1, 1), isoOf(y, 12, 31)];
}

/** The month `delta` months after (y, m). */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + delta;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** The 7-day week holding `iso`, starting on `weekStart` (0 = Sunday … 6 = Saturday). */
export function weekRange(iso: string, weekStart: number): [string, string] {
  const z = isoDay(iso);
  const back = ((((z + 4) % 7) + 7) % 7 - weekStart + 7) % 7;
  return [fromDayNumber(z - back), fromDayNumber(z - back + 6)];
}

/**
 * The day with weekday `wd` nearest to `ref` in a direction: 'last' = the most recent one not after
 * ref, 'before' = strictly before, 'next' = strictly after.
 */
export function weekdayNear(ref: string, wd: number, dir: 'last' | 'before' | 'next'): string {
  const z = isoDay(ref);
  const cur = (((z + 4) % 7) + 7) % 7;
  if (dir === 'next') return fromDayNumber(z + (((wd - cur + 7) % 7) || 7));
  const back = (cur - wd + 7) % 7;
  return fromDayNumber(z - (dir === 'before' ? back || 7 : back));
}

/** The ISO date of (y, m, d), or null when that day does not exist («31 فبراير»). */
export function dateOrNull(y: number, m: number, d: number): string | null {
  if (!isSupportedYear(y) || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return null;
  return isoOf(y, m, d);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return isoDay(b) - isoDay(a);
}
