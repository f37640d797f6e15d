/**
 * Nominalisation (masdar) of planned happenings. A plan is stated with «من المقرر/المنتظر/المتوقع
 * أن» + an imperfect verb («ومن المقرر أن يصوت البرلمان غدا على الموازنة»); a timeline names it
 * with the verb's masdar, subject and object kept in their order: «تصويت البرلمان على الموازنة».
 * Only verbs with a known masdar are changed: the title stays the sentence's words otherwise.
 */
import { normalizeWord } from '../text/normalize.ts';

const W = normalizeWord;
// Imperfect (3rd person, both genders) → masdar. Written with hamza; matched on normalized forms.
const PAIRS: [string[], string][] = [
  [['يصوت', 'تصوت'], 'تصويت'], [['يلتقي', 'تلتقي'], 'لقاء'], [['يزور', 'تزور'], 'زيارة'], [['يعقد', 'تعقد'], 'عقد'], [['يفتتح', 'تفتتح'], 'افتتاح'],
  [['يوقع', 'توقع'], 'توقيع'], [['ينطلق', 'تنطلق'], 'انطلاق'], [['يبدأ', 'تبدأ'], 'بدء'], [['ينتهي', 'تنتهي'], 'انتهاء'], [['يختتم', 'تختتم'], 'اختتام'],
  [['يشارك', 'تشارك'], 'مشاركة'], [['يعلن', 'تعلن'], 'إعلان'], [['يصل', 'تصل'], 'وصول'], [['يغادر', 'تغادر'], 'مغادرة'], [['يستقبل', 'تستقبل'], 'استقبال'],
  [['يجتمع', 'تجتمع'], 'اجتماع'], [['يجري', 'تجري'], 'إجراء'], [['يناقش', 'تناقش'], 'مناقشة'], [['يبحث', 'تبحث'], 'بحث'], [['ينظم', 'تنظم'], 'تنظيم'],
  [['يطلق', 'تطلق'], 'إطلاق'], [['يقر', 'تقر'], 'إقرار'], [['يصدر', 'تصدر'], 'إصدار'], [['ينعقد', 'تنعقد'], 'انعقاد'], [['يحتفل', 'تحتفل'], 'احتفال'],
  [['يستأنف', 'تستأنف'], 'استئناف'], [['يعود', 'تعود'], 'عودة'], [['يقدم', 'تقدم'], 'تقديم'], [['يدشن', 'تدشن'], 'تدشين'], [['يتوجه', 'تتوجه'], 'توجه'],
];
const MASDAR = new Map<string, string>();
for (const [verbs, masdar] of PAIRS) for (const v of verbs) MASDAR.set(W(v), masdar);

// «من المقرر أن»، «ومن المنتظر أن»: the words before «أن» that announce a plan.
const PLAN = new Set(['المقرر', 'المنتظر', 'المتوقع', 'المرتقب', 'المزمع', 'المفترض'].map(W));

/** The masdar of an imperfect verb (normalized), or null. */
export function masdarOf(verb: string): string | null {
  return MASDAR.get(verb) ?? null;
}

/** True when the normalized words before a title's first word end with a plan opener («من المقرر أن»). */
export function isPlanned(before: readonly string[]): boolean {
  const n = before.length;
  return n >= 2 && (before[n - 1] === 'أن' || before[n - 1] === 'ان') && PLAN.has(before[n - 2]!);
}
