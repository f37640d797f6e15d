/**
 * src/lib/time/rules/relative-days.ts and the weekday refiner: bare weekdays (the rule in
 * src/lib/time/README.md), a weekday opening a sentence with «و», a weekday with its date in
 * brackets or after «الموافق», «اليوم (الأحد)», and a weekday of a relative week.
 */
import { describe, expect, test } from 'vitest';
import { day, table, warningsOf } from './table.ts';

// Tuesday 5 March 2024: the publication day's own weekday (class 1).
const TUE = '2024-03-05';
// Saturday 3 June 2023 (class 2).
const SAT = '2023-06-03';

describe('a bare weekday that is the publication day\'s own weekday is that day', () => {
  table([
    { name: 'Levantine, past: «عُقد الاجتماع يوم الثلاثاء»', input: 'عُقد الاجتماع يوم الثلاثاء في السراي الحكومي ببيروت.', ref: TUE, expected: [day('يوم الثلاثاء', TUE)] },
    { name: 'future: «سيُصوَّت … بعد ظهر الثلاثاء»', input: 'سيُصوَّت مجلس النواب على القرار بعد ظهر الثلاثاء.', ref: TUE, expected: [day('بعد ظهر الثلاثاء', TUE, 'relative', 'afternoon')] },
    { name: 'Maghrebi, past: «التقى … الثلاثاء بالرباط»', input: 'التقى وزير الخارجية نظيره الموريتاني الثلاثاء بالرباط.', ref: TUE, expected: [day('الثلاثاء', TUE)] },
    { name: 'Egyptian, no verb: «اجتماع الثلاثاء»', input: 'ناقش الوزراء في اجتماع الثلاثاء أسعار الوقود.', ref: TUE, expected: [day('الثلاثاء', TUE)] },
  ]);
});

describe('a bare weekday: nearest (≤ 3 days), on or before in a past clause, on or after in a future one', () => {
  table([
    { name: 'no tense: «استفتاء الأحد» on a Saturday is tomorrow', input: 'تستعد البلاد لاستفتاء الأحد على الدستور.', ref: SAT, expected: [day('الأحد', '2023-06-04')] },
    { name: 'no tense: «مباراة الأربعاء» on a Saturday is three days back', input: 'مباراة الأربعاء بين الفريقين بلا جمهور.', ref: SAT, expected: [day('الأربعاء', '2023-05-31')] },
    { name: 'past verb: «قال … الأحد» is the Sunday before', input: 'قال رئيس الوزراء الأحد إن الحكومة باقية.', ref: SAT, expected: [day('الأحد', '2023-05-28')] },
    { name: 'Gulf, feminine past verb: «أعلنت … الخميس»', input: 'أعلنت وزارة الصحة الكويتية الخميس تسجيل حالات جديدة.', ref: SAT, expected: [day('الخميس', '2023-06-01')] },
    { name: 'future verb: «سيجتمع … الجمعة»', input: 'سيجتمع مجلس الجامعة العربية الجمعة في القاهرة.', ref: SAT, expected: [day('الجمعة', '2023-06-09')] },
    { name: '«من المقرر» points forward', input: 'من المقرر أن تنطلق القمة الأربعاء في الجزائر.', ref: SAT, expected: [day('الأربعاء', '2023-06-07')] },
    {
      name: 'a tenseless weekday after an explicit date in the sentence before belongs to that date',
      input: 'وصل الوفد المغربي إلى عمّان في 12 يونيو 2023. واجتماع الخميس مع الوزير هو الأهم.',
      ref: SAT,
      expected: [day('12 يونيو 2023', '2023-06-12', 'absolute'), day('الخميس', '2023-06-15')],
    },
  ]);
});

describe('a weekday opening a sentence with «و»', () => {
  table([
    { name: 'Levantine: «والخميس، قال الوزير…»', input: 'والخميس، قال الوزير إن المفاوضات مستمرة.', ref: SAT, expected: [day('والخميس', '2023-06-01')] },
    { name: 'Tunisian: «والجمعة، أعلنت الجامعة…»', input: 'والجمعة، أعلنت الجامعة التونسية لكرة القدم قائمة المنتخب.', ref: SAT, expected: [day('والجمعة', '2023-06-02')] },
  ]);
});

describe('a weekday with its date in brackets or after «الموافق» is one expression, dated by the date', () => {
  const ref = '2018-03-10';
  table([
    { name: 'Egyptian: «يوم الجمعة (الموافق 9 مارس)»', input: 'تبدأ الإجازة يوم الجمعة (الموافق 9 مارس) وتستمر أسبوعا.', ref, expected: [day('يوم الجمعة (الموافق 9 مارس)', '2018-03-09')] },
    { name: 'Levantine: «يوم الجمعة (الموافق 9 آذار)»', input: 'تبدأ العطلة يوم الجمعة (الموافق 9 آذار).', ref, expected: [day('يوم الجمعة (الموافق 9 آذار)', '2018-03-09')] },
    { name: 'Gulf: «الجمعة، الموافق 9 مارس»', input: 'أقيم الحفل الجمعة، الموافق 9 مارس، في دبي.', ref, expected: [day('الجمعة، الموافق 9 مارس', '2018-03-09')] },
    { name: 'Moroccan: «يوم السبت (3 نونبر)»', input: 'انطلق المهرجان يوم السبت (3 نونبر) بمراكش.', ref: '2018-11-05', expected: [day('يوم السبت (3 نونبر)', '2018-11-03')] },
  ]);
});

describe('«اليوم (الأحد)» the day before the reference date: the stated weekday wins, with a warning', () => {
  const MON = '2024-03-04';
  table([{ name: 'Gulf: «اليوم (الأحد)» in an article dated Monday', input: 'تنطلق اليوم (الأحد) أعمال المؤتمر في الرياض.', ref: MON, expected: [day('اليوم (الأحد)', '2024-03-03')] }]);
  test('the warning names the stated weekday', () => {
    expect(warningsOf('تنطلق اليوم (الأحد) أعمال المؤتمر في الرياض.', MON).some((w) => /stated weekday wins: 2024-03-03/.test(w))).toBe(true);
  });
  table([{ name: 'a weekday two days off is not moved', input: 'تنطلق اليوم (السبت) أعمال المؤتمر.', ref: MON, expected: [day('اليوم (السبت)', MON)] }]);
});

describe('a weekday of a relative week', () => {
  // Tuesday 12 February 2013, weeks from Saturday (the extractor's default).
  const ref = '2013-02-12';
  table([
    { name: '«الأحد من الأسبوع الماضي»', input: 'وصل الأحد من الأسبوع الماضي.', ref, expected: [day('الأحد من الأسبوع الماضي', '2013-02-03')] },
    { name: '«ثلاثاء الأسبوع الفائت»', input: 'حدث ذلك ثلاثاء الأسبوع الفائت.', ref, expected: [day('ثلاثاء الأسبوع الفائت', '2013-02-05')] },
    { name: '«خميس الأسبوع المقبل»', input: 'الموعد خميس الأسبوع المقبل.', ref, expected: [day('خميس الأسبوع المقبل', '2013-02-21')] },
  ]);
});
