/**
 * The grammar and its resolution, table-driven on sentences in the style of Arab news outlets
 * (Tunisia, Algeria, Morocco, Lebanon, Syria, Iraq, Egypt, Saudi Arabia, the Gulf). Each case gives
 * the reference date it is read against; expected dates are worked out by hand from the calendar.
 */
import { describe, expect, test } from 'vitest';
import { day, type TimexView, timexes } from '../extract/helpers.ts';

interface Case {
  name: string;
  input: string;
  ref?: string;
  expected: TimexView[];
}

const year = (text: string, y: number, kind: TimexView['kind'] = 'absolute'): TimexView => ({ text, start: `${y}-01-01`, end: `${y}-12-31`, grain: 'year', kind });
const month = (text: string, ym: string, last: number, kind: TimexView['kind'] = 'absolute'): TimexView => ({ text, start: `${ym}-01`, end: `${ym}-${last}`, grain: 'month', kind });
const span = (text: string, start: string, end: string, grain: TimexView['grain'], kind: TimexView['kind']): TimexView => ({ text, start, end, grain, kind });

function table(title: string, cases: Case[]) {
  describe(title, () => {
    test.each(cases)('$name', ({ input, ref, expected }) => expect(timexes(input, ref ?? '2023-07-27')).toEqual(expected));
  });
}

table('paired month names are one expression and keep the year', [
  { name: 'Levantine/Egyptian with a space after the slash', input: 'وقعت الهدنة في 27 تموز/ يوليو 1953 في بانمونجوم.', expected: [day('27 تموز/ يوليو 1953', '1953-07-27')] },
  { name: 'Egyptian/Levantine without spaces', input: 'وقعت الهدنة في 27 يوليو/تموز 1953.', expected: [day('27 يوليو/تموز 1953', '1953-07-27')] },
  { name: 'space before the slash', input: 'انتخب المجلس في 3 أيار /مايو 2019 رئيسا جديدا.', expected: [day('3 أيار /مايو 2019', '2019-05-03')] },
  { name: 'second name in parentheses (Lebanese press)', input: 'انطلقت الاحتجاجات في 15 آذار (مارس) 2011 في درعا.', expected: [day('15 آذار (مارس) 2011', '2011-03-15')] },
  { name: 'Iraqi «كانون الثاني/يناير»', input: 'جرت الانتخابات في 30 كانون الثاني/يناير 2005 في بغداد.', expected: [day('30 كانون الثاني/يناير 2005', '2005-01-30')] },
  { name: 'month and year, paired', input: 'ارتفعت الأسعار في تموز/يوليو 2023 بشكل ملحوظ.', expected: [month('تموز/يوليو 2023', '2023-07', 31)] },
  {
    name: 'names that disagree are not paired',
    input: 'وصل الوفد في 3 تموز/ أغسطس 2019.',
    expected: [day('3 تموز', '2023-07-03', 'relative'), month('أغسطس 2019', '2019-08', 31)],
  },
]);

table('clitics and the ل + ال fusion', [
  { name: '«للسابع من أيار»', input: 'وتعود الأحداث للسابع من أيار 2008 في بيروت.', expected: [day('للسابع من أيار 2008', '2008-05-07')] },
  { name: '«للعام»', input: 'ويعود آخر تعداد للعام 2014 حسب المعهد.', expected: [year('للعام 2014', 2014)] },
  { name: '«وبالأمس»', input: 'وبالأمس أعلنت الوزارة عن الخطة.', expected: [day('وبالأمس', '2023-07-26', 'relative')] },
  { name: 'ordinal day in words', input: 'عقد المؤتمر في الخامس والعشرين من كانون الأول 2022 في عمان.', expected: [day('الخامس والعشرين من كانون الأول 2022', '2022-12-25')] },
  { name: 'Algerian «الفاتح من نوفمبر»', input: 'اندلعت الثورة التحريرية في الفاتح من نوفمبر 1954.', expected: [day('الفاتح من نوفمبر 1954', '1954-11-01')] },
  { name: 'Moroccan «فاتح غشت»', input: 'يدخل القرار حيز التنفيذ في فاتح غشت 2024.', expected: [day('فاتح غشت 2024', '2024-08-01')] },
  { name: '«غرة»، «منتصف»، «نهاية»، «موفى» of a month', input: 'بدأ البرنامج غرة مارس 2023 وتواصل منتصف أبريل 2023 وانتهى موفى جوان 2023.', expected: [day('غرة مارس 2023', '2023-03-01'), day('منتصف أبريل 2023', '2023-04-15'), day('موفى جوان 2023', '2023-06-30')] },
]);

