/**
 * The temporal lexicon: month names in every regional naming, weekdays, deictic days, parts of
 * day, relative markers and unit words. Entries are written as Arabic is printed and normalized
 * once at module load with the same function as the text, so «أيّار»، «ايار» and «أيار» meet.
 */
import { normalizeWord } from '../text/normalize.ts';
import type { PartOfDay } from '../types.ts';

/** What a month name needs around it before it is read as a month. */
export type MonthNeed =
  /** Unambiguous: a month wherever it stands in a date context. */
  | 'free'
  /** Short names that are also ordinary words («ماي» = May/Theresa May, «آب» = August/father): a day number before or a year after. */
  | 'number'
  /** Libyan names that are common nouns («الربيع»، «الماء»، «ناصر»): a day number before. */
  | 'day'
  /** Hijri names that are also personal names («رمضان»، «رجب»، «شعبان»): a number, «شهر» or a relative marker. */
  | 'context';

/** A lexicon entry: what a word or phrase means for the grammar. */
export type Entry =
  | { t: 'month'; m: number; cal: 'g' | 'h'; need: MonthNeed }
  | { t: 'weekday'; wd: number; strict: boolean }
  | { t: 'deictic'; offset: number; pod?: PartOfDay }
  | { t: 'pod'; pod: PartOfDay; pre: boolean; post: boolean }
  | { t: 'rel'; offset: -1 | 0 | 1 }
  | { t: 'unit'; unit: 'week' | 'month' | 'year' | 'quarter' | 'half' | 'decade' | 'century' }
  | { t: 'dayPos'; pos: 'first' | 'mid' | 'last' }
  | { t: 'yearWord'; dual: boolean }
  | { t: 'era'; cal: 'g' | 'h' }
  | { t: 'decade'; d: number }
  | { t: 'anniv' }
  | { t: 'yawm'; dual: boolean }
  | { t: 'same' }
  | { t: 'this' }
  | { t: 'date' }
  | { t: 'muwafiq' }
  | { t: 'season'; months: [number, number] }
  | { t: 'holiday'; cal: 'g' | 'h'; m: number; d: number };

const E = (entry: Entry, ...phrases: string[]) => phrases.map((p) => [p, entry] as const);
const g = (m: number, need: MonthNeed = 'free'): Entry => ({ t: 'month', m, cal: 'g', need });
const h = (m: number, need: MonthNeed = 'free'): Entry => ({ t: 'month', m, cal: 'h', need });

