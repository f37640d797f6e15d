/** Inclusive ends of calendar periods, for comparing other suites' values with the dataset's. */
import { addDays, daysInMonth, weekday } from '../../src/lib/iso-date.ts';

/** Last day (inclusive) of the period of `grain` that starts on `start`. */
export function inclusiveEnd(start: string, grain: string): string {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  switch (grain) {
    case 'week':
      return addDays(start, 6);
    case 'month':
      return `${start.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
    case 'quarter':
      return inclusiveEnd(`${start.slice(0, 5)}${String(m + 2).padStart(2, '0')}-01`, 'month');
    case 'year':
      return `${start.slice(0, 4)}-12-31`;
    case 'decade':
      return `${String(y + 9).padStart(4, '0')}-12-31`;
    default:
      return start;
  }
}

/** The latest date on or before `ref` that falls on `day` (0 = Sunday). */
export function latestWeekdayOnOrBefore(ref: string, day: number): string {
  return addDays(ref, -((weekday(ref) - day + 7) % 7));
}

export { addDays, weekday };
