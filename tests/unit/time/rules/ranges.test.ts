/** src/lib/time/rules/ranges.ts (and the connectors in shared.ts): ranges written across words are one range. */
import { describe } from 'vitest';
import { span, table } from './table.ts';

const ref = '2024-03-05';
const years = (text: string, a: number, b: number) => span(text, `${a}-01-01`, `${b}-12-31`, 'year', 'range');

describe('ranges written across words', () => {
  table([
    { name: 'Levantine: «منذ عام 2011 ومتواصلة حتى عام 2019»', input: 'الأزمة قائمة منذ عام 2011 ومتواصلة حتى عام 2019 على الأقل.', ref, expected: [years('منذ عام 2011 ومتواصلة حتى عام 2019', 2011, 2019)] },
    { name: 'Gulf: «من عام 2010 وحتى عام 2015»', input: 'ارتفعت الأسعار من عام 2010 وحتى عام 2015.', ref, expected: [years('من عام 2010 وحتى عام 2015', 2010, 2015)] },
    { name: 'Egyptian: «بين عامي 2001 و2003»', input: 'عمل سفيرا بين عامي 2001 و2003.', ref, expected: [years('بين عامي 2001 و2003', 2001, 2003)] },
    { name: 'a list of two seasons is two ranges', input: 'تُوّج الفريق بطلا للموسمين 2019-2020 و2020-2021.', ref, expected: [years('2019-2020', 2019, 2020), years('2020-2021', 2020, 2021)] },
    {
      name: 'Algerian: «من يوم 16 أوت إلى غاية يوم 18 أوت 2017»',
      input: 'تجري العملية من يوم 16 أوت إلى غاية يوم 18 أوت 2017.',
      ref,
      expected: [span('من يوم 16 أوت إلى غاية يوم 18 أوت 2017', '2017-08-16', '2017-08-18', 'day', 'range')],
    },
    { name: 'Moroccan: «من 3 شتنبر إلى غاية 7 شتنبر 2019»', input: 'ينظم المعرض من 3 شتنبر إلى غاية 7 شتنبر 2019.', ref, expected: [span('من 3 شتنبر إلى غاية 7 شتنبر 2019', '2019-09-03', '2019-09-07', 'day', 'range')] },
    {
      name: 'Tunisian, weekdays on both ends: «من يوم السبت 19 أوت والى غاية يوم الاثنين 21 أوت 2017»',
      input: 'تفتح المكاتب من يوم السبت 19 أوت والى غاية يوم الاثنين 21 أوت 2017.',
      ref,
      expected: [span('من يوم السبت 19 أوت والى غاية يوم الاثنين 21 أوت 2017', '2017-08-19', '2017-08-21', 'day', 'range')],
    },
    { name: 'a word between the years without a range opener is not a range', input: 'فاز عام 2011 وخسر عام 2019.', ref, expected: [span('عام 2011', '2011-01-01', '2011-12-31', 'year', 'absolute'), span('عام 2019', '2019-01-01', '2019-12-31', 'year', 'absolute')] },
  ]);
});
