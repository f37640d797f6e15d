import { describe, expect, test } from 'vitest';
import { gregorianToHijri, hijriMonthLength, hijriMonthRange, hijriToGregorian, hijriYearRange } from '../../../src/lib/time/hijri.ts';

/** The Umm al-Qura date Intl gives for a Gregorian day: the independent oracle of these tests. */
function intlHijri(iso: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(`${iso}T00:00:00Z`));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

describe('hijriToGregorian (Umm al-Qura through Intl)', () => {
  const cases: { name: string; input: [number, number, number]; expected: string }[] = [
    { name: '10 Shawwal 1439 (Saudi news, Eid week 2018)', input: [1439, 10, 10], expected: '2018-06-24' },
    { name: '1 Ramadan 1445', input: [1445, 9, 1], expected: '2024-03-11' },
    { name: '1 Dhu al-Hijjah 1444', input: [1444, 12, 1], expected: '2023-06-19' },
    { name: '1 Muharram 1445 (Hijri new year)', input: [1445, 1, 1], expected: '2023-07-19' },
  ];
  test.each(cases)('$name', ({ input, expected }) => {
    expect(hijriToGregorian(...input)).toBe(expected);
    // …and Intl, formatting that Gregorian day back, agrees.
    expect(intlHijri(expected)).toEqual({ year: input[0], month: input[1], day: input[2] });
  });

  test('a day past the end of a 29-day month does not exist', () => {
    const len = hijriMonthLength(1445, 9)!;
    expect([29, 30]).toContain(len);
    expect(hijriToGregorian(1445, 9, len)).not.toBeNull();
    if (len === 29) expect(hijriToGregorian(1445, 9, 30)).toBeNull();
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 1, 0)).toBeNull();
  });

  test('round trip with Intl over three Hijri years, month by month', () => {
    for (let y = 1443; y <= 1445; y++) {
      for (let m = 1; m <= 12; m++) {
        const first = hijriToGregorian(y, m, 1)!;
        expect(intlHijri(first)).toEqual({ year: y, month: m, day: 1 });
        expect(gregorianToHijri(first)).toEqual({ year: y, month: m, day: 1 });
        const [start, end] = hijriMonthRange(y, m)!;
        expect(start).toBe(first);
        expect(intlHijri(end)).toEqual({ year: y, month: m, day: hijriMonthLength(y, m) });
      }
    }
  });

  test('a Hijri year spans from 1 Muharram to the last day of Dhu al-Hijjah', () => {
    const [start, end] = hijriYearRange(1444)!;
    expect(intlHijri(start)).toEqual({ year: 1444, month: 1, day: 1 });
    expect(intlHijri(end).year).toBe(1444);
    expect(intlHijri(end).month).toBe(12);
  });
});
