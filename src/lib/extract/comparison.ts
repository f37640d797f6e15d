/**
 * A date after «منذ» that a superlative or an ordinal measures against is no date of the happening:
 * «أول زيارة لرئيس مصري إلى تركيا منذ 2012»، «رابع انتخابات تشهدها البلاد منذ ديسمبر 2020»،
 * «أدنى مستوى لها منذ شهرين»، «الأعلى منذ عام 2008».
 * The visit and the fall happen now; 2012 and two months ago are only the comparison point. The
 * expression stays a timex and stays in the title («منذ 2012» says what makes the visit news); it
 * makes no event. So do the «today» of «أفضل مما هي عليه اليوم» and the period after «مقارنة بـ».
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention } from '../time/mentions.ts';

const W = normalizeWord;
// «أول/أولى» and the elatives of news comparisons (with or without «ال»).
const MEASURES = new Set(
  ['أول', 'أولى', 'ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة', 'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة', 'آخر', 'أدنى', 'أعلى', 'أكبر', 'أصغر', 'أكثر', 'أقل', 'أسوأ', 'أفضل', 'أطول', 'أقصر', 'أسرع', 'أبطأ', 'أشد', 'أعنف', 'أضخم', 'أقوى', 'أضعف', 'أرفع', 'أخفض', 'أغلى', 'أرخص', 'أدمى', 'أكثف', 'أوسع']
    .flatMap((w) => [w, `ال${w}`])
    .map(W),
);
const SINCE = new Set(['منذ', 'ومنذ'].map(W));
const MARKS = new Set(['،', ',', '.', ':', '؛', ';', '!', '؟', '?']);
// The measured noun phrase is short: «أدنى مستوى لها منذ»، «أول زيارة لرئيس مصري إلى تركيا منذ».
const REACH = 8;

// «أفضل مما هي عليه اليوم»: «what it is today» is the present state a comparison starts from.
const ON_IT = new Set(['عليه', 'عليها', 'عليهم', 'عليهما'].map(W));
const WHAT = new Set(['مما', 'عما', 'ما', 'كما'].map(W));

/** True for «(مما) هو عليه اليوم»: the expression names the state compared with, not a happening. */
function isPresentState(tokens: readonly Token[], m: Mention, from: number): boolean {
  const on = m.tokStart - 1;
  if (on < from || tokens[on]!.kind !== 'w' || !ON_IT.has(tokens[on]!.text)) return false;
  for (let k = on - 1; k >= from && k >= on - 2; k--) if (tokens[k]!.kind === 'w' && WHAT.has(tokens[k]!.text)) return true;
  return false;
}

// «مشاركة واسعة مقارنة بالعام الماضي»، «قياسا بالفترة نفسها من العام الماضي»: the period compared with.
const COMPARED = new Set(['مقارنة', 'بالمقارنة', 'قياسا', 'مقارنة'].map(W));

const COMPARED_REACH = 6;

/**
 * True for an expression a few words after «مقارنة (بـ/مع)»، «قياسا بـ» in the same clause: «مقارنة
 * بالعام الماضي»، «مقارنة مع الشهر نفسه من العام الماضي»، «مقارنة بما كان عليه في عام 2010».
 */
function isComparedWith(tokens: readonly Token[], m: Mention, from: number): boolean {
  for (let k = m.tokStart - 1; k >= from && k >= m.tokStart - COMPARED_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p' && MARKS.has(t.text)) return false;
    if (t.kind === 'w' && COMPARED.has(t.text)) return true;
  }
  return false;
}

/** True when the expression at m is the «منذ» point of a comparison («أول … منذ 2012»), what is compared with («مقارنة بالعام الماضي»), or «ما هو عليه اليوم». */
export function isComparisonPoint(tokens: readonly Token[], m: Mention, from: number): boolean {
  if (isPresentState(tokens, m, from) || isComparedWith(tokens, m, from)) return true;
  let since = m.tokStart;
  if (!(tokens[since]?.kind === 'w' && SINCE.has(tokens[since]!.text))) {
    since = m.tokStart - 1;
    if (since < from || tokens[since]!.kind !== 'w' || !SINCE.has(tokens[since]!.text)) return false;
  }
  for (let k = since - 1; k >= from && k >= since - REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'p' && MARKS.has(t.text)) return false;
    if (t.kind === 'w' && readings(t.text).some((r) => MEASURES.has(r.stem))) return true;
  }
  return false;
}