table('glued days, invisible marks and both digit systems', [
  { name: 'a day glued to its month («08جوان»)', input: 'تقام المباراة النهائية يوم 08جوان 2023 بملعب رادس.', expected: [day('يوم 08جوان 2023', '2023-06-08')] },
  { name: 'a preposition glued to the day («في29»)', input: 'انطلقت الحملة في29 آذار 2024 في حلب.', expected: [day('29 آذار 2024', '2024-03-29')] },
  { name: 'a space then a no-break space before the month', input: 'أعلنت الحكومة في 29 \u00a0آذار 2024 خطة جديدة.', expected: [day('29 \u00a0آذار 2024', '2024-03-29')] },
  { name: 'Arabic-Indic digits and RLM marks', input: 'صدر المرسوم في \u200f٢٣\u200f أيلول ٢٠١٩ في دمشق.', expected: [day('٢٣\u200f أيلول ٢٠١٩', '2019-09-23')] },
  { name: 'Persian digits', input: 'تم توقيع الاتفاق في ۱۴ نوفمبر ۲۰۲۲ بالدوحة.', expected: [day('۱۴ نوفمبر ۲۰۲۲', '2022-11-14')] },
  { name: 'tatweel and diacritics', input: 'يُعقَد الاجتماعُ غـداً في الرياض.', expected: [day('غـداً', '2023-07-28', 'relative')] },
]);

table('numeric dates (day first)', [
  { name: 'slashes, Arabic-Indic digits', input: 'صدر القرار بتاريخ ١٢/٢/٢٠١٨ عن وزارة الداخلية.', expected: [day('١٢/٢/٢٠١٨', '2018-02-12')] },
  { name: 'hyphens', input: 'صدر القرار بتاريخ 12-02-2018 عن الوزارة.', expected: [day('12-02-2018', '2018-02-12')] },
  { name: 'a month and its year', input: 'تراجع التضخم في 3/2015 وفي 2015/11 حسب المعهد.', expected: [month('3/2015', '2015-03', 31), month('2015/11', '2015-11', 30)] },
  { name: 'year first', input: 'صدر القرار بتاريخ 2018/02/12 عن الوزارة.', expected: [day('2018/02/12', '2018-02-12')] },
  { name: 'dots', input: 'صدر القرار بتاريخ 12.02.2018 عن الوزارة.', expected: [day('12.02.2018', '2018-02-12')] },
  { name: 'Persian digits', input: 'صدر القرار بتاريخ ۱۲/۰۲/۲۰۱۸ عن الوزارة.', expected: [day('۱۲/۰۲/۲۰۱۸', '2018-02-12')] },
  { name: 'a longer chain is a reference number, not a date', input: 'رقم الملف 12-02-2018-55 لدى المحكمة.', expected: [] },
  { name: 'decimals are not dates', input: 'نما الاقتصاد بنسبة 3.5 بالمئة.', expected: [] },
]);

