/**
 * Calendar arithmetic for the resolver, on dayjs with its UTC plugin: months added with month-end
 * clamping, weeks from a given first day, the nearest weekday. Build-time only (the extractor):
 * the browser's first-visit code counts days with src/lib/iso-date.ts and never imports this.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { addDays, toIsoDate } from '../iso-date.ts';

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
  return remembered(`m${iso}|${months}`, () => isoOf(at(iso).add(months, 'month')));
}

// A document asks the same few questions again and again (the week of its reference date, the
// Tuesday before it): answers are kept, as dayjs builds several objects for each.
const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();
function remembered(key: string, compute: () => string): string {
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    v = compute();
    memo.set(key, v);
  }
  return v;
}

/** The 7-day week holding `iso`, starting on `weekStart` (0 = Sunday … 6 = Saturday). */
export function weekRange(iso: string, weekStart: number): [string, string] {
  const first = remembered(`w${iso}|${weekStart}`, () => {
    const d = at(iso);
    return isoOf(d.subtract((d.day() - weekStart + 7) % 7, 'day'));
  });
  return [first, addDays(first, 6)];
}

/**
 * The day with weekday `wd` nearest to `ref` in a direction: 'last' = the most recent one not after
 * ref, 'before' = strictly before, 'next' = strictly after.
 */
export function weekdayNear(ref: string, wd: number, dir: 'last' | 'before' | 'next'): string {
  return remembered(`d${ref}|${wd}|${dir}`, () => {
    const d = at(ref);
    if (dir === 'next') return isoOf(d.add((wd - d.day() + 7) % 7 || 7, 'day'));
    const back = (d.day() - wd + 7) % 7;
    return isoOf(d.subtract(dir === 'before' ? back || 7 : back, 'day'));
  });
}
