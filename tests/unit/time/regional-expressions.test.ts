/**
 * Future verbs, ordinal weekdays, colloquial days and month-first day ranges, table-driven on
 * sentences in the style of Jordanian, Egyptian, Lebanese, Gulf and Syrian outlets. The reference
 * date is Wednesday 13 March 2024 unless a case says otherwise; expected dates are worked out by hand
 * from the calendar (March 2024 starts on a Friday).
 */
import { describe, expect, test } from 'vitest';
import { normalizeForMatching } from '../../../src/lib/text/normalize.ts';
import { tokenize } from '../../../src/lib/text/tokens.ts';
import { pointsToFuture } from '../../../src/lib/time/tense.ts';
import { day, run, type TimexView, timexes } from '../extract/helpers.ts';

interface Case {
  name: string;
  input: string;
  ref?: string;
  expected: TimexView[];
}

const REF = '2024-03-13';
const span = (text: string, start: string, end: string, grain: TimexView['grain'], kind: TimexView['kind']): TimexView => ({ text, start, end, grain, kind });

function table(title: string, cases: Case[]) {
  describe(title, () => {
    test.each(cases)('$name', ({ input, ref, expected }) => expect(timexes(input, ref ?? REF)).toEqual(expected));
  });
}

describe('pointsToFuture reads the first-person future from the original spelling (سأ)', () => {
  const cases: { name: string; input: string; expected: boolean }[] = [
    { name: '«سأعود»', input: 'قال الوزير: سأعود إلى عمان.', expected: true },
    { name: '«وسأزور» with a conjunction', input: 'وسأزور الأردن قريبا.', expected: true },
    { name: 'with a fatha on the sin «سَأعود»', input: 'سَأعود إلى بيروت.', expected: true },
    { name: '«سأل» (asked) is a past verb', input: 'سأل الصحفي الوزير عن الزيارة.', expected: false },
    { name: '«ساعة» has no hamza', input: 'وقع الانفجار في ساعة متأخرة.', expected: false },
    { name: '«سابق» has no hamza', input: 'التقى وزيرا سابقا في دمشق.', expected: false },
  ];
  test.each(cases)('$name', ({ input, expected }) => {
    const norm = normalizeForMatching(input);
    const tokens = tokenize(norm.text);
    expect(pointsToFuture(tokens, 0, tokens.length, { text: input, startOf: norm.startOf })).toBe(expected);
  });
});

table('a future verb turns a bare weekday forward; a past one back', [
  { name: '«سأعود يوم الجمعة» is the coming Friday', input: 'قال وزير الخارجية الأردني: سأعود يوم الجمعة إلى عمان.', expected: [day('يوم الجمعة', '2024-03-15', 'relative')] },
  { name: '«سيزور … يوم الأحد»', input: 'سيزور الرئيس المصري العاصمة العمانية يوم الأحد.', expected: [day('يوم الأحد', '2024-03-17', 'relative')] },
  { name: '«زار … يوم الأحد» is the last Sunday', input: 'زار الرئيس المصري العاصمة العمانية يوم الأحد.', expected: [day('يوم الأحد', '2024-03-10', 'relative')] },
  { name: '«سوف يجتمع … الاثنين»', input: 'سوف يجتمع مجلس الوزراء اللبناني الاثنين لبحث الموازنة.', expected: [day('الاثنين', '2024-03-18', 'relative')] },
  { name: '«ستنطلق … الأحد»', input: 'ستنطلق القمة الخليجية الأحد في الدوحة.', expected: [day('الأحد', '2024-03-17', 'relative')] },
  { name: '«سنعود … الخميس»', input: 'وقال المفاوض: سنعود إلى الطاولة الخميس.', expected: [day('الخميس', '2024-03-14', 'relative')] },
  { name: '«سأل» does not point forward', input: 'سأل الصحفي الوزير عن زيارته يوم الجمعة.', expected: [day('يوم الجمعة', '2024-03-08', 'relative')] },
  { name: 'nouns in سـ do not point forward', input: 'ناقش البرلمان سياسة الطاقة وسيارات الدولة يوم الأحد.', expected: [day('يوم الأحد', '2024-03-10', 'relative')] },
  { name: '«بين الاثنين» is «between the two»', input: 'تصاعد الخلاف بين الاثنين حول الملف.', expected: [] },
  { name: '«الطرفين الاثنين» is «the two parties»', input: 'دعا الوسيط الطرفين الاثنين إلى التهدئة.', expected: [] },
]);