table('years, decades and centuries', [
  { name: '«عام»', input: 'تأسست الشركة عام 2005 في الدار البيضاء.', expected: [year('عام 2005', 2005)] },
  { name: '«سنة»', input: 'صدر القانون سنة 2016 بعد نقاش طويل.', expected: [year('سنة 2016', 2016)] },
  { name: 'a four-digit year after «منذ»', input: 'منذ 2014 تعيش البلاد أزمة سياسية.', expected: [year('2014', 2014)] },
  { name: 'a quantity is not a year', input: 'أرسلت الحكومة 2000 جندي إلى الحدود.', expected: [] },
  { name: 'a quantity after «نحو» is not a year either', input: 'شارك نحو 1500 شخص في المسيرة.', expected: [] },
  { name: 'an edition year after a hyphen is a year, not a negative number', input: 'زار الوزير “معرض الأسلحة -2023” في العاصمة.', expected: [year('2023', 2023)] },
  { name: 'a Hijri year', input: 'أعلنت الرئاسة خطة عام 1445 هـ للحج.', expected: [span('عام 1445 هـ', '2023-07-19', '2024-07-06', 'year', 'absolute')] },
  { name: 'a decade', input: 'عرفت الجزائر في التسعينيات عشرية دامية.', expected: [span('التسعينيات', '1990-01-01', '1999-12-31', 'decade', 'absolute')] },
  { name: 'a decade of the last century', input: 'هاجر كثيرون في ثمانينيات القرن الماضي إلى الخليج.', expected: [span('ثمانينيات القرن الماضي', '1980-01-01', '1989-12-31', 'decade', 'relative')] },
  { name: 'a century in words', input: 'شهد القرن العشرين حربين عالميتين.', expected: [span('القرن العشرين', '1900-01-01', '1999-12-31', 'century', 'absolute')] },
  { name: 'a century in digits after «الـ»', input: 'بني القصر في القرن الـ19 على الطراز العثماني.', expected: [span('القرن الـ19', '1800-01-01', '1899-12-31', 'century', 'absolute')] },
  { name: 'a compound ordinal century', input: 'تحديات القرن الحادي والعشرين كبيرة.', expected: [span('القرن الحادي والعشرين', '2000-01-01', '2099-12-31', 'century', 'absolute')] },
  { name: '«القرن الجديد» is vague', input: 'وفقا لمتطلبات القرن الجديد.', expected: [] },
]);

table('ranges are inclusive', [
  { name: 'years with a hyphen', input: 'قتل الآلاف في الحرب الكورية 1950-1953.', expected: [span('1950-1953', '1950-01-01', '1953-12-31', 'year', 'range')] },
  { name: 'years in parentheses', input: 'وصفت الحرب الأهلية (1975-1990) بأنها مدمرة.', expected: [span('1975-1990', '1975-01-01', '1990-12-31', 'year', 'range')] },
  { name: '«منذ عام … حتى عام …»', input: 'تولى المنصب منذ عام ٢٠١٤ وحتى عام ٢٠٢٢ دون انقطاع.', expected: [span('منذ عام ٢٠١٤ وحتى عام ٢٠٢٢', '2014-01-01', '2022-12-31', 'year', 'range')] },
  { name: '«بين عامي … و…»', input: 'تضاعف عدد السكان بين عامي 1975 و1990 في المدينة.', expected: [span('بين عامي 1975 و1990', '1975-01-01', '1990-12-31', 'year', 'range')] },
  { name: 'a list of consecutive years (Iraq)', input: 'صوت البرلمان على قانون الموازنة للسنوات 2023 و2024 و2025 بالأغلبية.', expected: [span('2023 و2024 و2025', '2023-01-01', '2025-12-31', 'year', 'range')] },
  { name: '«منذ عام 2003» is a year, not «a year ago»', input: 'وتعد هذه أول موازنة ثلاثية منذ عام 2003 في العراق.', expected: [year('عام 2003', 2003)] },
  { name: 'days of this month', input: 'تقام الدورة من 4 إلى 22 هذا الشهر في الرباط.', ref: '2024-03-12', expected: [span('من 4 إلى 22 هذا الشهر', '2024-03-04', '2024-03-22', 'day', 'range')] },
  { name: '«بين 13 و15 تموز»', input: 'تتواصل الفعاليات بين 13 و15 تموز في صيدا.', expected: [span('بين 13 و15 تموز', '2023-07-13', '2023-07-15', 'day', 'range')] },
  { name: '«يومي 1 و2 فيفري»', input: 'تنظم التظاهرة يومي 1 و2 فيفري 2024 بالعاصمة.', expected: [span('يومي 1 و2 فيفري 2024', '2024-02-01', '2024-02-02', 'day', 'range')] },
  { name: 'days across two months', input: 'يقام المهرجان من 28 يونيو إلى 2 يوليو 2022 في جرش.', expected: [span('من 28 يونيو إلى 2 يوليو 2022', '2022-06-28', '2022-07-02', 'day', 'range')] },
  { name: 'months', input: 'ارتفع التضخم من يناير إلى مارس 2023 في مصر.', expected: [span('من يناير إلى مارس 2023', '2023-01-01', '2023-03-31', 'month', 'range')] },
  { name: 'ordinal days', input: 'يقام المعرض من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر 2023.', expected: [span('من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر 2023', '2023-10-23', '2023-10-26', 'day', 'range')] },
  { name: 'the early days of a month («أوائل»)', input: 'تبدأ الحملة في أوائل شهر مارس 2024.', expected: [span('أوائل شهر مارس 2024', '2024-03-01', '2024-03-10', 'day', 'range')] },
  { name: 'the first week of a month', input: 'تجرى الامتحانات خلال الأسبوع الأول من أكتوبر 2023.', expected: [span('الأسبوع الأول من أكتوبر 2023', '2023-10-01', '2023-10-07', 'day', 'range')] },
  { name: 'the last week of last month', input: 'تراجعت الأسعار في الأسبوع الأخير من الشهر الماضي.', expected: [span('الأسبوع الأخير من الشهر الماضي', '2023-06-24', '2023-06-30', 'day', 'range')] },
  { name: 'a season across two years', input: 'انطلق موسم 2022/2023 بمشاركة 16 فريقا.', expected: [span('2022/2023', '2022-01-01', '2023-12-31', 'year', 'range')] },
]);

