import { describe, expect, test } from 'vitest';
import { addDays, weekday } from '../../../src/lib/iso-date.ts';
import { dateOrNull, dayOfWeek, daysBetween, fromDayNumber, isoDay, monthRange, plusDays, shiftMonth, weekRange, weekdayNear } from '../../../src/lib/time/calendar.ts';

describe('integer day arithmetic agrees with Date-based iso-date helpers', () => {
  const cases = ['1950-01-01', '1953-07-27', '2000-02-29', '2023-07-27', '2024-12-31', '0622-07-19', '1900-03-01'];
  test.each(cases)('%s', (iso) => {
    expect(fromDayNumber(isoDay(iso))).toBe(iso);
    expect(dayOfWeek(iso)).toBe(weekday(iso));
    expect(plusDays(iso, 400)).toBe(addDays(iso, 400));
    expect(plusDays(iso, -1)).toBe(addDays(iso, -1));
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
  ];
  test.each(cases)('$name', ({ got, expected }) => expect(got()).toEqual(expected));
});
