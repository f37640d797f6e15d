import { describe, expect, test } from 'vitest';
import { addDays, isValidIsoDate, toIsoDate, weekday } from '../../src/lib/iso-date.ts';

describe('isValidIsoDate', () => {
  test.each([
    ['2023-07-27', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-31', false],
    ['2023-13-01', false],
    ['2023-7-27', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('%s → %s', (s, ok) => expect(isValidIsoDate(s)).toBe(ok));
});

describe('calendar arithmetic in UTC', () => {
  test.each([
    ['2023-07-27', -1, '2023-07-26'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s %+d days → %s', (iso, n, expected) => expect(addDays(iso, n)).toBe(expected));
  test('27 July 2023 is a Thursday, 27 July 1953 a Monday', () => {
    expect(weekday('2023-07-27')).toBe(4);
    expect(weekday('1953-07-27')).toBe(1);
  });
  test('toIsoDate pads years and months', () => expect(toIsoDate(950, 3, 7)).toBe('0950-03-07'));
});
