/**
 * A date after «منذ» that a superlative or «أول» measures against is no date of the happening:
 * «أول زيارة لرئيس مصري إلى تركيا منذ 2012»، «أدنى مستوى لها منذ شهرين»، «الأعلى منذ عام 2008».
 * The visit and the fall happen now; 2012 and two months ago are only the comparison point. The
 * expression stays a timex and stays in the title («منذ 2012» says what makes the visit news); it
 * makes no event.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Mention } from '../time/mentions.ts';

const W = normalizeWord;
// «أول/أولى» and the elatives of news comparisons (with or without «ال»).
const MEASURES = new Set(
  ['أول', 'أولى', 'أدنى', 'أعلى', 'أكبر', 'أصغر', 'أكثر', 'أقل', 'أسوأ', 'أفضل', 'أطول', 'أقصر', 'أسرع', 'أبطأ', 'أشد', 'أعنف', 'أضخم', 'أقوى', 'أضعف', 'أرفع', 'أخفض', 'أغلى', 'أرخص', 'أدمى', 'أكثف', 'أوسع']
    .flatMap((w) => [w, `ال${w}`])
    .map(W),
);
const SINCE = new Set(['منذ', 'ومنذ'].map(W));
const MARKS = new Set(['،', ',', '.', ':', '؛', ';', '!', '؟', '?']);
// The measured noun phrase is short: «أدنى مستوى لها منذ»، «أول زيارة لرئيس مصري إلى تركيا منذ».
const REACH = 8;

/** True when the expression at m is the «منذ» point of a comparison («أول … منذ 2012»). */
export function isComparisonPoint(tokens: readonly Token[], m: Mention, from: number): boolean {
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