table('ordinal weekdays of a month', [
  { name: 'no fifth Sunday in February 2015: no date', input: 'أقيم الحفل في الأحد الخامس من فبراير 2015.', expected: [] },
  { name: '«الثلاثاء الثالث من أيلول 2014» is the third Tuesday', input: 'عقد المؤتمر الثلاثاء الثالث من أيلول 2014 في بيروت.', expected: [day('الثلاثاء الثالث من أيلول 2014', '2014-09-16')] },
  { name: '«الخميس الثالث من أكتوبر 2024» is Thursday the 3rd (the day agrees)', input: 'انطلق المعرض الخميس الثالث من أكتوبر 2024.', expected: [day('الخميس الثالث من أكتوبر 2024', '2024-10-03')] },
  { name: '«آخر اثنين من آذار 2023»', input: 'جرت الانتخابات البلدية في آخر اثنين من آذار 2023.', expected: [day('آخر اثنين من آذار 2023', '2023-03-27')] },
  { name: '«الاثنين الأخير من مارس 2023»', input: 'عقد الاجتماع الاثنين الأخير من مارس 2023.', expected: [day('الاثنين الأخير من مارس 2023', '2023-03-27')] },
  { name: '«ثاني أربعاء من شهر أكتوبر من عام 2014»', input: 'يعقد المجلس جلسته ثاني أربعاء من شهر أكتوبر من عام 2014.', expected: [day('ثاني أربعاء من شهر أكتوبر من عام 2014', '2014-10-08')] },
  { name: '«أول ثلاثاء من الشهر المقبل»', input: 'يعقد البنك المركزي اجتماعه في أول ثلاثاء من الشهر المقبل.', expected: [day('أول ثلاثاء من الشهر المقبل', '2024-04-02', 'relative')] },
  { name: '«آخر جمعة من رمضان 1445 هـ» (Umm al-Qura)', input: 'امتلأ المسجد في آخر جمعة من رمضان 1445 هـ.', expected: [day('آخر جمعة من رمضان 1445 هـ', '2024-04-05')] },
  { name: 'an ordinal that ranks a runner is no date', input: 'حل العداء المغربي ثالث في السباق.', expected: [] },
]);

describe('an impossible ordinal weekday is reported, not kept', () => {
  test('the warning names the missing fifth Sunday', () => {
    const r = run('أقيم الحفل في الأحد الخامس من فبراير 2015.', REF);
    expect(r.document.timexes).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toContain('impossible date «الأحد الخامس من فبراير 2015»: a fifth Sunday does not exist in 2015-02; not kept');
  });
});

table('colloquial and regional relative days', [
  { name: 'Egyptian «بكرة»', input: 'قال المتحدث إن الوفد يصل بكرة إلى القاهرة.', expected: [day('بكرة', '2024-03-14', 'relative')] },
  { name: '«امبارح»', input: 'وصل الوفد السعودي امبارح إلى القاهرة.', expected: [day('امبارح', '2024-03-12', 'relative')] },
  { name: '«إمبارح» with hamza', input: 'قال الشاهد إن الحادث وقع إمبارح.', expected: [day('إمبارح', '2024-03-12', 'relative')] },
  { name: '«أول امبارح»', input: 'غادر الوفد أول امبارح.', expected: [day('أول امبارح', '2024-03-11', 'relative')] },
  { name: '«يوم قبل أمس»', input: 'وقع الحادث يوم قبل أمس في الإسكندرية.', expected: [day('يوم قبل أمس', '2024-03-11', 'relative')] },
  { name: 'the idiom «عن بكرة أبيهم» is no date', input: 'خرج أهل القرية عن بكرة أبيهم.', expected: [] },
  { name: '«الأسبوع التالي» (weeks start on Saturday)', input: 'تستأنف المفاوضات الأسبوع التالي في مسقط.', expected: [span('الأسبوع التالي', '2024-03-16', '2024-03-22', 'week', 'relative')] },
  { name: '«الشهر التالي»', input: 'تبدأ الحملة الشهر التالي.', expected: [span('الشهر التالي', '2024-04-01', '2024-04-30', 'month', 'relative')] },
  { name: 'Egyptian «الأسبوع الجاي»', input: 'تعقد الجلسة الأسبوع الجاي.', expected: [span('الأسبوع الجاي', '2024-03-16', '2024-03-22', 'week', 'relative')] },
  { name: 'Levantine «الشهر الجاي»', input: 'يبدأ المهرجان الشهر الجاي.', expected: [span('الشهر الجاي', '2024-04-01', '2024-04-30', 'month', 'relative')] },
  { name: '«العام التالي» in a story is the year after the one told, not dated', input: 'وفي العام التالي استقال الوزير.', expected: [] },
]);

