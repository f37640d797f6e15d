import { describe, expect, test } from 'vitest';
import { addDays, daysInMonth, isoToUtcMs, isValidIsoDate, toIsoDate, weekday } from '../../src/lib/iso-date.ts';

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

/** The conversions as they were written with Date, the reference the arithmetic must agree with. */
const byDate = {
  valid(s: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1) return false;
    // setUTCFullYear, unlike Date.UTC, does not move years 0–99 to 1900–1999.
    const last = new Date(Date.UTC(2000, mo, 0));
    last.setUTCFullYear(y, mo, 0);
    return d <= last.getUTCDate();
  },
  ms(s: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)!;
    const d = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
    d.setUTCFullYear(Number(m[1]));
    return d.getTime();
  },
};
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isoToUtcMs and isValidIsoDate agree with Date', () => {
  test('every day of 1890–2110, and the days around the end of February and the year in every year 0000–9999', () => {
    const samples: string[] = [];
    for (let ms = Date.UTC(1890, 0, 1); ms <= Date.UTC(2110, 11, 31); ms += 86_400_000) samples.push(new Date(ms).toISOString().slice(0, 10));
    for (let y = 0; y <= 9999; y++) for (const md of ['01-01', '02-28', '02-29', '03-01', '12-31']) samples.push(`${pad(y, 4)}-${md}`);
    const valid = samples.filter((s) => byDate.valid(s));
    expect(samples.filter((s) => isValidIsoDate(s) !== byDate.valid(s))).toEqual([]);
    expect(valid.filter((s) => isoToUtcMs(s) !== byDate.ms(s))).toEqual([]);
    const checked = valid.length;
    expect(checked).toBeGreaterThan(80_000 + 40_000);
  });

  test.each([
    ['0000-02-29', true], // year 0 is a leap year in the proleptic Gregorian calendar (ISO 8601, Date)
    ['0100-02-29', false],
    ['0400-02-29', true],
    ['2023-04-31', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-01-1x', false],
    ['٢٠٢٣-٠٧-٢٧', false],
    ['2023-07-27 ', false],
    ['+02023-07-27', false],
  ])('%s → %s', (s, ok) => expect(isValidIsoDate(s)).toBe(ok));

  test.each(['27/07/2023', '2023-02-30', '2023-13-01', ''])('%j names no day: isoToUtcMs throws instead of guessing', (s) => {
    expect(() => isoToUtcMs(s)).toThrow(`not an ISO date: ${s}`);
  });

  test('daysInMonth, including February of years 0, 100, 400 and 2000', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([0, 100, 400, 1900, 2000, 2024].map((y) => daysInMonth(y, 2))).toEqual([29, 28, 29, 28, 29, 29]);
  });
});
