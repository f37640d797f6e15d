/** The scoring rules of the conformance report, checked on hand-made cases (no suite needed). */
import { describe, expect, test } from 'vitest';
import type { Timex } from '../../src/lib/types.ts';
import { inclusiveEnd, latestWeekdayOnOrBefore } from './calendar.ts';
import { bareWeekday, scoreDuckling } from './duckling.ts';
import { raised, regressions } from './ratchet.ts';
import { recognizersInclusiveEnd, scoreParser, tenseOf } from './recognizers.ts';
import { covers } from './run-extractor.ts';
import type { DucklingCorpus, RecognizersCase } from './suites.ts';

const timex = (span: [number, number], start: string, end = start): Timex => ({ id: 't', text: '', span, start, end, grain: 'day', kind: 'absolute' });

describe('calendar helpers', () => {
  test.each([
    ['2013-02-11', 'week', '2013-02-17'],
    ['2013-02-01', 'month', '2013-02-28'],
    ['2012-02-01', 'month', '2012-02-29'],
    ['2016-07-01', 'quarter', '2016-09-30'],
    ['2013-01-01', 'year', '2013-12-31'],
    ['1970-01-01', 'decade', '1979-12-31'],
    ['2013-02-12', 'day', '2013-02-12'],
  ])('%s %s ends on %s', (start, grain, end) => expect(inclusiveEnd(start, grain)).toBe(end));

  test.each([
    [2, '2013-02-12'], // Tuesday on a Tuesday: the same day
    [1, '2013-02-11'],
    [3, '2013-02-06'],
    [0, '2013-02-10'],
  ])('weekday %i on or before Tuesday 2013-02-12 is %s', (day, expected) => expect(latestWeekdayOnOrBefore('2013-02-12', day)).toBe(expected));
});

describe('bareWeekday', () => {
  test.each([
    ['الاثنين', 1],
    ['يوم الجمعة', 5],
    ['الجمعه', 5],
    ['الأحد', 0],
    ['الاربعاء', 3],
    ['الثلاثا', 2],
    ['الثلاثاء القادم', null],
    ['هذا الاثنين', null],
    ['الاثنين 18 شباط', null],
  ])('%s → %s', (text, day) => expect(bareWeekday(text)).toBe(day));
});

describe('tenseOf', () => {
  test.each([
    ['سأعود في 15', 'future'],
    ['سوف أعود 4/22', 'future'],
    ['سيحدث بعد يومين.', 'future'],
    ['كورتانا ، يرجى تنسيق اجتماع', 'future'],
    ['عدت يوم الخميس 21', 'past'],
    ['لقد عدت قبل يومين', 'past'],
    ['كان لدينا اجتماع هذا الأسبوع', 'past'],
    ['حدث ذلك في العقد القادم.', 'past'],
    ['بعد غد', 'none'],
    ['الأسبوع الأول من عام 2015', 'none'],
    ['سنة 2015', 'none'],
  ])('%s → %s', (input, tense) => expect(tenseOf(input)).toBe(tense));
});

describe('recognizersInclusiveEnd', () => {
  test.each([
    { name: 'month', timex: '2016-12', text: 'الشهر القادم', end: '2017-01-01', expected: '2016-12-31' },
    { name: 'ISO week', timex: '2016-W45', text: 'هذا الأسبوع', end: '2016-11-14', expected: '2016-11-13' },
    { name: 'named day range', timex: '(2016-11-04,2016-11-22,P18D)', text: 'من 4 إلى 22 هذا الشهر', end: '2016-11-22', expected: '2016-11-22' },
    { name: 'named year range', timex: '(2014-01-01,2018-01-01,P4Y)', text: '2014-2018', end: '2018-01-01', expected: '2018-12-31' },
    { name: 'between weekdays', timex: '(2017-11-22,2017-11-24,P2D)', text: 'الأسبوع المقبل بين الأربعاء والجمعة', end: '2017-11-24', expected: '2017-11-24' },
    { name: 'next three days', timex: '(2016-11-08,2016-11-11,P3D)', text: '3 أيام القادمة', end: '2016-11-11', expected: '2016-11-10' },
    { name: 'decade', timex: '(1970-01-01,1980-01-01,P10Y)', text: 'السبعينيات', end: '1980-01-01', expected: '1979-12-31' },
    { name: 'quarter (contains من but is no range)', timex: '(2016-07-01,2016-10-01,P3M)', text: 'الربع الثالث من عام 2016', end: '2016-10-01', expected: '2016-09-30' },
    { name: 'rest of the month', timex: '(2016-11-07,2016-11-30,P24D)', text: 'باقي الشهر', end: '2016-11-30', expected: '2016-11-30' },
  ])('$name', ({ timex: t, text, end, expected }) => expect(recognizersInclusiveEnd(t, text, end)).toBe(expected));
});

describe('covers', () => {
  // The expression is «الاثنين 18 شباط» at [0, 15).
  test.each([
    { name: 'exact', span: [0, 15] as [number, number], expected: true },
    { name: 'only its date part «18 شباط»', span: [8, 15] as [number, number], expected: true },
    { name: 'a fifth of it', span: [0, 3] as [number, number], expected: false },
    { name: 'right after it', span: [15, 20] as [number, number], expected: false },
  ])('$name', ({ span, expected }) => expect(covers(timex(span, '2013-02-18'), 0, 15)).toBe(expected));
});

