/**
 * A deterministic generator of Arabic news-like text for the extraction benchmark and the
 * large-article test: sentences taken from the seed articles mixed with templated sentences that
 * carry dates in every regional month naming, both digit systems, relative expressions, ranges
 * and Hijri dates. Content depends only on the seed of its PRNG, never on the clock.
 */

import { prng } from '../helpers/prng.ts';

/** Gregorian month names as written in different Arabic-speaking regions (index 0 = January). */
export const MONTH_NAMINGS: Record<string, string[]> = {
  egyptianGulf: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levantineIraqi: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  moroccan: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  algerianTunisian: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  libyan: ['أي النار', 'النوار', 'الربيع', 'الطير', 'الماء', 'الصيف', 'ناصر', 'هانيبال', 'الفاتح', 'التمور', 'الحرث', 'الكانون'],
};

/** Hijri month names (index 0 = Muharram). */
export const HIJRI_MONTHS = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const PARTS = ['صباح', 'مساء', 'ظهر', 'فجر', 'ليل'];
const RELATIVE = [
  'أمس', 'اليوم', 'غدا', 'أول أمس', 'بعد غد', 'الأسبوع الماضي', 'الأسبوع الجاري', 'الأسبوع المقبل', 'الشهر الماضي', 'الشهر الجاري',
  'الشهر المقبل', 'العام الماضي', 'العام الحالي', 'العام المقبل', 'قبل ثلاثة أيام', 'منذ أسبوعين', 'بعد شهرين', 'قبل عامين', 'خلال الأيام المقبلة', 'مطلع الشهر الجاري',
  'أواخر العام الماضي', 'منتصف الشهر المقبل', 'نهاية الأسبوع',
];
const SUBJECTS = ['وزير الخارجية', 'رئيس الوزراء', 'المتحدث باسم الحكومة', 'وكالة الأنباء الرسمية', 'مصادر مطلعة', 'البنك المركزي', 'وزارة الصحة', 'الأمم المتحدة', 'مجلس النواب', 'الشركة الوطنية للنفط', 'المرصد', 'رئيس البلدية'];
const VERBS = ['قال', 'أعلن', 'أكد', 'ذكر', 'أوضح', 'كشف', 'نفى', 'أفاد'];
const TOPICS = [
  'أن المفاوضات ستستأنف', 'أن الاجتماع انتهى دون اتفاق', 'أن الأسعار ارتفعت بنسبة ملحوظة', 'أن الوفد وصل إلى العاصمة', 'أن الانتخابات ستجرى في موعدها',
  'أن الحادث أسفر عن إصابات', 'أن المشروع سيفتتح رسميا', 'أن القمة ناقشت ملفات إقليمية', 'أن العمل بالقرار يبدأ', 'أن التحقيق ما زال جاريا',
];
const FILLERS = [
  'وأضاف أن الحكومة تتابع الوضع عن كثب، مشيرا إلى أهمية التعاون بين المؤسسات.',
  'ولم يصدر أي تعليق رسمي من الجهات المعنية حتى ساعة إعداد هذا التقرير.',
  'ويأتي ذلك في ظل توتر متصاعد في المنطقة، وسط دعوات دولية إلى التهدئة.',
  'وأشار مراقبون إلى أن الخطوة قد تفتح الباب أمام مرحلة جديدة من الحوار.',
  'وتشهد البلاد أزمة اقتصادية حادة انعكست على الحياة اليومية للمواطنين.',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** A digit system for one expression: Western, Arabic-Indic or (rarely) Extended Arabic-Indic. */
function digitSystem(r: () => number): (n: number) => string {
  const x = r();
  if (x < 0.55) return String;
  const set = x < 0.95 ? INDIC : PERSIAN;
  return (n) => String(n).replace(/\d/g, (d) => set[Number(d)]!);
}

/** One temporal expression, chosen among the families an Arabic news article uses. */
function dateExpression(r: () => number): string {
  const d = digitSystem(r);
  const year = int(r, 1948, 2030);
  const m = int(r, 0, 11);
  // Days 1-28 are real in every month; about 1 in 200 is a 31st, impossible in five months
  // («31 شباط»), to exercise the rejection path.
  const day = r() < 0.005 ? 31 : int(r, 1, 28);
  const naming = pick(r, Object.keys(MONTH_NAMINGS));
  const month = MONTH_NAMINGS[naming]![m]!;
  switch (int(r, 0, 11)) {
    case 0:
      return `${d(day)} ${month} ${d(year)}`;
    case 1:
      return `${d(day)} ${MONTH_NAMINGS.levantineIraqi![m]}/ ${MONTH_NAMINGS.egyptianGulf![m]} ${d(year)}`;
    case 2:
      return `يوم ${pick(r, WEEKDAYS)} ${d(day)} ${month}`;
    case 3:
      return `${pick(r, PARTS)} ${pick(r, ['أمس', 'اليوم'])} ${pick(r, WEEKDAYS)}`;
    case 4:
      return pick(r, RELATIVE);
    case 5:
      return `${d(day)}/${d(m + 1)}/${d(year)}`;
    case 6:
      return `${year}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    case 7:
      return `${d(int(r, 1, 29))} ${pick(r, HIJRI_MONTHS)} ${d(int(r, 1380, 1450))} هـ`;
    case 8:
      return `${d(year - int(r, 1, 5))}-${d(year)}`;
    case 9:
      return `من ${d(day)} إلى ${d(Math.min(28, day + int(r, 1, 5)))} ${month}`;
    case 10:
      return `${pick(r, ['مطلع', 'منتصف', 'أواخر', 'بداية', 'نهاية'])} ${month} ${d(year)}`;
    default:
      return `عام ${d(year)}`;
  }
}

function templatedSentence(r: () => number): string {
  const when = dateExpression(r);
  switch (int(r, 0, 3)) {
    case 0:
      return `${pick(r, VERBS)} ${pick(r, SUBJECTS)} ${when} ${pick(r, TOPICS)}.`;
    case 1:
      return `وفي ${when}، ${pick(r, VERBS)} ${pick(r, SUBJECTS)} ${pick(r, TOPICS)}.`;
    case 2:
      return `${pick(r, VERBS)} ${pick(r, SUBJECTS)} ${pick(r, TOPICS)} ${when}، ${pick(r, FILLERS)}`;
    default:
      return pick(r, FILLERS);
  }
}

/** Splits article texts into sentences (ending in . ! ؟ or a line end), dropping very short ones. */
export function sentencesOf(texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const s of t.replace(/\r\n/g, '\n').replace(/^\uFEFF/, '').split(/(?<=[.!؟])\s+|\n+/)) {
      const trimmed = s.trim();
      if (trimmed.length >= 20) out.push(trimmed);
    }
  }
  return out;
}

export interface CorpusOptions {
  /** Minimum size of the result in UTF-8 bytes. */
  bytes: number;
  /** PRNG seed; the same seed gives the same text. */
  seed?: number;
  /** Sentences to mix in (e.g. from seeds/*.txt); templates alone when empty. */
  sentences?: string[];
}

/** Generates at least `bytes` UTF-8 bytes of news-like Arabic text: a headline, then paragraphs. */
export function generateNewsCorpus({ bytes, seed = 0x5eed, sentences = [] }: CorpusOptions): string {
  const r = prng(seed);
  const parts: string[] = ['تقرير إخباري مطول: تطورات الأحداث في المنطقة\n\n'];
  let size = Buffer.byteLength(parts[0]!);
  while (size < bytes) {
    const n = int(r, 2, 6);
    const para: string[] = [];
    for (let i = 0; i < n; i++) para.push(sentences.length && r() < 0.35 ? pick(r, sentences) : templatedSentence(r));
    const p = para.join(' ') + '\n\n';
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

/** Cuts a corpus into article-sized pieces at paragraph breaks, each starting with its own headline line. */
export function splitIntoArticles(corpus: string, approxChars: number): string[] {
  const paras = corpus.split('\n\n').filter(Boolean);
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const p of paras) {
    cur.push(p);
    len += p.length + 2;
    if (len >= approxChars) {
      out.push(cur.join('\n\n') + '\n');
      cur = [];
      len = 0;
    }
  }
  if (cur.length) out.push(cur.join('\n\n') + '\n');
  return out;
}
