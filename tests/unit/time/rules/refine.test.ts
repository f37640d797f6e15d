/** src/lib/time/rules/refine.ts: steps over the whole list of expressions. */
import { describe } from 'vitest';
import { day, span, table } from './table.ts';

describe('a deictic day inside a quotation counts from the explicit date its sentence names before it', () => {
  table([
    {
      name: 'Gulf: «في 8 مايو 2018، قال الأمير: "نعلن اليوم …"»',
      input: 'في 8 مايو 2018، قال الأمير: "نعلن اليوم بدء المرحلة الثانية".',
      ref: '2018-05-09',
      expected: [day('8 مايو 2018', '2018-05-08', 'absolute'), day('اليوم', '2018-05-08')],
    },
    {
      name: 'Levantine: «أمس» inside «…» after «3 آذار 2019»',
      input: 'وفي 3 آذار 2019 صرّح الوزير: «وصلنا أمس إلى اتفاق».',
      ref: '2019-03-20',
      expected: [day('3 آذار 2019', '2019-03-03', 'absolute'), day('أمس', '2019-03-02')],
    },
    {
      name: 'outside a quotation «اليوم» is the reference day',
      input: 'في 8 مايو 2018 وقّع الاتفاق، ويبدأ تنفيذه اليوم.',
      ref: '2018-05-09',
      expected: [day('8 مايو 2018', '2018-05-08', 'absolute'), day('اليوم', '2018-05-09')],
    },
  ]);
});

describe('restatements', () => {
  table([
    {
      name: '«اليوم الخميس، الموافق لـ 27 تموز» is one day said twice',
      input: 'تنطلق اليوم الخميس، الموافق لـ 27 تموز، أعمال المؤتمر.',
      ref: '2023-07-27',
      expected: [day('اليوم الخميس', '2023-07-27'), day('27 تموز', '2023-07-27')],
    },
  ]);
});

describe('an outlet named like a day is no expression', () => {
  table([
    { name: 'Jordan: «لصحيفة الغد»', input: 'وقال الوزير لصحيفة الغد إن القرار نهائي.', ref: '2024-03-12', expected: [] },
    { name: 'Saudi Arabia: «جريدة اليوم» beside a real «اليوم»', input: 'ونشرت جريدة اليوم تقريرا عن المعرض الذي يفتتح اليوم.', ref: '2024-03-12', expected: [day('اليوم', '2024-03-12')] },
    { name: 'a day after a word that is no medium stays', input: 'ويصل الوفد الغد إلى عمان.', ref: '2024-03-12', expected: [day('الغد', '2024-03-13')] },
  ]);
});

describe('a place or movement named by a day and month is no expression', () => {
  table([
    { name: 'Egypt: «مدينة العاشر من رمضان» beside a real month', input: 'وتبدأ المرحلة الثانية في يوليو المقبل لتربط مدينة العاشر من رمضان بمدينة بلبيس.', ref: '2024-03-10', expected: [span('يوليو المقبل', '2024-07-01', '2024-07-31', 'month', 'relative')] },
    { name: 'Egypt: «جسر 6 أكتوبر»', input: 'وأغلقت السلطات جسر 6 أكتوبر أمام حركة المرور.', ref: '2024-03-10', expected: [] },
    { name: 'Lebanon: «قوى 14 آذار»', input: 'واجتمعت قوى 14 آذار في بيروت.', ref: '2024-03-10', expected: [] },
    { name: 'a revolution named by its date stays a date', input: 'واحتفل المصريون بذكرى ثورة 25 يناير.', ref: '2024-03-10', expected: [day('25 يناير', '2024-01-25')] },
  ]);
});

describe('a bare weekday after a past verb of results, conflict or markets is the last one', () => {
  table([
    { name: 'Saudi sports: «حسم … مساء الإثنين» in an article of Saturday', input: 'حسم فريق الهلال لقب الدوري، مساء الإثنين، بعد فوزه على الحزم.', ref: '2024-03-09', expected: [day('مساء الإثنين', '2024-03-04', 'relative', 'evening')] },
    { name: 'Sudan: «استعاد الجيش … الأحد» in an article of Thursday', input: 'استعاد الجيش السيطرة على المدينة الأحد.', ref: '2024-03-14', expected: [day('الأحد', '2024-03-10')] },
    { name: 'without a past verb the nearest Monday, two days on', input: 'مباراة الهلال والحزم مساء الإثنين.', ref: '2024-03-09', expected: [day('مساء الإثنين', '2024-03-11', 'relative', 'evening')] },
  ]);
});

