/**
 * The word sets the rules read, normalized once at load with the same function as the text
 * (clitics are removed by the rules, not listed here).
 */
import { normalizeWord } from '../../text/normalize.ts';

/** A word as the normalized text spells it. */
export const W = normalizeWord;
/** A set of normalized words. */
export const set = (...words: string[]) => new Set(words.map(W));
export const MIN = W('من');
export const AND = W('و');
export const AL = W('ال');
export const LAM = W('ل');
export const BA = W('ب');
// Definite duals and plurals of time units that open «the last/next n units» («الأسبوعين الماضيين»،
// «الأيام الثلاثة المقبلة»): unit and count (0 = a count must follow).
export const SPAN_UNITS = new Map<string, { unit: 'day' | 'week' | 'month' | 'year'; n: number }>(
  (
    [
      ['اليومين', 'day', 2], ['الأيام', 'day', 0], ['الأسبوعين', 'week', 2], ['الأسابيع', 'week', 0], ['الشهرين', 'month', 2], ['الأشهر', 'month', 0],
      ['الشهور', 'month', 0], ['العامين', 'year', 2], ['السنتين', 'year', 2], ['الأعوام', 'year', 0], ['السنوات', 'year', 0],
    ] as const
  ).map(([w, unit, n]) => [W(w), { unit, n }]),
);
// The adjectives after them, in every agreement (dual, feminine plural): past or future.
export const SPAN_PAST = set('الماضيين', 'الماضيان', 'الماضية', 'المنصرمين', 'المنصرمة', 'الأخيرين', 'الأخيرة', 'الفائتين', 'الفائتة', 'السابقين', 'الفارطين', 'الفارطة');
export const SPAN_NEXT = set('المقبلين', 'المقبلان', 'المقبلة', 'القادمين', 'القادمة', 'الجايين', 'الجاية');
// «إلى غاية»، «حتى حدود»، «لغاية يوم»: nouns that only restate the end of a range.
export const UNTIL_NOUNS = set('غاية', 'حدود', 'حد');
// Months named by their number after «شهر» («شهر 3»، «شهر ثلاثة»، «شهر عشرة»), as Levantine and
// Gulf speech and Duckling's corpus write them; one and two are left out («شهر واحد» is a duration).
export const MONTH_NUMBER_WORDS = new Map<string, number>(
  ([['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6], ['سبعة', 7], ['سبع', 7], ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10]] as const).map(([w, n]) => [W(w), n]),
);
// «نص» (colloquial) and «نصف» (half) of a month: its middle day.
export const HALF_WORDS = set('نص', 'نصف');
export const SHAHR = set('شهر');
export const NAFS = set('نفس');
export const TO_WORDS = set('إلى', 'الى', 'حتى', 'لغاية', 'غاية');
export const RANGE_STARTERS = set('من', 'بين', 'يومي', 'ابتداء', 'اعتبارا', 'منذ', 'خلال');
export const AGO_WORDS = new Map([[W('قبل'), -1], [W('منذ'), -1], [W('بعد'), 1]]);
export const PLURAL_THIRDS = new Map([[W('أوائل'), 1], [W('أواسط'), 2], [W('أواخر'), 3]]);
export const SANAWIYA = set('السنوية');
export const MA = W('ما');
export const FI_WORD = W('في');
export const BAYN = W('بين');
export const GHAD = W('غد');
export const ALA = W('على');
export const TODAY = W('اليوم');
export const FROM_ON = set('من', 'على');
export const KHILAL_FI = set('خلال', 'في');
export const IBTIDA = set('ابتداء', 'اعتبارا');
export const AQD = set('عقد');
export const TEEN = set('عشر', 'عشرة');
export const LAST = set('الأخير', 'الأخيرة');
// Weekday names without the article, counted by an ordinal («ثالث ثلاثاء»، «آخر جمعة»).
export const BARE_WEEKDAYS = new Map<string, number>(
  ([['أحد', 0], ['اثنين', 1], ['إثنين', 1], ['ثلاثاء', 2], ['ثلاثا', 2], ['أربعاء', 3], ['اربعا', 3], ['خميس', 4], ['جمعة', 5], ['سبت', 6]] as const).map(([w, d]) => [W(w), d]),
);
// Ordinals without the article count things in a construct («ثالث ثلاثاء» = the third Tuesday).
export const COUNTING_ORDINALS = new Map<string, number>(
  ([['ثاني', 2], ['ثان', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5]] as const).map(([w, n]) => [W(w), n]),
);
export const FIRST_WORD = set('أول');
export const LAST_WORD = set('آخر', 'اخر');
// Words around «الاثنين» that make it «the two», not Monday.
// After «يوافق»/«يصادف» it restates the date before it (read there, not as the nearest Monday).
export const TWO_BEFORE = set('بين', 'كلا', 'أحد', 'إحدى', 'هذين', 'من', 'عن', 'إلى', 'مع', 'ضد', 'بينهما', 'يوافق', 'توافق', 'يصادف', 'تصادف');
export const TWO_AFTER = set('معا', 'كليهما', 'الآخرين', 'المذكورين', 'اللذين');
// «الأسبوع التالي»، «الشهر التالي»: the next week or month. Only with these two units: «العام التالي»
// in a story about the past is the year after the one told, not the year after publication.
export const FOLLOWING = set('التالي', 'التالية');
// «عن بكرة أبيهم» (all of them, to the last one) is an idiom, not tomorrow.
export const BUKRA = W('بكرة');
export const BUKRA_IDIOM = set('أبيهم', 'أبيه', 'أبيها', 'أبيهن');
// Words that, after a number, show it counted something: the number is not a year.
export const UNIT_AFTER = set('عام', 'عاما', 'سنة', 'سنوات', 'أعوام', 'سنين', 'يوم', 'يوما', 'أيام', 'شهر', 'شهرا', 'أشهر', 'شهور', 'ساعة', 'ساعات', 'دقيقة', 'قرن', 'ألف', 'آلاف', 'مليون', 'مليار', 'ملايين', 'مليارات');
// Words before a number that make it an identifier or a quantity (UN resolution 2254, «عدد 2000»).
export const NOT_YEAR_BEFORE = set(
  'قرار', 'القرار', 'رقم', 'الرقم', 'المادة', 'مادة', 'الفصل', 'فصل', 'البند', 'بند', 'القانون', 'قانون', 'مرسوم', 'المرسوم', 'الطريق', 'طريق', 'الرحلة', 'رحلة', 'الغرفة', 'العدد', 'عدد', 'صفحة', 'ص', 'نحو', 'حوالي', 'قرابة', 'زهاء', 'أكثر', 'أقل', 'مجموع', 'بلغ', 'بلغت', 'قدره', 'قيمته', 'بقيمة', 'مبلغ', 'المرتبة', 'الدرجة', 'ارتفاع', 'علو', 'عمق', 'مسافة', 'الكيلومتر', 'كيلومتر', 'الحافلة', 'الخط', 'الهاتف', 'هاتف', 'الرمز', 'قيمة', 'سعر', 'بسعر', 'بنحو', 'وبلغ',
);
// After these, a bare four-digit number is a year whatever follows (unless a unit does).
export const STRONG_BEFORE = set('السنوات', 'الأعوام', 'منذ', 'حتى', 'مطلع', 'منتصف', 'نهاية', 'بداية', 'أواخر', 'أوائل', 'أواسط', 'موفى', 'مستهل', 'خلال', 'بحلول', 'طيلة', 'طوال', 'قبيل', 'صيف', 'ربيع', 'خريف', 'شتاء', 'موسم', 'ابتداء', 'اعتبارا', 'أعوام', 'سنوات', 'عامي', 'سنتي', 'لغاية', 'غاية');
// After these, it is a year when the next word also reads like the end of a time adverbial.
export const WEAK_BEFORE = set('في', 'قبل', 'بعد', 'إلى', 'الى', 'من', 'عن', 'بين', 'و');
export const FOLLOW_OK = set(
  'في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'حين', 'عندما', 'حيث', 'ثم', 'إثر', 'اثر', 'لكن', 'لكنه', 'بينما', 'قبل', 'بعد', 'حتى', 'وفق', 'وفقا', 'أي', 'بعدما', 'و', 'إذ', 'كما', 'ضمن', 'لدى', 'خلال', 'بسبب', 'قد', 'لقد', 'كان', 'كانت', 'تم', 'شهد', 'شهدت', 'أن', 'إن', 'التي', 'الذي', 'عندها', 'وحتى', 'الماضي', 'المقبل', 'ولغاية', 'وإلى',
);
export const CLOSE_PUNCT = new Set(['.', '،', ',', ')', '"', '»', '”', '“', '«', ':', '؛', ';', '!', '؟', '?', '…', '’', "'", ']']);
export const DASH = '-';
// Adjectives that make «اليوم» a named day («اليوم الوطني»، «اليوم التالي»، «اليوم الموعود»).
export const DAY_ADJECTIVES = set('التالي', 'الأخير', 'الموعود', 'المفتوح', 'المشهود', 'السابق', 'الفاصل', 'الحاسم', 'الكبير', 'العظيم', 'المشؤوم', 'الدامي', 'الطويل', 'الأسود', 'الوحيد', 'ذاته', 'نفسه', 'عينه', 'الذي', 'المحدد', 'المقرر', 'المنتظر');
// Nouns that end in ى (folded to ي) and follow «اليوم» as its object («تحيي … اليوم الذكرى»).
export const Y_NOUNS = set('الذكرى', 'الفتوى', 'الدعوى', 'الشكوى', 'المستشفى', 'الحمى');
export const CARDINALS = new Map<string, number>(
  (
    [
      ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6], ['سبعة', 7], ['سبع', 7],
      ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10], ['بضعة', 3], ['بضع', 3],
    ] as const
  ).map(([w, n]) => [W(w), n]),
);
export const DURATION_UNITS = new Map<string, { unit: 'day' | 'week' | 'month' | 'year'; count: number; plural: boolean }>(
  (
    [
      ['يوم', 'day', 1, false], ['يومين', 'day', 2, false], ['أيام', 'day', 1, true], ['يوما', 'day', 1, true],
      ['أسبوع', 'week', 1, false], ['أسبوعين', 'week', 2, false], ['أسابيع', 'week', 1, true], ['أسبوعا', 'week', 1, true],
      ['شهر', 'month', 1, false], ['شهرين', 'month', 2, false], ['أشهر', 'month', 1, true], ['شهور', 'month', 1, true], ['شهرا', 'month', 1, true],
      ['عام', 'year', 1, false], ['عامين', 'year', 2, false], ['أعوام', 'year', 1, true], ['عاما', 'year', 1, true],
      ['سنة', 'year', 1, false], ['سنتين', 'year', 2, false], ['سنوات', 'year', 1, true], ['سنة', 'year', 1, false], ['سنين', 'year', 1, true],
    ] as const
  ).map(([w, unit, count, plural]) => [W(w), { unit, count, plural }]),
);
