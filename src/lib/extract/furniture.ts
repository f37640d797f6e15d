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

/** True when a line (normalized text) is page furniture or too short to state anything. */
export function isFurniture(normalizedLine: string, wordCount: number, endsWithPunctuation: boolean): boolean {
  const line = normalizedLine.replace(/[\s:：|•·»«"“”'’\-–—_]+/g, ' ').trim();
  if (EXACT.has(line)) return true;
  if (STARTS.some((s) => normalizedLine.trimStart().startsWith(s))) return true;
  // A short line without closing punctuation is a label, a byline or a button, not a statement.
  return wordCount <= 4 && !endsWithPunctuation;
}
