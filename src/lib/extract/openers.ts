/**
 * What opens a news sentence before its statement, and is never a title: discourse connectives
 * («هذا وقد»، «في هذا الشأن»، «من جهة أخرى»), a source («وحسب هذه الرزنامة»، «وفقا للبيان»),
 * a topic («أما في ما يخص الاقتراع فقد …»), a dateline («عمان، الأردن (CNN)-- …»، «الرباط - »)
 * and a leading circumstance phrase up to its comma («في أحدث تطورات القضية، …»).
 */
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { isVerbLike } from './happening.ts';

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

/** A title candidate: a token and whether it is a word, a mark inside the title, or a clause mark. */
export type Item = { k: number; kind: 'word' | 'punct' | 'boundary' };

const CONNECTIVES: string[][] = [
  'هذا وقد', 'هذا و', 'وقد', 'قد', 'لقد', 'ولقد', 'بالإضافة إلى ذلك', 'إضافة إلى ذلك', 'وبالإضافة إلى ذلك', 'وفي سياق متصل', 'في سياق متصل', 'وفي سياق آخر', 'في سياق آخر', 'وفي سياق منفصل',
  'في هذا السياق', 'وفي هذا السياق', 'في هذا الشأن', 'وفي هذا الشأن', 'في هذا الصدد', 'وفي هذا الصدد', 'في هذا الإطار', 'وفي هذا الإطار', 'على صعيد متصل', 'وعلى صعيد متصل',
  'من جهة أخرى', 'ومن جهة أخرى', 'من جهة اخرى', 'ومن جهة اخرى', 'من ناحية أخرى', 'ومن ناحية أخرى', 'من جهته', 'ومن جهته', 'من جهتها', 'ومن جهتها', 'من جانبه', 'ومن جانبه', 'من جانبها', 'ومن جانبها',
  'في غضون ذلك', 'وفي غضون ذلك', 'في الأثناء', 'وفي الأثناء', 'في الوقت نفسه', 'وفي الوقت نفسه', 'في المقابل', 'وفي المقابل', 'إلى ذلك', 'وإلى ذلك', 'على صعيد آخر', 'وعلى صعيد آخر',
  'بالتالي', 'وبالتالي', 'لذلك', 'ولذلك', 'لذا', 'ولذا', 'عليه', 'وعليه', 'وعلى هذا', 'كذلك', 'وكذلك', 'أيضا', 'ثم', 'لكن', 'ولكن', 'غير أن', 'كما', 'وكما', 'و', 'يذكر أن', 'ويذكر أن', 'يذكر ان', 'ويذكر ان',
  'ولعل', 'لعل', 'ولعل من أهم', 'لعل من أهم', 'وفيما يلي', 'فيما يلي', 'وفي ما يلي', 'بعدها', 'وبعدها', 'بعد ذلك', 'وبعد ذلك', 'وهكذا', 'هكذا', 'إذن', 'وإذن',
  'فيما', 'بينما', 'حيث', 'في حين', 'وفي حين', 'قبل أن', 'قبل ان', 'بعد أن', 'بعد ان', 'إلا أن', 'الا ان', 'على أن', 'على ان', 'عندما', 'حين', 'حينما', 'كما', 'التي', 'الذي', 'والتي', 'والذي',
  'منها', 'ومنها', 'منه', 'ومنه', 'جاء ذلك خلال', 'وجاء ذلك خلال', 'جاء ذلك في', 'وجاء ذلك في', 'جاء ذلك على هامش', 'وجاء ذلك على هامش', 'جاء ذلك أثناء', 'جاء هذا خلال', 'جاء هذا في', 'وجاء هذا في', 'جاء ذلك عقب', 'جاء ذلك إثر',
  'تجدر الإشارة إلى أن', 'وتجدر الإشارة إلى أن', 'الجدير بالذكر أن', 'والجدير بالذكر أن', 'وفقا لذلك', 'علما أن', 'علما بأن', 'يشار إلى أن', 'ويشار إلى أن', 'وأفيد بأن',
  'ومن المقرر أن', 'من المقرر أن', 'ومن المنتظر أن', 'من المنتظر أن', 'ومن المتوقع أن', 'من المتوقع أن', 'ومن المرتقب أن', 'من المرتقب أن',
].map((c) => W(c).split(' '));
CONNECTIVES.sort((a, b) => b.length - a.length);
// Indexed by first word: a title start is compared with the few connectives that can match it.
const BY_FIRST = new Map<string, string[][]>();
for (const c of CONNECTIVES) BY_FIRST.set(c[0]!, [...(BY_FIRST.get(c[0]!) ?? []), c]);

