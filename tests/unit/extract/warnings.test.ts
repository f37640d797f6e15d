import { describe, expect, test } from 'vitest';
import { article, run } from './helpers.ts';

describe('warnings name the problem and the surface text', () => {
  const cases: { name: string; input: string; ref?: string; expected: RegExp[]; timexes: string[] }[] = [
    { name: 'an article with no dates', input: 'تواصل الحكومة جهودها لتحسين الخدمات.', ref: '2024-01-10', expected: [/no dates found/], timexes: [] },
    {
      name: 'no reference date: relative expressions stay unresolved, one warning each',
      input: 'وصل الوفد أمس، ويغادر الأسبوع المقبل، بعد زيارة بدأت في 3 مارس 2024.',
      expected: [/no reference date/, /unresolved relative expression «أمس»/, /unresolved relative expression «الأسبوع المقبل»/],
      timexes: ['3 مارس 2024'],
    },
    { name: 'an impossible date is not kept', input: 'ولد الطفل في 31 فبراير 2023 حسب الوثيقة.', ref: '2024-01-10', expected: [/impossible date «31 فبراير 2023»/], timexes: [] },
    { name: 'the 30th of شباط does not exist either', input: 'أعلن القرار في 30 شباط 2021.', ref: '2024-01-10', expected: [/impossible date «30 شباط 2021»/], timexes: [] },
    {
      name: 'a weekday that contradicts its date',
      input: 'أقيم الحفل الخميس 14 شباط 2024 في دمشق.',
      ref: '2024-03-01',
      expected: [/«الخميس 14 شباط 2024»: the weekday \(Thursday\) contradicts the date 2024-02-14, a Wednesday/],
      timexes: ['الخميس 14 شباط 2024'],
    },
    {
      name: 'a Hijri date one day off its weekday: the weekday wins',
      input: 'تبدأ العطلة الخميس 1 شوال 1445 هـ.',
      ref: '2024-04-01',
      expected: [/«الخميس 1 شوال 1445 هـ»: by Umm al-Qura this Hijri date is 2024-04-10, a Wednesday; the text says Thursday, so the weekday wins: 2024-04-11/],
      timexes: ['الخميس 1 شوال 1445 هـ'],
    },
    {
      name: '«اليوم الخميس» on a reference date that is not a Thursday',
      input: 'قال الوزير اليوم الخميس إن الاجتماع انتهى.',
      ref: '2023-07-26',
      expected: [/the weekday \(Thursday\) contradicts the date it names, 2023-07-26, a Wednesday/],
      timexes: ['اليوم الخميس'],
    },
    {
      name: 'a date that contradicts the day it restates',
      input: 'يزور الوفد البلاد اليوم، الموافق 28 تموز 2023.',
      ref: '2023-07-27',
      expected: [/«28 تموز 2023» \(2023-07-28\) contradicts «اليوم» \(2023-07-27\)/],
      timexes: ['اليوم', '28 تموز 2023'],
    },
  ];
  test.each(cases)('$name', ({ input, ref, expected, timexes }) => {
    const r = run(input, ref);
    for (const re of expected) expect(r.warnings.some((w) => re.test(w.message)), `${re} in ${JSON.stringify(r.warnings)}`).toBe(true);
    expect(r.document.timexes.map((t) => t.text)).toEqual(timexes);
  });

  test('a warning about an expression points at it', () => {
    const body = 'وصل الوفد أمس إلى الرباط.';
    const r = run(body);
    const w = r.warnings.find((x) => x.message.includes('«أمس»'))!;
    expect(article(body).slice(w.offset!, w.offset! + 3)).toBe('أمس');
  });
});
