/**
 * Which way a sentence points in time. News mostly reports the past, so a bare weekday or month
 * means the most recent one; a future marker (the verb prefix سـ، «سوف»، «المقبل»، «القادم»،
 * «المرتقب»، «من المقرر») makes it the next one.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';

const W = normalizeWord;
const FUTURE_WORDS = new Set(
  ['سوف', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'المرتقب', 'المرتقبة', 'المقرر', 'المزمع', 'المزمعة', 'مرتقب', 'مرتقبة', 'غدا', 'يعتزم', 'تعتزم', 'ستكون', 'سيكون', 'المنتظر', 'المتوقع', 'يرتقب', 'يتوقع', 'ينتظر'].map(W),
);
// Words that begin with سي/ست/سن but are not future verbs (nouns and names). Long prefixes only: a
// short one would also cut off verbs («سيد» would take «سيدعو»، «سيف» «سيفتتح»، «سينا» «سينال»).
const NOT_FUTURE_PREFIXES = [
  'سياس', 'سياد', 'سياق', 'سياح', 'سيار', 'سيرغ', 'سيرة', 'سيطر', 'سيناريو', 'سيناتور', 'سينما', 'سيول', 'سيئ', 'سيبير', 'سيبران', 'سيجار', 'سيلفي', 'سيمفون', 'سيتي', 'سيريلانك',
  'سيراليون', 'سيلفا', 'سيمون', 'سيزار',
  'ستين', 'ستون', 'ستار', 'ستاد', 'ستوديو', 'ستالين', 'ستراتيج', 'ستوكهولم', 'ستيف', 'ستمائة',
  'سنة', 'ستة', 'سنوات', 'سنوي', 'سنين', 'سنتين', 'سنتيم', 'سنغافور', 'سنغال', 'سناتور', 'سندات', 'سنيور', 'سنجار', 'سنودن', 'سنوكر',
].map(W);
// Whole words that would otherwise read as verbs («السيدة» is caught by its article already).
const NOT_FUTURE_WORDS = new Set(['سيدة', 'سيدات', 'سيدي', 'سيدني', 'سيما', 'سيناء', 'سيوف', 'ستات'].map(W));

/** True when the word is a future verb («سيشارك»، «ستعقد»، «سنعمل»، «وسيتم»). */
export function isFutureVerb(word: string): boolean {
  for (const r of readings(word)) {
    if (r.prefix !== '' && r.prefix !== 'و' && r.prefix !== 'ف') continue;
    const s = r.stem;
    if (s.length < 4 || s[0] !== 'س') continue;
    const person = s[1];
    if (person !== 'ي' && person !== 'ت' && person !== 'ن') continue;
    if (NOT_FUTURE_WORDS.has(s) || NOT_FUTURE_PREFIXES.some((p) => s.startsWith(p))) continue;
    return true;
  }
  return false;
}

const futureCache = new Map<string, boolean>();

/** True when a word marks the future (cached per word). */
function isFutureMarker(word: string): boolean {
  let v = futureCache.get(word);
  if (v === undefined) {
    v = FUTURE_WORDS.has(word) || readings(word).some((r) => FUTURE_WORDS.has(r.stem)) || isFutureVerb(word);
    if (futureCache.size > 50_000) futureCache.clear();
    futureCache.set(word, v);
  }
  return v;
}

/**
 * True for a first-person future verb written with its hamza («سأعود»، «وسأزور»): normalization
 * folds «أ» to «ا», so the original text (through the normalized-to-original map) decides; nouns starting «سا» (ساعة،
 * ساحة، سابق) have no hamza. «سأل» (asked) and «سأم» (boredom) are not future verbs.
 */
export function isFirstPersonFuture(word: string, wordStart: number, original: OriginalText): boolean {
  const p = word.charCodeAt(0) === WAW || word.charCodeAt(0) === FA ? 1 : 0;
  if (word.length - p < 4 || word[p] !== 'س' || word[p + 1] !== 'ا') return false;
  const third = word[p + 2];
  return third !== 'ل' && third !== 'م' && original.text.charCodeAt(original.startOf[wordStart + p + 1]!) === HAMZA_ALEF;
}
const WAW = 0x0648;
const FA = 0x0641;
const HAMZA_ALEF = 0x0623;

/** The original text and the map from normalized offsets to it, for spellings normalization folds. */
export interface OriginalText {
  text: string;
  startOf: Int32Array;
}

/** True when the tokens [from, to) carry a future marker. */
export function pointsToFuture(tokens: readonly Token[], from: number, to: number, original?: OriginalText): boolean {
  return futureMarkerAt(tokens, from, to, original) >= 0;
}

