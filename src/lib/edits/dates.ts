import { daysInMonth, toIsoDate } from '../iso-date.ts';
import type { Grain } from '../types.ts';

/** A date an editor wrote, as the inclusive days it covers. */
export interface EditDate {
  first: string;
  last: string;
  grain: Extract<Grain, 'day' | 'month' | 'year'>;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the days it covers (a month or a year is the whole
 * month or year, inclusive), or null when it names no real day, month or year.
 */
export function parseEditDate(s: string): EditDate | null {
  const m = FORM.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { first: toIsoDate(y, 1, 1), last: toIsoDate(y, 12, 31), grain: 'year' };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { first: toIsoDate(y, mo, 1), last: toIsoDate(y, mo, daysInMonth(y, mo)), grain: 'month' };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  const day = toIsoDate(y, mo, d);
  return { first: day, last: day, grain: 'day' };
}

const ORDER = ['day', 'month', 'year'] as const;

/** The coarser of two grains: a span from a month to a year reads as years. */
export function coarser(a: EditDate['grain'], b: EditDate['grain']): EditDate['grain'] {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
