/**
 * Does a clause say that something happened? A title (and an event) needs a happening: a verb or
 * an event noun. Arabic verbs are recognised by shape, without a dictionary: an imperfect prefix
 * (ي ت ن, with «س» for the future: «يلتقي»، «ستنطلق»), a past ending (feminine «ـت»، plural «ـوا»),
 * a derived past stem («انـ»، «استـ»، «اِفتعل»), or a common news verb; an event noun by the shapes of
 * the masdar («تفعيل»، «افتتاح»، «إعلان»، «مفاوضات») or a short list of event words.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

// Frequent past verbs of three letters, which no shape test can tell from a noun.
const SHORT_VERBS = set(
  'تم', 'يتم', 'سيتم', 'تمت', 'رفع', 'خفض', 'نفذ', 'شن', 'قصف', 'ضرب', 'أسس', 'بنى', 'عين', 'أقال', 'صادق', 'ناقش', 'تبنى', 'أحال', 'قدم', 'دشن', 'حقق', 'سجل', 'ألغى', 'مدد', 'قال', 'زار', 'بحث', 'وقع', 'عقد', 'شهد', 'بدأ', 'جرى', 'دعا', 'رأى', 'نفى', 'أكد', 'أقر', 'قرر', 'حدد', 'شدد', 'صدر', 'فاز', 'خسر', 'سقط', 'قتل', 'جرح', 'عاد', 'وصل', 'غادر', 'التقى',
  'أعلن', 'أعلنت', 'أطلق', 'أصدر', 'أجرى', 'ألقى', 'افتتح', 'اختتم', 'انطلق', 'انتهى', 'اتهم', 'انضم', 'رفض', 'وافق', 'طالب', 'هاجم', 'نشر', 'كشف', 'علم', 'بلغ', 'صرح', 'علق', 'خاض', 'دخل',
  'أوضح', 'أشار', 'أضاف', 'ذكر', 'أفاد', 'نقل', 'تابع', 'كان', 'صار', 'ظهر', 'توفي', 'ولد', 'مات', 'حكم', 'أدان', 'سجل', 'فتح', 'أغلق', 'منح', 'سلم', 'تسلم', 'ترأس', 'استقبل', 'ودع',
);
// Event words that are no masdar shape: the things news dates.
const EVENT_NOUNS = set(
  'حرب', 'الحرب', 'زيارة', 'الزيارة', 'لقاء', 'اللقاء', 'قمة', 'القمة', 'جلسة', 'الجلسة', 'مسيرة', 'المسيرة', 'حملة', 'الحملة', 'هدنة', 'الهدنة', 'معركة', 'المعركة', 'ثورة', 'الثورة',
  'انتخابات', 'الانتخابات', 'اتفاق', 'الاتفاق', 'اتفاقية', 'الاتفاقية', 'معرض', 'المعرض', 'مؤتمر', 'المؤتمر', 'اجتماع', 'الاجتماع', 'قرار', 'القرار', 'عرض', 'العرض', 'جولة', 'الجولة',
  'مباراة', 'المباراة', 'هجوم', 'الهجوم', 'غارة', 'الغارة', 'زلزال', 'الزلزال', 'فيضان', 'الفيضان', 'حادث', 'الحادث', 'مذكرة', 'المذكرة', 'بيان', 'البيان', 'موعد', 'جريمة', 'جرائم',
  'اغتصاب', 'قتل', 'مكافأة', 'تغريدة', 'رسالة', 'صمت', 'الصمت', 'اقتراع', 'الاقتراع', 'عطلة', 'العطلة', 'عيد', 'العيد', 'وفاة', 'الوفاة', 'ولادة', 'موسم', 'الموسم',
);
const NOT_VERBS = set('يوم', 'يوما', 'يونيو', 'يوليو', 'يناير', 'تموز', 'تشرين', 'نيسان', 'تاريخ', 'تحت', 'نحو', 'يمين', 'تلك', 'هذه', 'ذات', 'بنت', 'بيت', 'وقت', 'صوت', 'ليست');

// Words repeat from sentence to sentence: each word's answers are worked out once (bounded, reset when full).
const verbCache = new Map<string, boolean>();
const nounCache = new Map<string, boolean>();
const CACHE_LIMIT = 50_000;

function cached(cache: Map<string, boolean>, word: string, compute: (w: string) => boolean): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    v = compute(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/** True when a normalized word reads as a verb by its shape or is a common short news verb. */
export function isVerbLike(word: string): boolean {
  return cached(verbCache, word, verbShape);
}