table('day ranges with the month first or last (inclusive)', [
  { name: '«يوليو 13-15»', input: 'يقام مهرجان جرش يوليو 13-15 في الأردن.', expected: [span('يوليو 13-15', '2024-07-13', '2024-07-15', 'day', 'range')] },
  { name: '«13-15 يوليو»', input: 'يقام مهرجان جرش 13-15 يوليو في الأردن.', expected: [span('13-15 يوليو', '2024-07-13', '2024-07-15', 'day', 'range')] },
  { name: '«تموز 13 إلى 15»', input: 'تقام البطولة تموز 13 إلى 15 في بيروت.', expected: [span('تموز 13 إلى 15', '2024-07-13', '2024-07-15', 'day', 'range')] },
  { name: '«أغسطس 27 حتى 29 2023» with its year', input: 'أقيم المعرض أغسطس 27 حتى 29 2023 في دبي.', expected: [span('أغسطس 27 حتى 29 2023', '2023-08-27', '2023-08-29', 'day', 'range')] },
  { name: 'a month then a count is no range', input: 'سجلت البلاد في يوليو 13 إصابة جديدة.', expected: [span('يوليو', '2023-07-01', '2023-07-31', 'month', 'relative')] },
]);

table('a month in a year named relative to today', [
  { name: '«مارس من العام الماضي»', input: 'ارتفعت الأسعار في مارس من العام الماضي.', expected: [span('مارس من العام الماضي', '2023-03-01', '2023-03-31', 'month', 'relative')] },
  { name: '«15 مارس من العام الماضي»', input: 'ارتفعت الأسعار في 15 مارس من العام الماضي.', expected: [day('15 مارس من العام الماضي', '2023-03-15', 'relative')] },
  { name: '«يونيو العام المقبل»', input: 'تجرى الانتخابات في يونيو العام المقبل.', expected: [span('يونيو العام المقبل', '2025-06-01', '2025-06-30', 'month', 'relative')] },
]);

table('the future is a preference: a date whose weekday fits only a past year is kept', [
  {
    name: '«سيفتتح … يوم الجمعة 7 أكتوبر»: only 7 October 2022 is a Friday',
    input: 'أعلنت الوزارة أن المعرض سيفتتح يوم الجمعة 7 أكتوبر.',
    ref: '2023-07-27',
    expected: [day('يوم الجمعة 7 أكتوبر', '2022-10-07', 'relative')],
  },
  { name: 'without a weekday the next 7 October is meant', input: 'أعلنت الوزارة أن المعرض سيفتتح في 7 أكتوبر.', ref: '2023-07-27', expected: [day('7 أكتوبر', '2023-10-07', 'relative')] },
]);

table('a future verb in a reported clause does not move the date of the report', [
  { name: '«أعلنت الوزارة الأحد أن المعرض سيفتتح»: the announcement was last Sunday', input: 'أعلنت الوزارة الأحد أن المعرض سيفتتح في عمان.', expected: [day('الأحد', '2024-03-10', 'relative')] },
  { name: '«قال الوزير إن المعرض سيفتتح الأحد»: the opening is next Sunday', input: 'قال الوزير إن المعرض سيفتتح الأحد.', expected: [day('الأحد', '2024-03-17', 'relative')] },
  { name: '«أكد الوزير أنه سيزور عمان الأحد»', input: 'أكد الوزير أنه سيزور عمان الأحد.', expected: [day('الأحد', '2024-03-17', 'relative')] },
  { name: '«ومن المقرر أن تنطلق الدورة الأحد»', input: 'ومن المقرر أن تنطلق الدورة الأحد.', expected: [day('الأحد', '2024-03-17', 'relative')] },
]);

table('the n-th weekday of the current month, and a dash or slash between day and month', [
  { name: '«سأعود يوم الأحد الثاني»: the second Sunday of September 2017', input: 'قال المبعوث: سأعود يوم الأحد الثاني.', ref: '2017-09-27', expected: [day('يوم الأحد الثاني', '2017-09-10', 'relative')] },
  { name: '«الثلاثاء الثالث»', input: 'تعقد اللجنة اجتماعها الثلاثاء الثالث.', ref: '2017-09-27', expected: [day('الثلاثاء الثالث', '2017-09-19', 'relative')] },
  { name: 'no fifth Sunday in September 2017: no date', input: 'قال المبعوث: سأعود يوم الأحد الخامس.', ref: '2017-09-27', expected: [] },
  { name: '«للجمعة الثانية على التوالي» counts Fridays', input: 'خرج المتظاهرون الجمعة الثانية على التوالي.', ref: '2017-09-27', expected: [day('الجمعة', '2017-09-22', 'relative')] },
  { name: '«28-نوفمبر»', input: 'تنطلق القمة العربية في 28-نوفمبر.', ref: '2016-11-07', expected: [day('28-نوفمبر', '2016-11-28', 'relative')] },
  { name: '«2/ أكتوبر 2016»', input: 'وصل الوفد في 2/ أكتوبر 2016 إلى دمشق.', ref: '2016-11-07', expected: [day('2/ أكتوبر 2016', '2016-10-02')] },
]);