describe('scoreDuckling with a stand-in extractor', () => {
  const corpus: DucklingCorpus = {
    referenceTime: { local: '2013-02-12T04:30:00.000-02:00' },
    negative: ['حب'],
    examples: [
      { text: 'الاثنين', kind: 'datetime', category: 'weekday', tags: ['weekday'], expected: { grain: 'day', startDate: '2013-02-18' } },
      { text: 'الاسبوع الماضي', kind: 'datetime', category: 'relative_week', tags: [], expected: { grain: 'week', startDate: '2013-02-04' } },
      { text: '13 الى 15 تموز', kind: 'interval', category: 'interval', tags: [], expected: { grain: 'day', startDate: '2013-07-13', endExclusiveDate: '2013-07-16' } },
      { text: 'الساعة 3', kind: 'datetime', category: 'time_of_day', tags: [], expected: { grain: 'hour', startDate: '2013-02-12' } },
      { text: 'آذار', kind: 'datetime', category: 'bare_month', tags: ['month_name'], expected: { grain: 'month', startDate: '2013-03-01' } },
      { text: 'شباط', kind: 'datetime', category: 'bare_month', tags: ['month_name'], expected: { grain: 'month', startDate: '2013-02-01' } },
      { text: '1 مارس', kind: 'datetime', category: 'absolute_date', tags: ['month_name'], expected: { grain: 'day', startDate: '2013-03-01' } },
      { text: '1 أبريل', kind: 'datetime', category: 'absolute_date', tags: ['month_name'], expected: { grain: 'day', startDate: '2013-04-01' } },
    ],
  };
  const answers: Record<string, Timex[]> = {
    الاثنين: [timex([0, 7], '2013-02-11')],
    'الاسبوع الماضي': [timex([0, 14], '2013-02-04', '2013-02-10')],
    '13 الى 15 تموز': [timex([0, 14], '2013-07-13', '2013-07-15')],
    حب: [],
    // The past March: the news reading of a bare month, not Duckling's.
    آذار: [timex([0, 4], '2012-03-01', '2012-03-31')],
    // The current month has begun: both readings agree.
    شباط: [timex([0, 4], '2013-02-01', '2013-02-28')],
    // A day and month without a year: its latest earlier occurrence is the news reading.
    '1 مارس': [timex([0, 6], '2012-03-01')],
    // Two years back is no latest earlier occurrence.
    '1 أبريل': [timex([0, 7], '2011-04-01')],
  };
  const s = scoreDuckling(corpus, (input) => answers[input] ?? []);

  test('the news reading of a bare weekday or an expression without a year points back (one occurrence, not two); Duckling ends are made inclusive; sub-day grains are excluded', () => {
    expect(s.board.categories.get('bare_month')!.passed).toEqual({ duckling: 1, news: 2, either: 2 });
    expect(s.board.categories.get('absolute_date')!.passed).toEqual({ duckling: 0, news: 1, either: 1 });
    expect(s.board.categories.get('weekday')!.passed).toEqual({ duckling: 0, news: 1, either: 1 });
    expect(s.board.categories.get('relative_week')!.passed).toEqual({ duckling: 1, news: 1, either: 1 });
    expect(s.board.categories.get('interval')!.passed).toEqual({ duckling: 1, news: 1, either: 1 });
    expect(s.excluded.get('hour')).toBe(1);
    expect(s.negatives).toEqual({ total: 1, passed: 1 });
  });
});

describe('scoreParser with a stand-in extractor', () => {
  const cases: RecognizersCase[] = [
    {
      Input: 'عدت يوم الجمعة',
      Context: { ReferenceDateTime: '2016-11-07T00:00:00' },
      Results: [{ Text: 'الجمعة', Start: 8, Length: 6, Value: { Timex: 'XXXX-WXX-5', FutureResolution: { date: '2016-11-11' }, PastResolution: { date: '2016-11-04' } } }],
    },
    {
      Input: 'سأعود يوم الجمعة',
      Context: { ReferenceDateTime: '2016-11-07T00:00:00' },
      Results: [{ Text: 'الجمعة', Start: 10, Length: 6, Value: { Timex: 'XXXX-WXX-5', FutureResolution: { date: '2016-11-11' }, PastResolution: { date: '2016-11-04' } } }],
    },
    {
      Input: 'سأعود يوم الأحد الخامس',
      Context: { ReferenceDateTime: '2017-09-27T00:00:00' },
      Results: [{ Text: 'الأحد الخامس', Start: 10, Length: 12, Value: { Timex: '2017-09-31', FutureResolution: { date: '0001-01-01' }, PastResolution: { date: '0001-01-01' } } }],
    },
  ];
  // Always answers the past Friday, and finds nothing for the impossible fifth Sunday.
  const s = scoreParser(cases, 'date', (input) => (input.includes('الجمعة') ? [timex([input.indexOf('الجمعة'), input.length], '2016-11-04')] : []));

  test('the tense picks the reading; "either" accepts both; an impossible date passes when nothing is emitted', () => {
    expect(s.board.categories.get('bare weekday')!.passed).toEqual({ tense: 1, either: 2 });
    expect(s.board.categories.get('impossible date (nothing emitted)')!.passed).toEqual({ tense: 1, either: 1 });
  });
});

describe('ratchet', () => {
  const best = { a: { passed: 5, total: 10 }, b: { passed: 3, total: 10 } };
  test('a score below its best is a regression; equal is fine', () => {
    expect(regressions({ a: { passed: 5, total: 10 }, b: { passed: 2, total: 10 } }, best)).toEqual(['b: 2 < best 3 (of 10)']);
    expect(regressions({ a: { passed: 5, total: 10 }, b: { passed: 3, total: 10 } }, best)).toEqual([]);
  });
  test('raising keeps the best of both and reports no change when nothing improved', () => {
    expect(raised({ a: { passed: 6, total: 10 }, b: { passed: 1, total: 10 } }, best)).toEqual({ a: { passed: 6, total: 10 }, b: { passed: 3, total: 10 } });
    expect(raised({ a: { passed: 5, total: 10 }, b: { passed: 3, total: 10 } }, best)).toBeNull();
  });
});
