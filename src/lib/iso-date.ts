/** Calendar-date helpers on "YYYY-MM-DD" strings, computed in UTC so no time zone can shift a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a "YYYY-MM-DD" string naming a real calendar day (no 31 February). */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Number of days in a month (1-12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats year, month (1-12) and day as "YYYY-MM-DD". */
export function toIsoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO date. */
export function isoToUtcMs(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  d.setUTCFullYear(Number(m[1]));
  return d.getTime();
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