// «وحسب هذه الرزنامة يفتح …»، «وفقا للبيان أعلنت …»: a source before the verb.
const SOURCE = set('حسب', 'وحسب', 'بحسب', 'وبحسب', 'وفق', 'ووفق', 'وفقا', 'ووفقا', 'طبقا', 'وطبقا', 'استنادا', 'واستنادا', 'نقلا', 'ونقلا');
// «أما … فـ»: a topic, then the statement after the word with «ف».
const TOPIC = set('أما', 'وأما', 'اما', 'واما');
const FA_STATEMENT = set('فقد', 'فإن', 'فان', 'فهو', 'فهي', 'فلقد');
const LEADING_PREPS = set('في', 'وفي', 'على', 'وعلى', 'من', 'ومن', 'خلال', 'وخلال', 'ضمن', 'وضمن', 'إثر', 'وإثر', 'عقب', 'وعقب', 'وسط', 'ووسط', 'بعد', 'وبعد', 'قبل', 'وقبل');
const SOURCE_REACH = 5;
const CIRCUMSTANCE_REACH = 14;

function wordAt(tokens: readonly Token[], items: readonly Item[], n: number): string | null {
  const it = items[n];
  return it && it.kind === 'word' ? tokens[it.k]!.text : null;
}

function matchSeq(tokens: readonly Token[], items: readonly Item[], at: number, seq: string[]): number {
  let n = at;
  for (const w of seq) {
    if (wordAt(tokens, items, n) !== w) return -1;
    n++;
  }
  if (items[n]?.kind === 'boundary') n++;
  return n;
}

/** Skips connectives, sources, topics and circumstance phrases at `start`; returns the statement's first item. */
export function skipOpeners(tokens: readonly Token[], items: readonly Item[], start: number): number {
  let at = start;
  for (let guard = 0; guard < 6; guard++) {
    while (items[at]?.kind === 'boundary') at++;
    const next = skipOne(tokens, items, at);
    if (next <= at) break;
    at = next;
  }
  return at;
}

function skipOne(tokens: readonly Token[], items: readonly Item[], at: number): number {
  const w = wordAt(tokens, items, at);
  if (w === null) return at;
  for (const seq of BY_FIRST.get(w) ?? []) {
    const n = matchSeq(tokens, items, at, seq);
    if (n > at) return n;
  }
  if (SOURCE.has(w)) {
    // The source runs to the verb that follows it, or to its comma.
    for (let n = at + 1; n < items.length && n <= at + SOURCE_REACH + 1; n++) {
      if (items[n]!.kind === 'boundary') return n + 1;
      const x = wordAt(tokens, items, n);
      if (x !== null && n > at + 1 && isVerbLike(x)) return n;
    }
    return at;
  }
  if (TOPIC.has(w)) {
    for (let n = at + 1; n < items.length && n <= at + 14; n++) {
      const x = wordAt(tokens, items, n);
      if (x === null) continue;
      if (FA_STATEMENT.has(x)) return n + 1;
      if (x.startsWith('ف') && x.length >= 4 && isVerbLike(x.slice(1))) return n;
    }
    return at;
  }
  if (LEADING_PREPS.has(w)) {
    // «في أحدث تطورات القضية، استجوبت النيابة …»: a circumstance up to its comma, when a statement follows.
    for (let n = at + 1; n < items.length && n <= at + CIRCUMSTANCE_REACH; n++) {
      const it = items[n]!;
      if (it.kind === 'word' && isVerbLike(tokens[it.k]!.text)) return at;
      if (it.kind === 'boundary') return tokens[it.k]!.text === '،' || tokens[it.k]!.text === ',' ? n + 1 : at;
    }
  }
  return at;
}

/**
 * The end of a dateline at the start of a line («عمان، الأردن (CNN)-- »، «الرباط - (و م ع) - »):
 * a few place words, maybe an agency in parentheses, then a dash. Returns the first token after it,
 * or `from` when the line has none.
 */
export function datelineEnd(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first || !(from === 0 || first.newline)) return from;
  let words = 0;
  let depth = 0;
  for (let k = from; k < to && k < from + 12; k++) {
    const t = tokens[k]!;
    if (t.kind === 'p') {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if ((t.text === '-' || t.text === '–' || t.text === '—') && depth === 0 && words > 0 && !hyphen(tokens, k)) {
        let e = k + 1;
        while (e < to && tokens[e]!.kind === 'p' && '-–—('.includes(tokens[e]!.text)) {
          if (tokens[e]!.text === '(') {
            while (e < to && tokens[e]!.text !== ')') e++;
          }
          e++;
        }
        return e < to ? e : from;
      } else if (t.text !== '،' && t.text !== ',' && t.text !== '/') return from;
      continue;
    }
    if (t.kind === 'n') return from;
    if (depth === 0) words++;
    if (words > 4) return from;
  }
  return from;
}

/** True for a hyphen inside a compound name («كارسون-ساندلر»): no space on either side. */
function hyphen(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !tokens[k]!.spaced && !!next && !next.spaced && next.kind === 'w';
}
