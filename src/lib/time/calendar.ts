/**
 * Calendar arithmetic for the resolver, on dayjs with its UTC plugin: months added with month-end
 * clamping, weeks from a given first day, the nearest weekday. Build-time only (the extractor):
 * the browser's first-visit code counts days with src/lib/iso-date.ts and never imports this.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { toIsoDate } from '../iso-date.ts';

dayjs.extend(utc);

// The day functions the extractor reads from here are the one copy in iso-date.ts.
export { addDays as plusDays, dateOrNull, parts, weekday as dayOfWeek } from '../iso-date.ts';

/** A UTC dayjs of an ISO date; built with setters so that years below 100 stay themselves. */
function at(iso: string): Dayjs {
  return dayjs.utc('2000-01-01').year(Number(iso.slice(0, 4))).month(Number(iso.slice(5, 7)) - 1).date(Number(iso.slice(8, 10)));
}

const isoOf = (d: Dayjs) => toIsoDate(d.year(), d.month() + 1, d.date());

/** The month `delta` months after (y, m). */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const d = at(toIsoDate(y, m, 1)).add(delta, 'month');
  return { y: d.year(), m: d.month() + 1 };
}

/** The same day `months` months after `iso`, clamped to the month's end (31 March - 1 month = 29 February). */
export function addMonths(iso: string, months: number): string {
  return isoOf(at(iso).add(months, 'month'));
}

/** The 7-day week holding `iso`, starting on `weekStart` (0 = Sunday … 6 = Saturday). */
export function weekRange(iso: string, weekStart: number): [string, string] {
  const d = at(iso);
  const first = d.subtract((d.day() - weekStart + 7) % 7, 'day');
  return [isoOf(first), isoOf(first.add(6, 'day'))];
}

/**
 * The day with weekday `wd` nearest to `ref` in a direction: 'last' = the most recent one not after
 * ref, 'before' = strictly before, 'next' = strictly after.
 */
export function weekdayNear(ref: string, wd: number, dir: 'last' | 'before' | 'next'): string {
  const d = at(ref);
  if (dir === 'next') return isoOf(d.add((wd - d.day() + 7) % 7 || 7, 'day'));
  const back = (d.day() - wd + 7) % 7;
  return isoOf(d.subtract(dir === 'before' ? back || 7 : back, 'day'));
}