table('relative days and weekdays (reference Thursday 27 July 2023)', [
  { name: '«اليوم»', input: 'وتحيي المدينة اليوم، ذكرى تأسيسها.', expected: [day('اليوم', '2023-07-27', 'relative')] },
  { name: '«اليوم الخميس» is one expression', input: 'وقالت الوزارة في بيان، اليوم الخميس: إن الاجتماع انتهى.', expected: [day('اليوم الخميس', '2023-07-27', 'relative')] },
  { name: '«أمس» and «أول من أمس»', input: 'وصل الوفد أمس بعد أن غادر بيروت أول من أمس.', expected: [day('أمس', '2023-07-26', 'relative'), day('أول من أمس', '2023-07-25', 'relative')] },
  { name: '«غدا» and «بعد غد»', input: 'يصل الوفد غدا على أن يغادر بعد غد.', expected: [day('غدا', '2023-07-28', 'relative'), day('بعد غد', '2023-07-29', 'relative')] },
  { name: '«مساء أمس الأربعاء»', input: 'زار الوزير المعرض مساء أمس الأربعاء.', expected: [day('مساء أمس الأربعاء', '2023-07-26', 'relative', 'evening')] },
  { name: '«صباح اليوم»', input: 'انفجرت عبوة صباح اليوم في السوق.', expected: [day('صباح اليوم', '2023-07-27', 'relative', 'morning')] },
  { name: '«بعد ظهر الثلاثاء» in a past sentence', input: 'اجتمع المجلس بعد ظهر الثلاثاء في القصر.', expected: [day('بعد ظهر الثلاثاء', '2023-07-25', 'relative', 'afternoon')] },
  { name: 'night from Monday to Tuesday', input: 'شنت الطائرات غارات ليل الاثنين الثلاثاء على المنطقة.', expected: [span('ليل الاثنين الثلاثاء', '2023-07-24', '2023-07-25', 'day', 'relative')].map((t) => ({ ...t, partOfDay: 'night' as const })) },
  { name: 'a bare weekday in a past sentence is the most recent one', input: 'التقى الرئيس نظيره الأحد في الرياض.', expected: [day('الأحد', '2023-07-23', 'relative')] },
  { name: 'a bare weekday in a future sentence (سـ) is the next one', input: 'سيلتقي الرئيس نظيره الأحد في الرياض.', expected: [day('الأحد', '2023-07-30', 'relative')] },
  { name: '«سوف» points forward too', input: 'سوف تعقد القمة الجمعة في الدوحة.', expected: [day('الجمعة', '2023-07-28', 'relative')] },
  { name: '«الأربعاء الماضي» and «الأحد المقبل»', input: 'بدأت المفاوضات الأربعاء الماضي وتستأنف الأحد المقبل.', expected: [day('الأربعاء الماضي', '2023-07-26', 'relative'), day('الأحد المقبل', '2023-07-30', 'relative')] },
  { name: 'a weekday checking its date is one expression', input: 'عقدت الجلسة الخميس الموافق 14 شباط 2019 في بيروت.', expected: [day('الخميس الموافق 14 شباط 2019', '2019-02-14')] },
  { name: '«يوم الخميس في 14 شباط» (Lebanese)', input: 'عقدت الجلسة يوم الخميس في 14 شباط 2019 في بيروت.', expected: [day('يوم الخميس في 14 شباط 2019', '2019-02-14')] },
  { name: '«الاثنين» as «the two» is no weekday', input: 'وجرى لقاء بين الاثنين في القصر.', expected: [] },
  { name: 'a day and month without year: the occurrence nearest the reference', input: 'وكان الوفد قد وصل في 15 ديسمبر إلى المدينة.', ref: '2024-01-10', expected: [day('15 ديسمبر', '2023-12-15', 'relative')] },
  { name: '… the next one in a future sentence', input: 'ستجرى الانتخابات في 15 يناير المقبل.', ref: '2023-12-20', expected: [day('15 يناير المقبل', '2024-01-15', 'relative')] },
  { name: 'durations before the reference (a span starts at its word, clitics included)', input: 'قبل يومين، أعلنت الحكومة خطة، ومنذ ثلاثة أسابيع والمفاوضات متعثرة.', expected: [day('قبل يومين', '2023-07-25', 'relative'), day('ومنذ ثلاثة أسابيع', '2023-07-06', 'relative')] },
  { name: '«قبل شهر» is the same day a month earlier', input: 'أطلقت الشركة المنتج قبل شهر في دبي.', expected: [day('قبل شهر', '2023-06-27', 'relative')] },
  { name: 'the weekday decides the year of a day without one', input: 'وصل الوفد الخميس 15 اغسطس إلى عمان.', ref: '2013-02-12', expected: [day('الخميس 15 اغسطس', '2013-08-15', 'relative')] },
  { name: '«الثلاثاء السابق» is the previous Tuesday', input: 'أعلنت اللجنة النتائج يوم الثلاثاء السابق.', expected: [day('يوم الثلاثاء السابق', '2023-07-25', 'relative')] },
  { name: 'an ordinal day after «الموافق»', input: 'انعقدت القمة الأربعاء الموافق الثالث عشر من شباط 2013 في القاهرة.', expected: [day('الأربعاء الموافق الثالث عشر من شباط 2013', '2013-02-13')] },
]);

