/**
 * The one day-count module: "YYYY-MM-DD" strings and integer day numbers (days since 1970-01-01,
 * proleptic Gregorian, UTC), no Date object on the hot path and no clock. The browser's first
 * visit and the extractor share it; calendar arithmetic beyond day counts (months, weeks) is in
 * src/lib/time/calendar.ts, built on dayjs, which the browser never loads.
 */

/** Year, month (1-12) and day of an ISO date "YYYY-MM-DD" (not validated: see isValidIsoDate). */
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

/** Number of days in a month (1-12) of a proleptic Gregorian year (year 0 is a leap year, as in ISO 8601 and Date). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : LENGTHS[month - 1]!;
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
  return toIsoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** Formats year, month (1-12) and day as "YYYY-MM-DD" (not validated). */
export function toIsoDate(y: number, m: number, d: number): string {
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
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day number of an ISO date (not validated). */
export function isoDay(iso: string): number {
  return dayNumber(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
}

/** True when `s` is a "YYYY-MM-DD" string naming a real calendar day (no 31 February). */
export function isValidIsoDate(s: string): boolean {
  return !Number.isNaN(isoDays(s));
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

/** Milliseconds since the epoch at 00:00 UTC of an ISO date; throws for a string that names no real day. */
export function isoToUtcMs(iso: string): number {
  const days = isoDays(iso);
  if (Number.isNaN(days)) throw new Error(`not an ISO date: ${iso}`);
  return days * 86_400_000;
}

/** The ISO date `days` days after `iso`. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(isoDay(iso) + days);
}

/** Day of the week of an ISO date: 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return (((isoDay(iso) + 4) % 7) + 7) % 7;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return isoDay(b) - isoDay(a);
}

/** The ISO date of (y, m, d), or null when that day does not exist («31 فبراير»). */
export function dateOrNull(y: number, m: number, d: number): string | null {
  if (!isSupportedYear(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return toIsoDate(y, m, d);
}

/** First and last day of a Gregorian month. */
export function monthRange(y: number, m: number): [string, string] {
  return [toIsoDate(y, m, 1), toIsoDate(y, m, daysInMonth(y, m))];
}

/** First and last day of a Gregorian year. */
export function yearRange(y: number): [string, string] {
  return [toIsoDate(y, 1, 1), toIsoDate(y, 12, 31)];
}
