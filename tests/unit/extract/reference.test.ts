import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../src/lib/extract/index.ts';
import { article, run } from './helpers.ts';

describe('reference date inferred from the text', () => {
  const cases: { name: string; input: string; expected: string | null; quote?: string }[] = [
    {
      name: 'Lebanon: «اليوم الثلاثاء، 12 آذار» and a year named in the text (12 March is a Tuesday in 2024)',
      input: 'قال رئيس الحكومة اليوم الثلاثاء، 12 آذار، إن الإصلاحات مستمرة قبل استحقاق 2024.\nوكانت الحكومة قد تشكلت عام 2023.',
      expected: '2024-03-12',
      quote: 'اليوم الثلاثاء، 12 آذار',
    },
    {
      name: 'the Gulf: «اليوم الثلاثاء الموافق 5 ديسمبر 2023» names the full date',
      input: 'أعلنت وزارة الصحة اليوم الثلاثاء الموافق 5 ديسمبر 2023 عن حملة تطعيم.',
      expected: '2023-12-05',
      quote: 'اليوم الثلاثاء الموافق 5 ديسمبر 2023',
    },
    { name: 'Morocco: «أمس الاثنين 11 مارس 2024» is the day before the reference', input: 'عقد المجلس اجتماعه أمس الاثنين 11 مارس 2024 في الرباط.', expected: '2024-03-12' },
    {
      name: 'Egypt: the year comes from an anniversary (23 July 1952 + 70) and the weekday agrees',
      input: 'صرح الوزير اليوم الأربعاء 27 يوليو بأن الاحتفالات بالذكرى السبعين لثورة 23 يوليو 1952 ستعم البلاد.',
      expected: '2022-07-27',
    },
    {
      name: 'a weekday no named year agrees with gives no date (12 March 2024 is a Tuesday, not a Thursday)',
      input: 'قال الوزير اليوم الخميس، 12 مارس، إن العمل سيبدأ في 2024.',
      expected: null,
    },
    {
      name: 'Saudi Arabia: a full Hijri date is taken even when its weekday is wrong (the weekday is reported)',
      input: 'عقد مجلس الوزراء جلسته، اليوم الثلاثاء 20 ربيع الآخر 1445 هـ الموافق 4 نوفمبر 2023، برئاسة خادم الحرمين الشريفين.',
      expected: '2023-11-04',
    },
    { name: 'a publication line', input: 'نشر في 15/03/2024\nوصل الوفد أمس إلى الرباط.', expected: '2024-03-15' },
    { name: 'an agency dateline (Morocco)', input: 'الرباط - 12 مارس 2024 (و م ع) - وصل الوفد أمس إلى الرباط.', expected: '2024-03-12' },
    { name: 'a line holding only the date, under the headline', input: 'الثلاثاء 12 مارس 2024\nوصل الوفد أمس إلى الرباط.', expected: '2024-03-12' },
    { name: 'a date that opens the first paragraph is not a dateline', input: 'في 12 مارس 2024 أعلنت الحكومة خطة جديدة ووصل الوفد أمس إلى الرباط.', expected: null },
    { name: 'nothing in the text states its date', input: 'وصل الوفد أمس إلى الرباط.', expected: null },
  ];
  test.each(cases)('$name', ({ input, expected, quote }) => {
    const r = run(input).document.referenceDate;
    expect(r.date).toBe(expected);
    expect(r.basis).toBe(expected ? 'inferred' : 'none');
    if (quote) expect(r.evidence).toContain(quote);
  });

  test('relative expressions resolve against the inferred date', () => {
    const doc = run('نشر في 15/03/2024\nوصل الوفد أمس إلى الرباط.').document;
    expect(doc.timexes.find((t) => t.text === 'أمس')).toMatchObject({ start: '2024-03-14', end: '2024-03-14' });
  });

  test('metadata and the --ref-date option win over the text', () => {
    const text = article('أعلنت وزارة الصحة اليوم الثلاثاء الموافق 5 ديسمبر 2023 عن حملة.');
    for (const basis of ['metadata', 'option'] as const) {
      const r = extractDocument({ id: 'x', source: 'seeds/x.txt', text, reference: { date: '2024-01-01', basis, evidence: 'given' } });
      expect(r.document.referenceDate).toEqual({ date: '2024-01-01', basis, evidence: 'given' });
    }
  });
});
