/**
 * Arabic number agreement through Intl.PluralRules('ar'): a table of counts across the CLDR
 * categories (one, two, few, many, other) for every noun the timeline counts, each expected form
 * written out by hand from the grammar rule, not from the code.
 */
import { expect, test } from 'vitest';
import { formatEventCount } from '../../../src/lib/arabic-count.ts';
import { countedNoun, countWithNoun } from '../../../src/lib/timeline/break-label.ts';

test.each([
  // n, years, months, days
  [1, 'عام واحد', 'شهر واحد', 'يوم واحد'],
  [2, 'عامان', 'شهران', 'يومان'],
  [3, '٣ أعوام', '٣ أشهر', '٣ أيام'],
  [7, '٧ أعوام', '٧ أشهر', '٧ أيام'],
  [10, '١٠ أعوام', '١٠ أشهر', '١٠ أيام'],
  [11, '١١ عامًا', '١١ شهرًا', '١١ يومًا'],
  [25, '٢٥ عامًا', '٢٥ شهرًا', '٢٥ يومًا'],
  [99, '٩٩ عامًا', '٩٩ شهرًا', '٩٩ يومًا'],
  [100, '١٠٠ عام', '١٠٠ شهر', '١٠٠ يوم'],
  [101, '١٠١ عام', '١٠١ شهر', '١٠١ يوم'],
  [102, '١٠٢ عام', '١٠٢ شهر', '١٠٢ يوم'],
  [103, '١٠٣ أعوام', '١٠٣ أشهر', '١٠٣ أيام'],
  [110, '١١٠ أعوام', '١١٠ أشهر', '١١٠ أيام'],
  [111, '١١١ عامًا', '١١١ شهرًا', '١١١ يومًا'],
  [200, '٢٠٠ عام', '٢٠٠ شهر', '٢٠٠ يوم'],
  [1000, '١٠٠٠ عام', '١٠٠٠ شهر', '١٠٠٠ يوم'],
  [1002, '١٠٠٢ عام', '١٠٠٢ شهر', '١٠٠٢ يوم'],
  [1005, '١٠٠٥ أعوام', '١٠٠٥ أشهر', '١٠٠٥ أيام'],
  [1013, '١٠١٣ عامًا', '١٠١٣ شهرًا', '١٠١٣ يومًا'],
])('%i → %s، %s، %s', (n, year, month, day) => {
  expect(countedNoun(n, 'year')).toBe(year);
  expect(countedNoun(n, 'month')).toBe(month);
  expect(countedNoun(n, 'day')).toBe(day);
});

test.each([
  [0, 'لا أحداث'],
  [1, 'حدث واحد'],
  [2, 'حدثان'],
  [4, '٤ أحداث'],
  [12, '١٢ حدثًا'],
  [300, '٣٠٠ حدث'],
  [305, '٣٠٥ أحداث'],
  [340, '٣٤٠ حدثًا'],
])('events: %i → %s', (n, expected) => expect(formatEventCount(n)).toBe(expected));

test('Latin digits keep the same agreement, and any noun can be counted', () => {
  const week = { one: 'أسبوع واحد', two: 'أسبوعان', plural: 'أسابيع', accusative: 'أسبوعًا', singular: 'أسبوع' };
  expect([1, 2, 6, 15, 100].map((n) => countWithNoun(n, week, 'latn'))).toEqual(['أسبوع واحد', 'أسبوعان', '6 أسابيع', '15 أسبوعًا', '100 أسبوع']);
});

test.each([0, -1, 2.5, Number.NaN])('%d is not a count of a noun', (n) => {
  expect(() => countedNoun(n, 'year')).toThrow(/positive whole number/);
});