/** True when a normalized word reads as an event noun: a masdar shape or a listed event word. */
export function isEventNoun(word: string): boolean {
  return cached(nounCache, word, eventNounShape);
}

function verbShape(word: string): boolean {
  for (const r of readings(word)) {
    const w = r.stem;
    // «التقى» begins with the letters of the article: a listed verb is checked first.
    if (SHORT_VERBS.has(w) && !r.prefix.includes('ب') && !r.prefix.includes('ك')) return true;
    if (r.prefix.includes('ب') || r.prefix.includes('ك') || w.startsWith('ال') || NOT_VERBS.has(w)) continue;
    // «سيتوجه»، «ستنطلق»: the future prefix makes any imperfect a verb.
    if (w.startsWith('س') && w.length >= 5 && 'يتن'.includes(w[1]!)) return true;
    const bare = w;
    // «تصريح»، «تسجيل» (تفعيل) and «تبادل»، «ترامب» (a long vowel third) are nouns, not «تفعل».
    const tNoun = bare[0] === 'ت' && ((bare.length === 5 && bare[3] === 'ي') || bare[2] === 'ا');
    // A final «ة» (normalized ه) ends nouns («ندوة»، «تهدئة»), not verbs.
    if (bare.length >= 4 && 'يتن'.includes(bare[0]!) && !tNoun && !bare.endsWith('ات') && !bare.endsWith('ه')) return true;
    if (w.length >= 4 && w.endsWith('ت') && !w.endsWith('ات') && !w.endsWith('يت')) return true;
    if (w.length >= 4 && w.endsWith('وا')) return true;
    if (w.length >= 5 && (w.startsWith('است') || w.startsWith('ان')) && !w.endsWith('ه') && !w.endsWith('ات') && !w.endsWith('ي')) return true;
  }
  return false;
}

/**
 * The singulars a normalized noun may inflect (ة is normalized to ه): the dual «جريمتان/جريمتين»,
 * its construct «جريمتا/جريمتي» (the «ن» falls before a genitive), the masculine dual «هجومان/هجومين»
 * and construct «هجوما/هجومي» (also the accusative «موعدا»), and the sound feminine plural «زيارات»,
 * «اجتماعات». The list of event words then holds singulars only.
 */
export function singularsOf(w: string): string[] {
  const out: string[] = [];
  if (w.length < 4) return out;
  if (/ت(ان|ين)$/.test(w)) out.push(`${w.slice(0, -3)}ه`);
  else if (/ت[اي]$/.test(w)) out.push(`${w.slice(0, -2)}ه`);
  if (w.endsWith('ات')) out.push(w.slice(0, -2), `${w.slice(0, -2)}ه`);
  if (/(ان|ين)$/.test(w)) out.push(w.slice(0, -2));
  else if (/[اي]$/.test(w)) out.push(w.slice(0, -1));
  return out;
}

function eventNounShape(word: string): boolean {
  for (const r of readings(word)) {
    const w0 = r.stem;
    if (EVENT_NOUNS.has(w0)) return true;
    const w = w0.startsWith('ال') ? w0.slice(2) : w0;
    if (EVENT_NOUNS.has(w) || singularsOf(w).some((b) => EVENT_NOUNS.has(b))) return true;
    // تفعيل، تفاعل، افتعال، انفعال، استفعال، إفعال (normalized إ → ا), مفاعلة.
    if (w.length >= 5 && (w.startsWith('ت') || w.startsWith('است') || w.startsWith('ان') || w.startsWith('ا')) && !w.endsWith('ي')) return true;
    if (w.length >= 6 && w.startsWith('م') && (w.endsWith('ه') || w.endsWith('ات'))) return true;
  }
  return false;
}

/** True when a list of normalized title words holds a happening (a verb or an event noun). */
export function hasHappening(words: readonly string[]): boolean {
  return words.some((w) => isVerbLike(w) || isEventNoun(w));
}
