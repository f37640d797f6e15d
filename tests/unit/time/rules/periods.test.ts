/** src/lib/time/rules/periods.ts: quarters, halves and weeks of a named year; the last or next n units. */
import { describe } from 'vitest';
import { span, table } from './table.ts';

const ref = '2024-03-05';

describe('a period named with its year after it belongs to that year', () => {
  table([
    { name: 'Gulf: «الربع الثاني من العام الماضي 2019»', input: 'تراجعت الأرباح في الربع الثاني من العام الماضي 2019.', ref, expected: [span('الربع الثاني من العام الماضي 2019', '2019-04-01', '2019-06-30', 'month', 'absolute')] },
    { name: '«النصف الأول من العام الماضي 2019»', input: 'نما الاقتصاد خلال النصف الأول من العام الماضي 2019.', ref, expected: [span('النصف الأول من العام الماضي 2019', '2019-01-01', '2019-06-30', 'month', 'absolute')] },
    { name: 'Egyptian: «الأسبوع الأخير من شهر أكتوبر 2020»', input: 'وقعت الحادثة في الأسبوع الأخير من شهر أكتوبر 2020.', ref, expected: [span('الأسبوع الأخير من شهر أكتوبر 2020', '2020-10-25', '2020-10-31', 'day', 'range')] },
    { name: 'Levantine: «الأسبوع الأخير من تشرين الأول 2020»', input: 'وقعت الحادثة في الأسبوع الأخير من تشرين الأول 2020.', ref, expected: [span('الأسبوع الأخير من تشرين الأول 2020', '2020-10-25', '2020-10-31', 'day', 'range')] },
    { name: 'a relative year alone stays relative', input: 'تراجعت الأرباح في الربع الثاني من العام الماضي.', ref, expected: [span('الربع الثاني من العام الماضي', '2023-04-01', '2023-06-30', 'month', 'relative')] },
  ]);
});

describe('the last or next n units', () => {
  const fri = '2018-10-19';
  table([
    { name: 'Jordanian: «خلال الأسبوعين الماضيين»', input: 'تصاعدت المطالبات خلال الأسبوعين الماضيين.', ref: fri, expected: [span('الأسبوعين الماضيين', '2018-10-05', '2018-10-18', 'week', 'relative')] },
    { name: '«الأيام الثلاثة المقبلة»', input: 'تتساقط الأمطار في الأيام الثلاثة المقبلة.', ref: fri, expected: [span('الأيام الثلاثة المقبلة', '2018-10-20', '2018-10-22', 'day', 'relative')] },
    { name: '«السنوات العشر الأخيرة»', input: 'تضاعف عدد السكان في السنوات العشر الأخيرة.', ref: fri, expected: [span('السنوات العشر الأخيرة', '2008-10-19', '2018-10-18', 'year', 'relative')] },
    { name: 'a plural without a count is no span', input: 'في الأيام الماضية تحسن الطقس.', ref: fri, expected: [] },
  ]);
});
