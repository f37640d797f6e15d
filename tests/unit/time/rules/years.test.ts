/** src/lib/time/rules/years.ts: years with «عام», bare years where a year is expected, a year after a label. */
import { describe } from 'vitest';
import { span, table } from './table.ts';

const ref = '2024-03-05';
const year = (text: string, y: number, kind: 'absolute' | 'relative' = 'absolute') => {
  const yyyy = String(y).padStart(4, '0');
  return span(text, `${yyyy}-01-01`, `${yyyy}-12-31`, 'year', kind);
};

describe('years', () => {
  table([
    { name: 'a year after a label: «الدورة بعنوان 2021»', input: 'انطلقت الدورة بعنوان 2021.', ref, expected: [year('2021', 2021)] },
    { name: '«العام الماضي 2019»: the stated year', input: 'ارتفعت الصادرات العام الماضي 2019 بنسبة كبيرة.', ref, expected: [year('العام الماضي 2019', 2019)] },
    { name: '«العام الماضي» alone', input: 'ارتفعت الصادرات العام الماضي بنسبة كبيرة.', ref, expected: [year('العام الماضي', 2023, 'relative')] },
    { name: 'a truncated year «عام 198» (typo for 198x) is no date', input: 'وقعت جريمتان في مقاطعة فنتورا عام 198.', ref, expected: [] },
    { name: 'a short year with its era is a date: «عام 622 م»', input: 'هاجر النبي إلى المدينة عام 622 م.', ref, expected: [year('عام 622 م', 622)] },
    { name: 'a quantity is no year', input: 'شارك 2000 جندي في المناورة.', ref, expected: [] },
    { name: '«قبل عامين» is the year two years back', input: 'أعلن المكتب قبل عامين عن مكافأة.', ref, expected: [year('قبل عامين', 2022, 'relative')] },
  ]);
});
