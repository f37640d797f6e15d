import { describe, expect, test } from 'vitest';
import { addDays, dateOrNull, daysBetween, fromDayNumber, isoDay, monthRange, weekday } from '../../../src/lib/iso-date.ts';
import { addMonths, dayOfWeek, plusDays, shiftMonth, weekRange, weekdayNear } from '../../../src/lib/time/calendar.ts';

describe('integer day arithmetic agrees with Date', () => {
  const cases = ['1950-01-01', '1953-07-27', '2000-02-29', '2023-07-27', '2024-12-31', '0622-07-19', '1900-03-01'];
  const viaDate = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  test.each(cases)('%s', (iso) => {
    expect(fromDayNumber(isoDay(iso))).toBe(iso);
    expect(dayOfWeek(iso)).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
    expect(plusDays(iso, 400)).toBe(viaDate(iso, 400));
    expect(addDays(iso, -1)).toBe(viaDate(iso, -1));
    expect(weekday(iso)).toBe(dayOfWeek(iso));
  });
});

describe('calendar helpers', () => {
  const cases: { name: string; got: () => unknown; expected: unknown }[] = [
    { name: '31 February does not exist', got: () => dateOrNull(2023, 2, 31), expected: null },
    { name: '29 February exists in a leap year only', got: () => [dateOrNull(2024, 2, 29), dateOrNull(2023, 2, 29)], expected: ['2024-02-29', null] },
    { name: 'February 2024 has 29 days', got: () => monthRange(2024, 2), expected: ['2024-02-01', '2024-02-29'] },
    { name: 'a month before January is December of the year before', got: () => shiftMonth(2024, 1, -1), expected: { y: 2023, m: 12 } },
    { name: 'the Saturday-to-Friday week of Thursday 27 July 2023', got: () => weekRange('2023-07-27', 6), expected: ['2023-07-22', '2023-07-28'] },
    { name: 'the Monday-to-Sunday week of the same day', got: () => weekRange('2023-07-27', 1), expected: ['2023-07-24', '2023-07-30'] },
    { name: 'the last Wednesday not after Thursday 27 July 2023', got: () => weekdayNear('2023-07-27', 3, 'last'), expected: '2023-07-26' },
    { name: 'a weekday equal to the reference is the reference for "last"', got: () => weekdayNear('2023-07-27', 4, 'last'), expected: '2023-07-27' },
    { name: '"before" a Thursday on a Thursday is a week earlier', got: () => weekdayNear('2023-07-27', 4, 'before'), expected: '2023-07-20' },
    { name: 'the next Sunday after Thursday 27 July 2023', got: () => weekdayNear('2023-07-27', 0, 'next'), expected: '2023-07-30' },
    { name: 'days between', got: () => daysBetween('2023-07-26', '2023-08-02'), expected: 7 },
    { name: 'a month after 31 January 2024 is clamped to 29 February', got: () => addMonths('2024-01-31', 1), expected: '2024-02-29' },
    { name: 'a month before 31 March 2023 is 28 February', got: () => addMonths('2023-03-31', -1), expected: '2023-02-28' },
    { name: 'twelve months after 29 February 2024 is 28 February 2025', got: () => addMonths('2024-02-29', 12), expected: '2025-02-28' },
    { name: 'fourteen months after November 2023 is January 2025', got: () => shiftMonth(2023, 11, 14), expected: { y: 2025, m: 1 } },
    { name: 'years below 100 stay themselves (a week starting on its own day)', got: () => weekRange('0050-03-04', weekday('0050-03-04')), expected: ['0050-03-04', '0050-03-10'] },
    { name: 'a month after December of year 50 is January of year 51', got: () => shiftMonth(50, 12, 1), expected: { y: 51, m: 1 } },
    { name: 'the Sunday-to-Saturday week across a year end', got: () => weekRange('2025-01-01', 0), expected: ['2024-12-29', '2025-01-04'] },
  ];
  test.each(cases)('$name', ({ got, expected }) => expect(got()).toEqual(expected));
});

describe('remembered answers', () => {
  // More distinct questions than the memo keeps: each answer must still be the computed one.
  test('thousands of weeks and weekdays agree with day counting', () => {
    for (let n = 0; n < 5000; n++) {
      const iso = addDays('2020-01-01', n);
      const start = n % 7;
      const [first, last] = weekRange(iso, start);
      expect(weekday(first)).toBe(start);
      expect(daysBetween(first, iso)).toBeLessThan(7);
      expect(daysBetween(first, iso)).toBeGreaterThanOrEqual(0);
      expect(last).toBe(addDays(first, 6));
      const back = weekdayNear(iso, start, 'before');
      expect(weekday(back)).toBe(start);
      expect(daysBetween(back, iso)).toBeGreaterThanOrEqual(1);
      expect(daysBetween(back, iso)).toBeLessThanOrEqual(7);
    }
  });
});

