/** src/lib/time/rules/hijri.ts and the Hijri resolution: feasts, and Hijri days without a year. */
import { describe, expect, test } from 'vitest';
import { day, table, warningsOf } from './table.ts';

describe('a Hijri day and month without a year: the year whose weekday agrees, nearest the reference', () => {
  table([
    // Before Ramadan 1445: 29 Ramadan 1445 is a Monday, 29 Ramadan 1444 (20 April 2023) a Thursday.
    { name: 'Gulf: «الخميس 29 رمضان» before Ramadan 1445 is the Thursday of 1444', input: 'ختم الأمير المجلس الرمضاني الخميس 29 رمضان.', ref: '2024-03-05', expected: [day('الخميس 29 رمضان', '2023-04-20')] },
    { name: 'Egyptian: «غرة شوال» during Ramadan 1444 is the coming one', input: 'أعلنت دار الإفتاء أن غرة شوال هي أول أيام العيد.', ref: '2023-04-18', expected: [day('غرة شوال', '2023-04-21')] },
    { name: 'Levantine: «يوم الخميس 29 رمضان» during Ramadan 1444', input: 'يصادف يوم الخميس 29 رمضان ختام الشهر.', ref: '2023-04-18', expected: [day('يوم الخميس 29 رمضان', '2023-04-20')] },
    // «الجمعة 29 رمضان» 1444: Umm al-Qura says Thursday; the text's Friday wins.
    { name: 'one day off Umm al-Qura: the weekday wins', input: 'صلى المسلمون يوم الجمعة 29 رمضان.', ref: '2023-04-18', expected: [day('يوم الجمعة 29 رمضان', '2023-04-21')] },
  ]);
  test('the weekday correction is reported', () => {
    expect(warningsOf('صلى المسلمون يوم الجمعة 29 رمضان.', '2023-04-18').some((w) => /the weekday wins: 2023-04-21/.test(w))).toBe(true);
  });
});

describe('feasts', () => {
  table([
    { name: '«عيد الأضحى 2013» is 10 Dhu al-Hijja 1434', input: 'احتفل المسلمون بعيد الأضحى 2013 في أجواء ماطرة.', ref: '2024-03-05', expected: [day('بعيد الأضحى 2013', '2013-10-15', 'absolute')] },
  ]);
});