table('weeks, months, quarters and years relative to the reference', [
  { name: '«الأسبوع الجاري»: the Saturday-to-Friday week holding the reference', input: 'يزور الوفد البلاد خلال الأسبوع الجاري.', expected: [span('الأسبوع الجاري', '2023-07-22', '2023-07-28', 'week', 'relative')] },
  { name: '«الأسبوع الماضي» and «الأسبوع المقبل»', input: 'تراجعت البورصة الأسبوع الماضي وقد تتعافى الأسبوع المقبل.', expected: [span('الأسبوع الماضي', '2023-07-15', '2023-07-21', 'week', 'relative'), span('الأسبوع المقبل', '2023-07-29', '2023-08-04', 'week', 'relative')] },
  { name: '«الشهر الماضي» and «الشهر المقبل»', input: 'ارتفع التضخم الشهر الماضي وقد يتراجع الشهر المقبل.', expected: [month('الشهر الماضي', '2023-06', 30, 'relative'), month('الشهر المقبل', '2023-08', 31, 'relative')] },
  { name: '«يونيو الجاري»', input: 'تنطلق الامتحانات منتصف يونيو الجاري.', ref: '2023-06-10', expected: [day('منتصف يونيو الجاري', '2023-06-15', 'relative')] },
  { name: '«سبتمبر الماضي» is the last September before the reference month', input: 'أعلنت الشركة في سبتمبر الماضي عن أرباح.', ref: '2023-09-15', expected: [month('سبتمبر الماضي', '2022-09', 30, 'relative')] },
  { name: '«فيفري القادم»', input: 'تجرى الانتخابات البلدية في فيفري القادم.', expected: [month('فيفري القادم', '2024-02', 29, 'relative')] },
  { name: 'a bare month in a past sentence', input: 'تراجعت الصادرات في مارس بشكل حاد.', expected: [month('مارس', '2023-03', 31, 'relative')] },
  { name: 'a bare month in a future sentence', input: 'ستجرى الانتخابات في ديسمبر في موعدها.', expected: [month('ديسمبر', '2023-12', 31, 'relative')] },
  { name: '«مارس» as a verb is no month', input: 'مارس الرئيس ضغوطا على البرلمان.', expected: [] },
  { name: 'the fourth quarter of the reference year', input: 'يتوقع البنك نموا خلال الربع الرابع بنسبة ضعيفة.', expected: [span('الربع الرابع', '2023-10-01', '2023-12-31', 'month', 'relative')] },
  { name: 'the fourth quarter of last year', input: 'تراجعت الأسعار خلال الربع الرابع من العام الماضي.', expected: [span('الربع الرابع من العام الماضي', '2022-10-01', '2022-12-31', 'month', 'relative')] },
  { name: '«العام الماضي» and «السنة الجارية»', input: 'ارتفعت الصادرات العام الماضي وتراجعت السنة الجارية.', expected: [year('العام الماضي', 2022, 'relative'), year('السنة الجارية', 2023, 'relative')] },
  { name: '«15 من الشهر ذاته» after a named month', input: 'أغلقت المدارس في 3 مارس 2020، وفي 15 من الشهر ذاته أغلقت الحدود.', expected: [day('3 مارس 2020', '2020-03-03'), day('15 من الشهر ذاته', '2020-03-15', 'relative')] },
  { name: '«بنفس التاريخ»', input: 'أغلقت المدارس في 3 مارس 2020، وبنفس التاريخ أغلقت الحدود.', expected: [day('3 مارس 2020', '2020-03-03'), day('وبنفس التاريخ', '2020-03-03', 'relative')] },
]);

