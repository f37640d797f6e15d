/**
 * Scraped-page furniture: lines that belong to the website, not to the article («مقالات ذات صلة»،
 * «زر الذهاب إلى الأعلى»، «اقرأ أيضا»، share and print buttons). They never make events.
 */
import { normalizeWord } from '../text/normalize.ts';

const PHRASES = [
  'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'مواد ذات صلة', 'ذات صلة', 'زر الذهاب إلى الأعلى', 'العودة إلى الأعلى', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'إقرأ أيضا',
  'شارك', 'شارك هذا', 'شارك المقال', 'شارك الخبر', 'مشاركة', 'طباعة', 'طباعة الخبر', 'أرسل لصديق', 'تابعونا', 'تابعونا على', 'تابعنا على', 'اشترك', 'اشترك في النشرة', 'النشرة البريدية',
  'أضف تعليق', 'أضف تعليقا', 'التعليقات', 'تعليقات', 'الرئيسية', 'الأكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'المصدر', 'اقرأ كذلك', 'انقر هنا', 'اضغط هنا', 'فيسبوك', 'تويتر', 'واتساب', 'تلغرام',
].map(normalizeWord);
const STARTS = ['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'مقالات ذات صلة', 'أخبار ذات صلة', 'تابعونا على', 'تابعنا على', 'المصدر:', 'شارك على', 'حقوق النشر', 'جميع الحقوق'].map(normalizeWord);
const EXACT = new Set(PHRASES);
const FIRST_WORDS = new Set([...PHRASES, ...STARTS].map((p) => p.split(' ')[0]!.replace(/:$/, '')));

/** True when a line starting with this (normalized) word may be furniture: only then is it checked. */
export function mayBeFurniture(firstWord: string): boolean {
  return FIRST_WORDS.has(firstWord);
}

/** True when a line (normalized text) is page furniture or too short to state anything. */
export function isFurniture(normalizedLine: string, wordCount: number, endsWithPunctuation: boolean): boolean {
  // A short line without closing punctuation is a label, a byline or a button, not a statement.
  if (wordCount <= 4 && !endsWithPunctuation) return true;
  if (!FIRST_WORDS.has(normalizedLine.slice(0, normalizedLine.indexOf(' ') >>> 0))) return false;
  const line = normalizedLine.replace(/[\s:：|•·»«"“”'’\-–—_]+/g, ' ').trim();
  if (EXACT.has(line)) return true;
  return STARTS.some((s) => normalizedLine.trimStart().startsWith(s));
}