/** Gregorian month names: Egyptian/Gulf, Levantine/Iraqi, Maghrebi, Moroccan, Mauritanian and Libyan. */
const GREGORIAN: (readonly [string, Entry])[] = [
  ...E(g(1), 'يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'جانفييه'),
  ...E(g(1, 'day'), 'أي النار'),
  ...E(g(2), 'فبراير', 'فبرير', 'شباط', 'فيفري'),
  ...E(g(2, 'day'), 'النوار'),
  ...E(g(3), 'مارس', 'آذار'),
  ...E(g(3, 'day'), 'الربيع'),
  ...E(g(4), 'أبريل', 'إبريل', 'أفريل', 'نيسان'),
  ...E(g(4, 'day'), 'الطير'),
  ...E(g(5), 'مايو', 'أيار'),
  ...E(g(5, 'number'), 'ماي'),
  ...E(g(5, 'day'), 'الماء'),
  ...E(g(6), 'يونيو', 'يونيه', 'حزيران', 'جوان'),
  ...E(g(6, 'day'), 'الصيف'),
  ...E(g(7), 'يوليو', 'يوليه', 'تموز', 'جويلية', 'جويليه', 'يوليوز'),
  ...E(g(7, 'day'), 'ناصر'),
  ...E(g(8), 'أغسطس', 'أوت', 'غشت', 'أغشت'),
  ...E(g(8, 'number'), 'آب'),
  ...E(g(8, 'day'), 'هانيبال'),
  ...E(g(9), 'سبتمبر', 'سيبتمبر', 'أيلول', 'شتنبر', 'شتمبر'),
  ...E(g(9, 'day'), 'الفاتح'),
  ...E(g(10), 'أكتوبر', 'تشرين الأول', 'تشرين أول'),
  ...E(g(10, 'day'), 'التمور'),
  ...E(g(11), 'نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر', 'نوفنبر'),
  ...E(g(11, 'day'), 'الحرث'),
  ...E(g(12), 'ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر', 'دجمبر'),
  ...E(g(12, 'day'), 'الكانون'),
];

/** Hijri (Umm al-Qura) month names, with the genitive ذي and the variant names of months 4–6. */
const HIJRI: (readonly [string, Entry])[] = [
  ...E(h(1, 'context'), 'محرم', 'المحرم'),
  ...E(h(2, 'number'), 'صفر'),
  ...E(h(3), 'ربيع الأول'),
  ...E(h(4), 'ربيع الآخر', 'ربيع الثاني', 'ربيع الأخير'),
  ...E(h(5), 'جمادى الأولى', 'جمادى الأول'),
  ...E(h(6), 'جمادى الآخرة', 'جمادى الثانية', 'جمادى الثاني', 'جمادى الأخيرة', 'جمادى الآخر'),
  ...E(h(7, 'context'), 'رجب'),
  ...E(h(8, 'context'), 'شعبان'),
  ...E(h(9, 'context'), 'رمضان'),
  ...E(h(10, 'context'), 'شوال'),
  ...E(h(11), 'ذو القعدة', 'ذي القعدة', 'ذا القعدة'),
  ...E(h(12), 'ذو الحجة', 'ذي الحجة', 'ذا الحجة'),
];

const OTHER: (readonly [string, Entry])[] = [
  // 0 = Sunday … 6 = Saturday. «الاثنين» is also «the two» («بين الاثنين»): it needs a day context
  // around it; «الأحد عشر» (eleven) is excluded by the grammar.
  ...E({ t: 'weekday', wd: 0, strict: false }, 'الأحد'),
  ...E({ t: 'weekday', wd: 1, strict: true }, 'الاثنين', 'الإثنين', 'الاتنين'),
  ...E({ t: 'weekday', wd: 2, strict: false }, 'الثلاثاء', 'الثلاثا'),
  ...E({ t: 'weekday', wd: 3, strict: false }, 'الأربعاء', 'الاربعا'),
  ...E({ t: 'weekday', wd: 4, strict: false }, 'الخميس'),
  ...E({ t: 'weekday', wd: 5, strict: false }, 'الجمعة'),
  ...E({ t: 'weekday', wd: 6, strict: false }, 'السبت'),
  ...E({ t: 'deictic', offset: 0 }, 'اليوم'),
  ...E({ t: 'deictic', offset: 0, pod: 'night' }, 'الليلة'),
  ...E({ t: 'deictic', offset: -1 }, 'أمس', 'الأمس', 'البارحة'),
  ...E({ t: 'deictic', offset: -2 }, 'أول أمس', 'أول من أمس', 'أمس الأول'),
  ...E({ t: 'deictic', offset: 1 }, 'غدا', 'الغد'),
  ...E({ t: 'deictic', offset: 2 }, 'بعد غد', 'بعد الغد'),
  // Colloquial days quoted in Egyptian, Levantine and Gulf news: «بكرة» (tomorrow), «امبارح» (yesterday),
  // «أول امبارح» and «قبل أمس» (the day before yesterday).
  ...E({ t: 'deictic', offset: 1 }, 'بكرة', 'بكرا'),
  ...E({ t: 'deictic', offset: 2 }, 'بعد بكرة', 'بعد بكرا'),
  ...E({ t: 'deictic', offset: -1 }, 'امبارح', 'إمبارح', 'مبارح'),
  ...E({ t: 'deictic', offset: -2 }, 'أول امبارح', 'أول إمبارح', 'قبل أمس', 'قبل امبارح', 'قبل البارحة'),
  ...E({ t: 'pod', pod: 'morning', pre: true, post: false }, 'صباح', 'فجر', 'ضحى'),
  ...E({ t: 'pod', pod: 'morning', pre: false, post: true }, 'صباحا', 'فجرا', 'صباحاً'),
  ...E({ t: 'pod', pod: 'noon', pre: true, post: false }, 'ظهر', 'ظهيرة'),
  ...E({ t: 'pod', pod: 'noon', pre: false, post: true }, 'ظهرا'),
  ...E({ t: 'pod', pod: 'afternoon', pre: true, post: false }, 'بعد ظهر', 'عصر'),
  ...E({ t: 'pod', pod: 'afternoon', pre: false, post: true }, 'عصرا', 'بعد الظهر'),
  ...E({ t: 'pod', pod: 'evening', pre: true, post: true }, 'مساء'),
  ...E({ t: 'pod', pod: 'evening', pre: false, post: true }, 'مساءا'),
  ...E({ t: 'pod', pod: 'night', pre: true, post: false }, 'ليل', 'ليلة', 'منتصف ليل', 'منتصف ليلة'),
  ...E({ t: 'pod', pod: 'night', pre: false, post: true }, 'ليلا'),
  // «الفارط» is the Tunisian «last» («الشهر الفارط»).
  ...E({ t: 'rel', offset: -1 }, 'الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'المنقضي', 'المنقضية', 'الفارط', 'الفارطة', 'السابق', 'السابقة'),
  ...E({ t: 'rel', offset: 0 }, 'الجاري', 'الجارية', 'الحالي', 'الحالية'),
  // «الجاي» is the Egyptian and Levantine «coming» («الأسبوع الجاي»، «السنة الجاية»).
  ...E({ t: 'rel', offset: 1 }, 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'الجاي', 'الجاية'),
  ...E({ t: 'unit', unit: 'week' }, 'الأسبوع'),
  ...E({ t: 'unit', unit: 'month' }, 'الشهر'),
  ...E({ t: 'unit', unit: 'year' }, 'العام', 'السنة'),
  ...E({ t: 'unit', unit: 'quarter' }, 'الربع'),
  ...E({ t: 'unit', unit: 'half' }, 'النصف'),
  ...E({ t: 'unit', unit: 'decade' }, 'العقد'),
  ...E({ t: 'unit', unit: 'century' }, 'القرن'),
  ...E({ t: 'dayPos', pos: 'first' }, 'غرة', 'مطلع', 'بداية', 'مستهل', 'الفاتح', 'فاتح', 'أول', 'أوائل'),
  ...E({ t: 'dayPos', pos: 'mid' }, 'منتصف', 'أواسط'),
  ...E({ t: 'dayPos', pos: 'last' }, 'نهاية', 'موفى', 'آخر', 'ختام', 'أواخر'),
  ...E({ t: 'yearWord', dual: false }, 'عام', 'العام', 'سنة', 'السنة'),
  ...E({ t: 'yearWord', dual: true }, 'عامي', 'سنتي'),
  ...E({ t: 'era', cal: 'g' }, 'م', 'ميلادي', 'ميلادية', 'للميلاد'),
  ...E({ t: 'era', cal: 'h' }, 'ه', 'هجري', 'هجرية', 'للهجرة', 'هـ'),
  ...E({ t: 'decade', d: 20 }, 'العشرينيات', 'العشرينات', 'عشرينيات', 'عشرينات'),
  ...E({ t: 'decade', d: 30 }, 'الثلاثينيات', 'الثلاثينات', 'ثلاثينيات', 'ثلاثينات'),
  ...E({ t: 'decade', d: 40 }, 'الأربعينيات', 'الأربعينات', 'أربعينيات', 'أربعينات'),
  ...E({ t: 'decade', d: 50 }, 'الخمسينيات', 'الخمسينات', 'خمسينيات', 'خمسينات'),
  ...E({ t: 'decade', d: 60 }, 'الستينيات', 'الستينات', 'ستينيات', 'ستينات'),
  ...E({ t: 'decade', d: 70 }, 'السبعينيات', 'السبعينات', 'سبعينيات', 'سبعينات'),
  ...E({ t: 'decade', d: 80 }, 'الثمانينيات', 'الثمانينات', 'ثمانينيات', 'ثمانينات'),
  ...E({ t: 'decade', d: 90 }, 'التسعينيات', 'التسعينات', 'تسعينيات', 'تسعينات'),
  ...E({ t: 'anniv' }, 'الذكرى'),
  ...E({ t: 'yawm', dual: false }, 'يوم', 'نهار'),
  ...E({ t: 'yawm', dual: true }, 'يومي'),
  ...E({ t: 'same' }, 'ذاته', 'ذاتها', 'نفسه', 'نفسها', 'عينه'),
  ...E({ t: 'this' }, 'هذا', 'هذه'),
  ...E({ t: 'date' }, 'التاريخ'),
  ...E({ t: 'muwafiq' }, 'الموافق', 'الموافقة'),
  // Feasts fixed in the Hijri calendar, and civil days fixed in the Gregorian one. Christmas is left
  // out: Egyptian news means 7 January by «عيد الميلاد المجيد», others 25 December.
  ...E({ t: 'holiday', cal: 'h', m: 10, d: 1 }, 'عيد الفطر'),
  ...E({ t: 'holiday', cal: 'h', m: 12, d: 10 }, 'عيد الأضحى'),
  ...E({ t: 'holiday', cal: 'h', m: 12, d: 9 }, 'يوم عرفة', 'وقفة عرفات', 'يوم عرفات'),
  ...E({ t: 'holiday', cal: 'h', m: 1, d: 1 }, 'رأس السنة الهجرية'),
  ...E({ t: 'holiday', cal: 'h', m: 1, d: 10 }, 'عاشوراء', 'يوم عاشوراء'),
  ...E({ t: 'holiday', cal: 'h', m: 3, d: 12 }, 'المولد النبوي'),
  ...E({ t: 'holiday', cal: 'g', m: 1, d: 1 }, 'رأس السنة الميلادية'),
  ...E({ t: 'holiday', cal: 'g', m: 5, d: 1 }, 'عيد العمال'),
  ...E({ t: 'season', months: [12, 2] }, 'شتاء'),
  ...E({ t: 'season', months: [3, 5] }, 'ربيع'),
  ...E({ t: 'season', months: [6, 8] }, 'صيف'),
  ...E({ t: 'season', months: [9, 11] }, 'خريف'),
];

interface Phrase {
  rest: string[];
  entry: Entry;
}

/** First word of a phrase → its phrases, longest first. */
const PHRASES = new Map<string, Phrase[]>();

function add(phrase: string, entry: Entry) {
  const words = normalizeWord(phrase).split(' ');
  const first = words[0]!;
  const list = PHRASES.get(first) ?? [];
  if (list.some((p) => p.rest.join(' ') === words.slice(1).join(' ') && JSON.stringify(p.entry) === JSON.stringify(entry))) return;
  list.push({ rest: words.slice(1), entry });
  list.sort((a, b) => b.rest.length - a.rest.length);
  PHRASES.set(first, list);
}

for (const [p, e] of [...GREGORIAN, ...HIJRI, ...OTHER]) add(p, e);

/** The phrases that start with a normalized word (empty when the word starts none). */
export function phrasesStartingWith(word: string): readonly Phrase[] {
  return PHRASES.get(word) ?? NONE;
}
const NONE: Phrase[] = [];

/** Words after which a number names a day, a year or a range («في»، «منذ»، «حتى» …). */
export const TIME_PREPOSITIONS = new Set(
  ['في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'مطلع', 'منتصف', 'نهاية', 'بداية', 'أواخر', 'أوائل', 'أواسط', 'موفى', 'مستهل', 'طيلة', 'طوال', 'إلى', 'الى', 'لغاية', 'من', 'بين', 'عن', 'إثر', 'اثر', 'ابتداء', 'بحلول', 'حوالي'].map(normalizeWord),
);