table('anniversaries give the year they fall in', [
  { name: 'Algeria: «الذكرى الـ 69» of 1 November 1954', input: 'تحيي الجزائر الذكرى الـ 69 لاندلاع ثورة أول نوفمبر 1954.', expected: [year('الذكرى الـ 69', 2023, 'anniversary'), day('أول نوفمبر 1954', '1954-11-01')] },
  { name: 'Tunisia: a compound feminine ordinal', input: 'احتفلت تونس بالذكرى السابعة والستين لاستقلالها عام 1956.', expected: [year('بالذكرى السابعة والستين', 2023, 'anniversary'), year('عام 1956', 1956)] },
  { name: 'Saudi Arabia: the centenary', input: 'أقيم حفل بمناسبة الذكرى المئوية لتأسيس الكلية عام 1924.', expected: [year('الذكرى المئوية', 2024, 'anniversary'), year('عام 1924', 1924)] },
  { name: 'a range counts from its end («انتصار»)', input: 'أقيم عرض للذكرى السبعين لانتصار الشعب في حرب 1950-1953.', expected: [year('للذكرى السبعين', 2023, 'anniversary'), span('1950-1953', '1950-01-01', '1953-12-31', 'year', 'range')] },
  { name: '… and from its start when it began («اندلاع»)', input: 'تحل الذكرى الخمسون لاندلاع الحرب الأهلية 1975-1990.', expected: [year('الذكرى الخمسون', 2025, 'anniversary'), span('1975-1990', '1975-01-01', '1990-12-31', 'year', 'range')] },
  { name: 'without a base year in its sentence: not dated', input: 'تحتفل المدرسة بالذكرى الخمسين لتأسيسها.', expected: [] },
]);

