/** src/lib/time/rules/day-month-year.ts: days of months named by name or number, n-th weekdays, the year of a list. */
import { describe } from 'vitest';
import { day, table } from './table.ts';

const ref = '2024-03-05';

describe('days of a month', () => {
  table([
    { name: 'Levantine, month by number: «اليوم الثالث من شهر عشرة»', input: 'وصل في اليوم الثالث من شهر عشرة.', ref, expected: [day('اليوم الثالث من شهر عشرة', '2023-10-03')] },
    { name: 'Gulf: «آخر يوم بشهر عشرة سنة 2015»', input: 'انتهى العقد آخر يوم بشهر عشرة سنة 2015.', ref, expected: [day('آخر يوم بشهر عشرة سنة 2015', '2015-10-31', 'absolute')] },
    { name: '«الشهر الثامن»', input: 'تقام الدورة من 27 إلى 29 من الشهر الثامن 2023.', ref, expected: [{ text: 'من 27 إلى 29 من الشهر الثامن 2023', start: '2023-08-27', end: '2023-08-29', grain: 'day', kind: 'range' }] },
    { name: 'Levantine: «ثالث ثلاثاء في أيلول لعام 2014»', input: 'عقدت الجلسة ثالث ثلاثاء في أيلول لعام 2014.', ref, expected: [day('ثالث ثلاثاء في أيلول لعام 2014', '2014-09-16', 'absolute')] },
    { name: 'Egyptian: «أول ثلاثاء من أكتوبر في سنة 2014»', input: 'بدأت الدراسة أول ثلاثاء من أكتوبر في سنة 2014.', ref, expected: [day('أول ثلاثاء من أكتوبر في سنة 2014', '2014-10-07', 'absolute')] },
    { name: '«شهر 3 أيام» counts days', input: 'استمر الإضراب شهر 3 أيام.', ref, expected: [] },
    { name: 'Tunisian, glued: «يوم 18 سبتمبرالمقبل»', input: 'تعلن النتائج في أجل أقصاه يوم 18 سبتمبرالمقبل.', ref: '2017-05-06', expected: [day('يوم 18 سبتمبرالمقبل', '2017-09-18')] },
    { name: 'a word that only starts like a month is none: «الممارسات»', input: 'انتقد التقرير الممارسات الأخيرة.', ref, expected: [] },
  ]);
});

describe('a day and month without a year after a dated expression of the same sentence', () => {
  table([
    {
      name: 'Tunisian: «يوم 25 نوفمبر 2017 … يوم 15 ديسمبر»',
      input: 'تنطلق الحملة يوم 25 نوفمبر 2017 وتنتهي يوم 15 ديسمبر على الساعة منتصف الليل.',
      ref: '2017-05-06',
      expected: [day('يوم 25 نوفمبر 2017', '2017-11-25', 'absolute'), day('يوم 15 ديسمبر', '2017-12-15', 'absolute')],
    },
    {
      name: 'across a year end: «28 ديسمبر 2016 … 3 يناير»',
      input: 'أغلقت المدارس من 28 ديسمبر 2016، وفتحت في 3 يناير بعد العطلة.',
      ref: '2017-05-06',
      expected: [day('28 ديسمبر 2016', '2016-12-28', 'absolute'), day('3 يناير', '2017-01-03', 'absolute')],
    },
  ]);
});
