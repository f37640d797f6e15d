/**
 * The timeline's one bridge to calendar dates: instants are UTC ms and event dates whole UTC days,
 * and every conversion goes through src/lib/iso-date.ts, the project's single copy of date maths.
 */
import { addDays, daysInMonth, isoToUtcMs } from '../iso-date.ts';

/** One day in ms: event dates are whole UTC days. */
export const DAY_MS = isoToUtcMs('1970-01-02');

/** The "YYYY-MM-DD" of the UTC day an instant falls in. */
export function isoOfMs(ms: number): string {
  return addDays('1970-01-01', Math.floor(ms / DAY_MS));
}

export { daysInMonth };
