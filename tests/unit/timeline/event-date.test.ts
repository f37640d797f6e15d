import { describe, expect, test } from 'vitest';
import { formatEventDate } from '../../../src/lib/timeline/event-date.ts';
import type { Digits } from '../../../src/lib/timeline/intl-cache.ts';
import type { MonthNaming } from '../../../src/lib/timeline/month-naming.ts';
import type { Grain, PartOfDay } from '../../../src/lib/types.ts';

interface Case {
  start: string;
  end: string;
  grain: Grain;
  partOfDay?: PartOfDay;
  naming?: MonthNaming;
  digits?: Digits;
  expected: string;
}

describe('formatEventDate', () => {
  test.each<Case>([
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', partOfDay: 'evening', naming: 'levantine', expected: 'مساء الأربعاء ٢٦ تموز ٢٠٢٣' },
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', partOfDay: 'morning', naming: 'levantine', expected: 'صباح الأربعاء ٢٦ تموز ٢٠٢٣' },
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', partOfDay: 'noon', naming: 'egyptian', expected: 'ظهر الأربعاء ٢٦ يوليو ٢٠٢٣' },
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', partOfDay: 'afternoon', naming: 'egyptian', expected: 'بعد ظهر الأربعاء ٢٦ يوليو ٢٠٢٣' },
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', partOfDay: 'night', naming: 'egyptian', expected: 'ليلة الأربعاء ٢٦ يوليو ٢٠٢٣' },
    { start: '1953-07-27', end: '1953-07-27', grain: 'day', naming: 'paired', expected: 'الاثنين ٢٧ تموز/يوليو ١٩٥٣' },
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', naming: 'maghrebi', expected: 'الأربعاء ٢٦ جويلية ٢٠٢٣' },
    { start: '2023-07-26', end: '2023-07-26', grain: 'day', naming: 'moroccan', digits: 'latn', expected: 'الأربعاء 26 يوليوز 2023' },
    { start: '1950-01-01', end: '1953-12-31', grain: 'year', expected: '١٩٥٠–١٩٥٣' },
    { start: '1950-01-01', end: '1953-12-31', grain: 'year', digits: 'latn', expected: '1950–1953' },
    { start: '2023-01-01', end: '2023-12-31', grain: 'year', expected: '٢٠٢٣' },
    { start: '1950-01-01', end: '1959-12-31', grain: 'decade', expected: '١٩٥٠–١٩٥٩' },
    { start: '2023-07-01', end: '2023-07-31', grain: 'month', naming: 'levantine', expected: 'تموز ٢٠٢٣' },
    { start: '2023-07-01', end: '2023-07-31', grain: 'month', naming: 'egyptian', expected: 'يوليو ٢٠٢٣' },
    { start: '2023-02-01', end: '2023-02-28', grain: 'month', naming: 'levantine', expected: 'شباط ٢٠٢٣' },
    { start: '2023-07-01', end: '2023-09-30', grain: 'month', naming: 'levantine', expected: 'تموز – أيلول ٢٠٢٣' },
    { start: '2022-11-01', end: '2023-02-28', grain: 'month', naming: 'levantine', expected: 'تشرين الثاني ٢٠٢٢ – شباط ٢٠٢٣' },
    { start: '2023-07-21', end: '2023-07-27', grain: 'week', naming: 'levantine', expected: 'الأسبوع من ٢١ إلى ٢٧ تموز ٢٠٢٣' },
    { start: '2023-07-29', end: '2023-08-04', grain: 'week', naming: 'levantine', expected: 'الأسبوع من ٢٩ تموز إلى ٤ آب ٢٠٢٣' },
    { start: '2022-12-28', end: '2023-01-03', grain: 'week', naming: 'levantine', expected: 'الأسبوع من ٢٨ كانون الأول ٢٠٢٢ إلى ٣ كانون الثاني ٢٠٢٣' },
    { start: '2023-07-10', end: '2023-07-12', grain: 'day', naming: 'egyptian', expected: 'من ١٠ إلى ١٢ يوليو ٢٠٢٣' },
    { start: '2023-07-21', end: '2023-07-27', grain: 'week', naming: 'paired', digits: 'latn', expected: 'الأسبوع من 21 إلى 27 تموز/يوليو 2023' },
  ])('$start..$end $grain $partOfDay $naming $digits → $expected', ({ start, end, grain, partOfDay, naming, digits, expected }) => {
    const event = partOfDay ? { start, end, grain, partOfDay } : { start, end, grain };
    const options = { ...(naming ? { monthNaming: naming } : {}), ...(digits ? { digits } : {}) };
    expect(formatEventDate(event, options)).toBe(expected);
  });

  test('defaults: Egyptian month names, Arabic-Indic digits', () => {
    expect(formatEventDate({ start: '2023-07-27', end: '2023-07-27', grain: 'day' })).toBe('الخميس ٢٧ يوليو ٢٠٢٣');
  });
});
