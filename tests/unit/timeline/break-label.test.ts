import { describe, expect, test } from 'vitest';
import { countedNoun, describeGap, formatBreakLabel, type GapUnit } from '../../../src/lib/timeline/break-label.ts';

describe('countedNoun: Arabic number agreement', () => {
  test.each([
    [1, 'year', 'عام واحد'],
    [2, 'year', 'عامان'],
    [3, 'year', '٣ أعوام'],
    [10, 'year', '١٠ أعوام'],
    [11, 'year', '١١ عامًا'],
    [70, 'year', '٧٠ عامًا'],
    [99, 'year', '٩٩ عامًا'],
    [100, 'year', '١٠٠ عام'],
    [101, 'year', '١٠١ عام'],
    [103, 'year', '١٠٣ أعوام'],
    [111, 'year', '١١١ عامًا'],
    [1000, 'year', '١٠٠٠ عام'],
    [1, 'month', 'شهر واحد'],
    [2, 'month', 'شهران'],
    [5, 'month', '٥ أشهر'],
    [11, 'month', '١١ شهرًا'],
    [1, 'day', 'يوم واحد'],
    [2, 'day', 'يومان'],
    [7, 'day', '٧ أيام'],
    [25, 'day', '٢٥ يومًا'],
  ] as [number, GapUnit, string][])('%d %s → %s', (n, unit, expected) => {
    expect(countedNoun(n, unit)).toBe(expected);
  });

  test.each([
    [70, 'year', '70 عامًا'],
    [3, 'month', '3 أشهر'],
  ] as [number, GapUnit, string][])('Latin digits: %d %s → %s', (n, unit, expected) => {
    expect(countedNoun(n, unit, 'latn')).toBe(expected);
  });

  test.each([0, -3, 2.5])('rejects %d', (n) => {
    expect(() => countedNoun(n, 'year')).toThrow(/positive whole number/);
  });
});

describe('describeGap', () => {
  test.each([
    { from: '1954-01-01', to: '2023-07-21', expected: { count: 70, unit: 'year' } },
    { from: '2020-01-01', to: '2023-01-01', expected: { count: 3, unit: 'year' } },
    { from: '2023-01-01', to: '2023-12-20', expected: { count: 1, unit: 'year' } },
    { from: '2023-01-01', to: '2023-12-10', expected: { count: 11, unit: 'month' } },
    { from: '2023-01-01', to: '2023-12-01', expected: { count: 11, unit: 'month' } },
    { from: '2023-01-01', to: '2023-03-01', expected: { count: 2, unit: 'month' } },
    { from: '2023-01-01', to: '2023-02-01', expected: { count: 1, unit: 'month' } },
    { from: '2023-01-01', to: '2023-01-31', expected: { count: 30, unit: 'day' } },
    { from: '2023-07-01', to: '2023-07-11', expected: { count: 10, unit: 'day' } },
    { from: '2023-07-01', to: '2023-07-02', expected: { count: 1, unit: 'day' } },
  ])('$from → $to', ({ from, to, expected }) => {
    expect(describeGap(Date.parse(from), Date.parse(to))).toEqual(expected);
  });

  test('rejects an empty gap', () => {
    expect(() => describeGap(5, 5)).toThrow(/end after it starts/);
  });
});

describe('formatBreakLabel', () => {
  test.each([
    { from: '1954-01-01', to: '2023-07-21', digits: 'arab' as const, expected: '⋯ ٧٠ عامًا ⋯' },
    { from: '1954-01-01', to: '2023-07-21', digits: 'latn' as const, expected: '⋯ 70 عامًا ⋯' },
    { from: '2021-01-01', to: '2023-01-01', digits: 'arab' as const, expected: '⋯ عامان ⋯' },
    { from: '2023-01-01', to: '2023-06-01', digits: 'arab' as const, expected: '⋯ ٥ أشهر ⋯' },
    { from: '2023-07-01', to: '2023-07-15', digits: 'arab' as const, expected: '⋯ ١٤ يومًا ⋯' },
  ])('$from → $to ($digits): $expected', ({ from, to, digits, expected }) => {
    expect(formatBreakLabel(Date.parse(from), Date.parse(to), digits)).toBe(expected);
  });
});
