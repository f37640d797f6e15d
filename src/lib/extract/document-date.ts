/**
 * Documents dated by their own date: official texts date a decision, a recommendation or an
 * agreement with a participle or a date noun after it — «قرار الهيئة المؤرخ في 10 أفريل»، «قرار
 * مجلس الشورى رقم (36/9) وتاريخ 21/4/1439هـ»، «اتفاقية بين … وأستراليا، الموقعة في الرياض بتاريخ
 * 1/8/1438هـ». The date is the document's, not the clause verb's («وافق المجلس على …» happens
 * today); the title is the document's noun phrase, and a signed document («الموقعة») is named by
 * the masdar of signing («توقيع اتفاقية …»).
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Title, TitleSource } from './title.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

// The words that put a date on the document before them.
const MARKERS = set('المؤرخ', 'المؤرخة', 'المؤرخين', 'وتاريخ', 'بتاريخ', 'الموقعة', 'الموقع', 'الموقعين', 'الصادر', 'الصادرة', 'المعتمد', 'المعتمدة');
const SIGNED = set('الموقعة', 'الموقع', 'الموقعين');
const DOCUMENTS = set(
  'قرار', 'مرسوم', 'أمر', 'اتفاقية', 'اتفاق', 'مذكرة', 'توصية', 'التوصية', 'قانون', 'بيان', 'رسالة', 'عقد', 'تقرير', 'معاهدة', 'بروتوكول', 'منشور', 'تعميم', 'ظهير', 'لائحة', 'نظام', 'ميثاق',
  'القرار', 'المرسوم', 'الأمر', 'الاتفاقية', 'الاتفاق', 'المذكرة', 'القانون', 'البيان', 'الرسالة', 'العقد', 'التقرير', 'المعاهدة', 'البروتوكول', 'المنشور', 'التعميم', 'الظهير', 'اللائحة',
);
const MARKER_REACH = 12;
const DOCUMENT_REACH = 24;
const MAX_WORDS = 8;
const STOPS = new Set(['،', ',', ')', '(', ':', '.', '؛']);
const SKIP_AFTER = set('رقم');
const CUT_PREPS = set('في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'بين');

/** The token of a dating marker a few tokens before the date at `at`, or -1. */
export function documentMarker(tokens: readonly Token[], at: number, from: number): number {
  // «الموقعة في مدينة الرياض بتاريخ …»: the participle, when there is one, says what the date is.
  let found = -1;
  for (let k = at - 1; k >= from && k >= at - MARKER_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === 'w' && MARKERS.has(t.text)) {
      found = k;
      if (!DATE_NOUNS.has(t.text)) break;
    }
  }
  return found;
}
const DATE_NOUNS = set('بتاريخ', 'وتاريخ');

/** The title of the document a dating marker belongs to, or an empty title. */
export function documentTitle(src: TitleSource, marker: number, from: number): Title {
  const toks = src.tokens;
  let head = -1;
  for (let k = marker - 1; k >= from && k >= marker - DOCUMENT_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === 'w' && readings(t.text).some((r) => DOCUMENTS.has(r.stem))) {
      head = k;
      break;
    }
  }
  if (head < 0) return { text: '', words: [] };
  // From the document noun to the marker: its name, without «رقم (…)» and parentheses.
  const parts: string[] = [];
  const words: string[] = [];
  let depth = 0;
  for (let k = head; k < marker && words.length < MAX_WORDS; k++) {
    const t = toks[k]!;
    if (t.kind === 'p') {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      if (STOPS.has(t.text) && depth === 0 && t.text !== ')') break;
      continue;
    }
    // «رقم (36/9)» is filing detail; a number right after the noun is its name («القرار 1701»).
    if (depth > 0 || (t.kind === 'n' && k !== head + 1) || SKIP_AFTER.has(t.text)) continue;
    const text = src.text.slice(src.norm.startOf[t.start]!, src.norm.endOf[t.end - 1]!);
    // The first word loses its preposition («على اتفاقية» → «اتفاقية»).
    parts.push(k === head ? stripClitic(text, t.text) : text);
    words.push(t.text);
  }
  // Cut at its word limit inside a phrase («… للتعاون في مجال»): the preposition and its noun go.
  if (words.length === MAX_WORDS && words.length > 3 && CUT_PREPS.has(words[words.length - 2]!)) {
    parts.splice(-2);
    words.splice(-2);
  }
  if (words.length < 2) return { text: '', words: [] };
  if (SIGNED.has(toks[marker]!.text)) return { text: `توقيع ${parts.join(' ')}`, words: [W('توقيع'), ...words], nominal: true };
  return { text: parts.join(' '), words, nominal: true };
}

function stripClitic(original: string, normalized: string): string {
  const r = readings(normalized).find((x) => DOCUMENTS.has(x.stem));
  return r && r.prefix ? original.slice(r.prefix.length) : original;
}
