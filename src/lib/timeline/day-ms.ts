/**
 * The timeline's one bridge to calendar dates: instants are UTC ms and event dates whole UTC days.
 * Day counts and month lengths come from src/lib/iso-date.ts, the project's single copy of date
 * maths; the timeline adds only the instant → "YYYY-MM-DD" step its axis needs.
 */
import { daysInMonth } from '../iso-date.ts';

/** One day in ms: event dates are whole UTC days (the project's only copy of this constant). */
export const DAY_MS = 86_400_000;

/** The "YYYY-MM-DD" of the UTC day an instant falls in. */
export function isoOfMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export { daysInMonth };