/** The index of the first future marker among the tokens [from, to), or -1. */
export function futureMarkerAt(tokens: readonly Token[], from: number, to: number, original?: OriginalText): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'w') continue;
    if (t.text.length >= 3 && isFutureMarker(t.text)) return k;
    if (original && isFirstPersonFuture(t.text, t.start, original)) return k;
    // «على أن تنطلق الحملة …»: a planned next step.
    if (t.text === ALA && tokens[k + 1]?.text === AN) return k;
  }
  return -1;
}
const ALA = W('على');
const AN = W('أن');
// «أن»، «إن»، «بأن» and their pronoun forms open a reported clause.
const COMPLEMENTIZERS = new Set(['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'أنهم', 'إنهم', 'بأنهم'].map(W));

/**
 * The index of the last complementizer («أن»، «إن»، «بأنه» …) among the tokens [from, to), or -1.
 * In «أعلنت الوزارة الأحد أن المعرض سيفتتح» the future verb belongs to the reported clause: a date
 * before that clause dates the announcement and keeps the past reading.
 */
export function lastComplementizerBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.kind === 'w' && COMPLEMENTIZERS.has(t.text)) return k;
  }
  return -1;
}

// Perfect-tense verbs that news uses to report what happened (third person masculine; the feminine
// «ـت» and plural «ـوا» forms are read from them). Without diacritics the passive is the same word
// («عُقد» = «عقد»). A clause with one of them, or «قد»/«لقد», «أمس», is in the past.
const PAST_VERBS = new Set(
  [
    'قال', 'أعلن', 'أكد', 'أفاد', 'ذكر', 'كشف', 'أوضح', 'صرح', 'أضاف', 'نفى', 'دعا', 'طالب', 'وقع', 'اندلع', 'قتل', 'لقي', 'توفي', 'أصيب', 'اجتمع',
    'التقى', 'استقبل', 'بحث', 'ناقش', 'زار', 'وصل', 'غادر', 'عاد', 'أجرى', 'نظم', 'أطلق', 'شارك', 'افتتح', 'اختتم', 'انطلق', 'جرى', 'تم', 'كان', 'شهد',
    'عقد', 'فاز', 'خسر', 'سجل', 'أصدر', 'أقر', 'صادق', 'وافق', 'رفض', 'قرر', 'أعرب', 'اعتبر', 'أشار', 'نشر', 'بث', 'اعتقل', 'أوقف', 'ألقى', 'أفرج',
    'هاجم', 'استهدف', 'سقط', 'انفجر', 'أسفر', 'حضر', 'ترأس', 'أدلى', 'صوت', 'انتخب', 'فتح', 'أغلق', 'بدأ', 'انتهى', 'حدث', 'أقيم', 'نقل', 'أجري',
    'سأل', 'اختار', 'تظاهر', 'احتج', 'خرج', 'دخل', 'أدى', 'أسقط', 'أعاد', 'أكدت', 'توجه', 'وجه', 'أبلغ', 'تلقى', 'أجاب', 'ردد', 'هتف', 'أحيا', 'احتفل',
    // Results, conflict, courts, markets and appointments: the rest of a news day's past verbs.
    'حسم', 'أحرز', 'توج', 'تأهل', 'هزم', 'تغلب', 'أنهى', 'حقق', 'استعاد', 'سيطر', 'انسحب', 'دمر', 'قصف', 'شن', 'ضرب', 'استقال', 'عين', 'أقال', 'أعفى',
    'منح', 'سلم', 'تسلم', 'ضبط', 'داهم', 'أحبط', 'اغتال', 'خطف', 'هرب', 'فر', 'نزح', 'غرق', 'احترق', 'انهار', 'ارتفع', 'انخفض', 'تراجع', 'صعد',
    'هبط', 'تجاوز', 'أحال', 'قضى', 'حكم', 'أدان', 'برأ', 'طعن', 'ألغى', 'علق', 'أرجأ', 'أجل', 'مدد', 'أنجز', 'دشن', 'أنشأ', 'أسس', 'تبنى', 'أمر',
  ].map(W),
);
// Hollow verbs shorten their stem before a subject suffix: «عدت»، «قلت»، «زرت»، «كنت» (I returned, said, visited, was).
const PAST_PARTICLES = new Set(['قد', 'لقد', 'أمس', 'الأمس', 'البارحة', 'عدت', 'عدنا', 'قلت', 'قلنا', 'زرت', 'زرنا', 'كنت', 'كنا'].map(W));

/** True when a word is a reporting past verb («قال»، «وأعلنت»، «اجتمعوا») or a past particle. */
export function isPastMarker(word: string): boolean {
  if (PAST_PARTICLES.has(word)) return true;
  for (const r of readings(word)) {
    if (r.prefix !== '' && r.prefix !== 'و' && r.prefix !== 'ف') continue;
    const st = r.stem;
    if (PAST_VERBS.has(st)) return true;
    if (st.endsWith('ت') && PAST_VERBS.has(st.slice(0, -1))) return true;
    if (st.endsWith('وا') && PAST_VERBS.has(st.slice(0, -2))) return true;
  }
  return false;
}
