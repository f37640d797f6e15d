import { describe, expect, test } from 'vitest';
import { gregorianParts } from '../../../src/lib/timeline/date-parts.ts';
import { localeForNaming, MONTH_NAMINGS, monthName } from '../../../src/lib/timeline/month-naming.ts';

/** The parts as Intl's formatToParts gives them for one date (the month from monthName, as the page prints it). */
function byFormatToParts(ms: number, digits: 'arab' | 'latn', naming: (typeof MONTH_NAMINGS)[number]) {
  const format = new Intl.DateTimeFormat(localeForNaming(naming), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', numberingSystem: digits });
  const out = { weekday: '', day: '', month: monthName(new Date(ms).getUTCMonth(), naming), year: '' };
  for (const p of format.formatToParts(ms)) if (p.type === 'weekday' || p.type === 'day' || p.type === 'year') out[p.type] = p.value;
  return out;
}

describe('gregorianParts', () => {
  // Every weekday, every day of the month, every month, years of one to four digits, leap days.
  const instants = [
    ...Array.from({ length: 800 }, (_, i) => Date.UTC(1950, 0, 1 + i * 37)),
    Date.UTC(2024, 1, 29),
    Date.UTC(2000, 1, 29),
    Date.UTC(2023, 11, 31, 23, 59, 59, 999),
    new Date('0001-01-01T00:00:00Z').getTime(),
    new Date('0099-07-15T00:00:00Z').getTime(),
    new Date('0950-03-07T00:00:00Z').getTime(),
    new Date('9999-12-31T00:00:00Z').getTime(),
    // Years before 1 are counted in eras by Intl: those dates take Intl's own answer.
    new Date('0000-06-01T00:00:00Z').getTime(),
    Date.UTC(-44, 2, 15),
  ];

  test.each(MONTH_NAMINGS.flatMap((naming) => (['arab', 'latn'] as const).map((digits) => ({ naming, digits }))))(
    'is what formatToParts gives, for $naming names and $digits digits',
    ({ naming, digits }) => {
      const differing = instants.filter((ms) => JSON.stringify(gregorianParts(ms, { digits, monthNaming: naming })) !== JSON.stringify(byFormatToParts(ms, digits, naming)));
      expect(differing.map((ms) => new Date(ms).toISOString())).toEqual([]);
    },
  );

  test('27 July 1953 in the Levantine naming with Arabic-Indic digits', () => {
    expect(gregorianParts(Date.UTC(1953, 6, 27), { digits: 'arab', monthNaming: 'levantine' })).toEqual({ weekday: 'الاثنين', day: '٢٧', month: 'تموز', year: '١٩٥٣' });
  });

  test('a caller changing the parts it got does not change later answers', () => {
    const first = gregorianParts(Date.UTC(1953, 6, 27));
    first.day = 'x';
    expect(gregorianParts(Date.UTC(1953, 6, 27)).day).toBe('٢٧');
  });
});