table('Hijri dates (Umm al-Qura)', [
  { name: '«10 شوال 1439 هـ»', input: 'انعقد الاجتماع في 10 شوال 1439 هـ بحضور الوزراء.', expected: [day('10 شوال 1439 هـ', '2018-06-24')] },
  { name: '«1 رمضان 1445» without the era mark', input: 'أعلنت المحكمة أن 1 رمضان 1445 يوافق الاثنين.', expected: [day('1 رمضان 1445', '2024-03-11')] },
  { name: '«غرة ذي الحجة 1444»', input: 'تبدأ مناسك الحج بعد غرة ذي الحجة 1444 بأيام.', expected: [day('غرة ذي الحجة 1444', '2023-06-19')] },
  { name: '«غرة ذي الحجة» without a year: the nearest one', input: 'أعلنت المحكمة العليا أن غرة ذي الحجة توافق الاثنين.', ref: '2023-06-10', expected: [day('غرة ذي الحجة', '2023-06-19', 'relative')] },
  { name: '«جمادى الآخرة» and «ربيع الآخر»', input: 'صدر الأمر في 5 جمادى الآخرة 1445 هـ وعدل في 20 ربيع الآخر 1445 هـ.', expected: [day('5 جمادى الآخرة 1445 هـ', '2023-12-18'), day('20 ربيع الآخر 1445 هـ', '2023-11-04')] },
  { name: '«رمضان المقبل»', input: 'يبدأ العمل بالقرار في رمضان المقبل.', expected: [span('رمضان المقبل', '2024-03-11', '2024-04-09', 'month', 'relative')] },
  { name: '«شهر رمضان» during Ramadan', input: 'ترتفع الأسعار خلال شهر رمضان في الأسواق.', ref: '2024-03-20', expected: [span('شهر رمضان', '2024-03-11', '2024-04-09', 'month', 'relative')] },
  { name: '«شهر رمضان» far from any Ramadan is ambiguous', input: 'ترتفع الأسعار خلال شهر رمضان في الأسواق.', ref: '2023-07-27', expected: [] },
  { name: '«صفر» only next to a number', input: 'كانت النتيجة صفر مقابل هدف، والموعد 5 صفر 1445.', expected: [day('5 صفر 1445', '2023-08-21')] },
  { name: 'a person named «رمضان» is no month', input: 'صرح محمد رمضان للصحفيين.', expected: [] },
  { name: '«رمضان 2019»: the Ramadan that falls in 2019', input: 'تراجعت الأسعار خلال رمضان 2019 في الأسواق.', expected: [span('رمضان 2019', '2019-05-06', '2019-06-03', 'month', 'absolute')] },
  { name: '«عيد الفطر 2013»', input: 'ازدحمت الأسواق قبل عيد الفطر 2013 في القاهرة.', expected: [day('عيد الفطر 2013', '2013-08-08')] },
  { name: '«عيد الأضحى 1444 هـ»', input: 'صلى الحجاج عيد الأضحى 1444 هـ في منى.', expected: [day('عيد الأضحى 1444 هـ', '2023-06-28')] },
  { name: '«عيد الأضحى» without a year: the nearest one', input: 'ارتفعت أسعار الأضاحي قبل عيد الأضحى بأيام.', ref: '2023-06-20', expected: [day('عيد الأضحى', '2023-06-28', 'relative')] },
]);
