/**
 * Short Arabic titles for events: a few words of the clause that carries the date (subject, verb,
 * object), without the date words, the leading connectives («و»، «كما»، «هذا وقد»، «بالإضافة إلى
 * ذلك») and the reporting frame («وقالت الوكالة أن …»).
 */
import { readings } from '../text/clitics.ts';
import { type NormalizedText, normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';

/** The text around a sentence that titles are cut from. */
export interface TitleSource {
  text: string;
  norm: NormalizedText;
  tokens: readonly Token[];
}

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

const MAX_WORDS = 10;
const CUT_WORDS = 8;
const MIN_WORDS = 2;
const MAX_ITEMS = 48;

const CONNECTIVES: string[][] = [
  'هذا وقد', 'هذا و', 'وقد', 'قد', 'بالإضافة إلى ذلك', 'إضافة إلى ذلك', 'وفي سياق متصل', 'في سياق متصل', 'وفي سياق آخر', 'في سياق آخر', 'وفي سياق منفصل',
  'من جهة أخرى', 'ومن جهة أخرى', 'من جهته', 'ومن جهته', 'من جهتها', 'ومن جهتها', 'من جانبه', 'ومن جانبه', 'من جانبها', 'ومن جانبها', 'في غضون ذلك', 'وفي غضون ذلك',
  'إلى ذلك', 'وإلى ذلك', 'على صعيد آخر', 'وعلى صعيد آخر', 'في المقابل', 'وفي المقابل', 'كذلك', 'أيضا', 'ثم', 'لكن', 'ولكن', 'غير أن', 'كما', 'وكما', 'و', 'يذكر أن', 'ويذكر أن',
  'تجدر الإشارة إلى أن', 'وتجدر الإشارة إلى أن', 'الجدير بالذكر أن', 'والجدير بالذكر أن', 'وبحسب', 'وحسب', 'وفقا لذلك', 'وعليه', 'علما أن', 'يشار إلى أن', 'ويشار إلى أن', 'وأفيد بأن',
  'ومن المقرر أن', 'من المقرر أن', 'ومن المنتظر أن', 'من المنتظر أن', 'ومن المتوقع أن', 'من المتوقع أن',
].map((c) => W(c).split(' '));
CONNECTIVES.sort((a, b) => b.length - a.length);
// Indexed by first word: a title start is compared with the few connectives that can match it.
const CONNECTIVES_BY_FIRST = new Map<string, string[][]>();
for (const c of CONNECTIVES) CONNECTIVES_BY_FIRST.set(c[0]!, [...(CONNECTIVES_BY_FIRST.get(c[0]!) ?? []), c]);

// Verbs that open a reporting frame; the frame ends at «أن»/«إن»/«بأن».
const SAY = set(
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'تابع', 'تابعت', 'كشف', 'كشفت', 'نقل', 'نقلت',
  'أورد', 'أوردت', 'صرح', 'صرحت', 'اعتبر', 'اعتبرت', 'لفت', 'لفتت', 'شدد', 'شددت', 'بين', 'بينت', 'زعم', 'زعمت', 'نفى', 'نفت', 'رأى', 'رأت', 'يرى', 'ترى', 'أبلغ', 'أبلغت', 'أفادت', 'يقول', 'تقول', 'أكدت', 'أوردت', 'بثت', 'نشرت',
);
const COMPLEMENTIZERS = set('أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها');
// Sentence-initial words that start with و but are nouns, not the conjunction.
const WAW_NOUNS = set(
  'وزير', 'وزيرة', 'وزارة', 'وزراء', 'وكالة', 'وكالات', 'وفد', 'وفود', 'ولاية', 'ولايات', 'وسائل', 'وحدة', 'وحدات', 'وقت', 'وضع', 'وثيقة', 'وجهة', 'وصول', 'ولي', 'وطن', 'وطني', 'ورقة', 'وادي',
  'واشنطن', 'واحد', 'واحدة', 'وراء', 'وسط', 'وفق', 'وفقا', 'وقف', 'ولد', 'ولادة', 'وصف', 'وظيفة', 'وفاة', 'وعد', 'وجود', 'وقود', 'وعي', 'وتيرة', 'وثائق', 'وسيلة', 'ورشة', 'وليد', 'وائل', 'وهران', 'ورقلة', 'والي', 'والدة', 'والد',
);
const TRAILING_FUNCTION = set('في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أن', 'إن', 'ب', 'ل', 'الذي', 'التي', 'الذين', 'حيث', 'بين', 'ضد', 'خلال', 'عند', 'لدى', 'حول', 'بعد', 'قبل', 'منذ', 'حتى', 'أو', 'ثم', 'كما', 'ما', 'لا', 'قد', 'هذا', 'هذه');
const PREP_STOP = set('في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'بين', 'ضد', 'حول', 'لدى', 'عند', 'منذ', 'خلال', 'بعد', 'قبل', 'حتى', 'أثناء', 'وفي', 'وعلى', 'ومن');
// Words that tie a date to its clause and go with it («في»، «يوم»، «الموافق لـ»).
const GLUE = set('في', 'وفي', 'يوم', 'ويوم', 'منذ', 'ومنذ', 'خلال', 'وخلال', 'الموافق', 'الموافقة', 'ل', 'حتى', 'بتاريخ', 'من', 'طيلة', 'طوال', 'مساء', 'صباح');
const CLAUSE_PUNCT = new Set(['،', ',', ':', '؛', ';', '(', ')', '.', '!', '؟', '?', '…', '[', ']']);
const QUOTES = new Set(['"', '“', '”', '«', '»', '„', "'", '‘', '’', '‹', '›']);

type Item = { k: number; kind: 'word' | 'punct' | 'boundary' };

/** A title and its words in normalized form (for comparing titles without normalizing again). */
export interface Title {
  text: string;
  words: string[];
}

/**
 * The title of the statement in tokens [from, to): the clause after connectives and reporting frame,
 * with the tokens `isDate` marks (the event's own dates) and the glue before them removed.
 */
export function clauseTitle(src: TitleSource, from: number, to: number, isDate: (k: number) => boolean, dateAt = to, subordinate = false): Title {
  let items = keptItems(src, from, to, isDate);
  let start = skipConnectives(src, items, 0);
  // A later clause of the sentence may open with the preposition that tied it to the first («عن رزنامة …»).
  while (subordinate && items[start]?.kind === 'word' && LEADING_PREPS.has(src.tokens[items[start]!.k]!.text)) start++;
  const frame = findFrame(src, items, start);
  if (frame) {
    // «قال الرئيس مساء أمس إن …»: the date dates the saying, so the frame is the statement;
    // otherwise the reported clause is.
    if (dateAt < items[frame.comp]!.k) items = items.slice(0, frame.comp);
    else start = frame.after;
  }
  start = skipConnectives(src, items, start);
  const chosen: Item[] = [];
  let words = 0;
  for (let n = start; n < items.length; n++) {
    const it = items[n]!;
    if (it.kind === 'boundary') {
      if (words >= MIN_WORDS) break;
      continue;
    }
    // «… بينما سيتراجع …»، «… حسبما أفادت …»: a contrasting or source clause is another statement.
    if (it.kind === 'word' && words >= MIN_WORDS && SPLITTERS.has(src.tokens[it.k]!.text)) break;
    // «التي/الذي» add nothing to a short title («الانتخابات التي ستجرى» → «الانتخابات ستجرى»).
    if (it.kind === 'word' && RELATIVE_PRONOUNS.has(src.tokens[it.k]!.text) && words > 0) continue;
    chosen.push(it);
    if (it.kind === 'word' && src.tokens[it.k]!.text !== 'ال') words++;
    if (words > MAX_WORDS) break;
  }
  let cut = chosen;
  if (words > MAX_WORDS) {
    let w = 0;
    cut = [];
    for (const it of chosen) {
      if (it.kind === 'word' && src.tokens[it.k]!.text !== 'ال' && ++w > CUT_WORDS) break;
      cut.push(it);
    }
  }
  return title(src, trimTrailing(src, cut), true);
}

/**
 * The title of a date that qualifies a noun («حرب التحرير الوطنية 1950-1953»، «الذكرى الـ 70
 * لتوقيع اتفاقية الهدنة في 27 يوليو 1953»): the noun phrase just before the date, back to a
 * preposition, a clause mark or `stop` (the anniversary expression).
 */
export function nounPhraseTitle(src: TitleSource, dateStart: number, from: number, stop: number, isDate?: (k: number) => boolean): Title {
  const toks = src.tokens;
  let k = dateStart - 1;
  while (k >= from && toks[k]!.kind === 'p' && (toks[k]!.text === '(' || QUOTES.has(toks[k]!.text))) k--;
  if (k >= from && toks[k]!.kind === 'w' && GLUE.has(toks[k]!.text)) k--;
  const picked: number[] = [];
  let words = 0;
  let sawIndefinite = false;
  for (; k >= from && k >= stop && words < 6; k--) {
    const t = toks[k]!;
    if (isDate?.(k)) break;
    if (t.kind === 'p') {
      if (QUOTES.has(t.text)) continue;
      if (CLAUSE_PUNCT.has(t.text)) break;
      picked.push(k);
      continue;
    }
    if (t.kind === 'w' && (PREP_STOP.has(t.text) || looksLikeVerb(t.text))) break;
    // In a construct chain only the last member takes the article: a definite word before an
    // indefinite one belongs to another phrase («السراي الحكومي | مشروع موازنة العام 2024»).
    const definite = t.kind === 'w' && readings(t.text).some((r) => r.stem.startsWith('ال'));
    if (t.kind === 'w' && sawIndefinite && definite) break;
    if (t.kind === 'w' && !definite && t.text !== 'ال') sawIndefinite = true;
    picked.push(k);
    words++;
  }
  picked.reverse();
  // «ذكرى الحرب الأهلية (1975-1990)»: the remembrance is not what the years date.
  while (picked.length > 1 && toks[picked[0]!]!.kind === 'w' && NOT_DATED_HEADS.has(toks[picked[0]!]!.text)) picked.shift();
  if (!picked.length) return { text: '', words: [] };
  const items: Item[] = picked.map((k) => ({ k, kind: toks[k]!.kind === 'p' ? 'punct' : 'word' }));
  // After an anniversary the phrase starts with its «لـ» («لتوقيع»، «للانتصار»): drop the preposition.
  const firstTok = picked[0]!;
  const dropLam = firstTok === stop && toks[firstTok]!.kind === 'w' && toks[firstTok]!.text.startsWith('ل') && toks[firstTok]!.text.length > 3;
  return title(src, trimTrailing(src, items), false, dropLam);
}

function title(src: TitleSource, items: Item[], dropLeadingWaw: boolean, dropLeadingLam = false): Title {
  return { text: render(src, items, dropLeadingWaw, dropLeadingLam), words: items.filter((it) => it.kind === 'word').map((it) => src.tokens[it.k]!.text) };
}

function keptItems(src: TitleSource, from: number, to: number, isDate: (k: number) => boolean): Item[] {
  const toks = src.tokens;
  const isGlue = (k: number) => k < to && toks[k]!.kind === 'w' && GLUE.has(toks[k]!.text);
  // A date word, or a glue word («في»، «الموافق لـ») at most two words before a date. Computed per
  // token as the scan goes, so a title costs what it reads, not the length of the sentence.
  const dropped = (k: number) => k < to && (isDate(k) || (isGlue(k) && (isDate(k + 1) || (isGlue(k + 1) && k + 2 < to && isDate(k + 2)))));
  // Also drop glue between two dates of the event («الموافق لـ»).
  const items: Item[] = [];
  let k = from;
  // A title needs the first few words only (connectives, frame, ≤ 10 words): stop early.
  while (k < to && items.length < MAX_ITEMS) {
    if (!dropped(k)) {
      const t = toks[k]!;
      if (t.kind === 'p') {
        if (QUOTES.has(t.text)) {
          k++;
          continue;
        }
        items.push({ k, kind: CLAUSE_PUNCT.has(t.text) ? 'boundary' : 'punct' });
      } else items.push({ k, kind: 'word' });
      k++;
      continue;
    }
    // A run of removed date words with the clause marks that fill or follow it: the mark before it
    // stays («في بيان، اليوم الخميس: …»); the mark after it goes («سيشارك اليوم، في العرض …»)
    // unless a new clause starts there.
    let b = k;
    while (b < to && (dropped(b) || (toks[b]!.kind === 'p' && (CLAUSE_PUNCT.has(toks[b]!.text) || toks[b]!.text === '/')))) b++;
    const leftMark = items.length > 0 && items[items.length - 1]!.kind === 'boundary';
    const rightMark = toks[b - 1]!.kind === 'p' && CLAUSE_PUNCT.has(toks[b - 1]!.text);
    // «… الخميس المقبل، على أن …»: a new clause after the date's comma ends the statement.
    if (!leftMark && rightMark && b < to && opensClause(toks[b]!)) items.push({ k: b - 1, kind: 'boundary' });
    k = b;
  }
  return items;
}

const SPLITTERS = set('بينما', 'فيما', 'حسبما', 'حيث', 'مشيرا', 'مشيرة', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'قائلا', 'قائلة', 'وسط', 'ليتم', 'لكن', 'ولكن', 'إلا', 'غير', 'وذلك');
const OPENERS = set('على', 'حيث', 'فيما', 'بينما', 'كما', 'لكن', 'إلا', 'حسب', 'حسبما', 'وفق', 'وفقا', 'إذ', 'مما', 'التي', 'الذي', 'الذين', 'ثم', 'أي', 'مشيرا', 'مشيرة', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'قائلا', 'قائلة', 'بعدما', 'عندما', 'حين');

/** True when a word opens a new clause (a conjunction, «على أن»، «حيث»، «مشيرا» …). */
function opensClause(t: Token): boolean {
  if (t.kind !== 'w') return false;
  if (OPENERS.has(t.text)) return true;
  return t.text.length >= 4 && t.text.startsWith('و') && !WAW_NOUNS.has(t.text);
}

const RELATIVE_PRONOUNS = set('التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي');
const LEADING_PREPS = set('عن', 'في', 'من', 'على', 'إلى', 'الى', 'مع', 'ب', 'ل', 'أن', 'إن');
const NOT_DATED_HEADS = set('ذكرى', 'الذكرى', 'بذكرى', 'ذكريات', 'مناسبة', 'بمناسبة', 'إحياء', 'لإحياء', 'احتفالات', 'احتفال');
// Verbs that open many news clauses; with the feminine past «…ت» they end a noun phrase read backwards.
const COMMON_VERBS = set('اندلع', 'شهد', 'خلف', 'بدأ', 'انتهى', 'وقع', 'جرى', 'عاش', 'قال', 'أعلن', 'زار', 'عقد', 'أحيا', 'أحيت', 'يحيي', 'تحيي', 'يحتفل', 'تحتفل', 'احتفل', 'خاض', 'خاضت', 'دار', 'دارت', 'امتد', 'استمر', 'كان', 'انطلق', 'تطلق', 'يطلق', 'أطلق');

/** A rough test for a verb: a common news verb, or a feminine past form ending in ت (not the plural ات). */
function looksLikeVerb(word: string): boolean {
  const w = word.startsWith('و') || word.startsWith('ف') ? word.slice(1) : word;
  if (COMMON_VERBS.has(w) || COMMON_VERBS.has(word) || SAY.has(w)) return true;
  return !w.startsWith('ال') && w.length >= 4 && w.endsWith('ت') && !w.endsWith('ات');
}

const INVISIBLE_AND_QUOTES = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff"“”«»„‘’‹›]/g;
// Only what changes: a run of two or more spaces, or one space other than U+0020 (same result as /\s+/ → ' ').
const SPACES = /\s{2,}|[^\S ]/g;

function matchSeq(src: TitleSource, items: Item[], at: number, seq: string[]): number {
  let n = at;
  for (const w of seq) {
    const it = items[n];
    if (!it || it.kind !== 'word' || src.tokens[it.k]!.text !== w) return -1;
    n++;
  }
  if (items[n]?.kind === 'boundary') n++;
  return n;
}

function skipConnectives(src: TitleSource, items: Item[], start: number): number {
  let at = start;
  for (let guard = 0; guard < 4; guard++) {
    while (items[at]?.kind === 'boundary') at++;
    let moved = false;
    const first = items[at];
    const candidates = first && first.kind === 'word' ? CONNECTIVES_BY_FIRST.get(src.tokens[first.k]!.text) : undefined;
    for (const seq of candidates ?? []) {
      const n = matchSeq(src, items, at, seq);
      if (n > at) {
        at = n;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return at;
}

/** A reporting frame at `start` («قالت الوكالة أن»): the complementizer's item and the item after it. */
function findFrame(src: TitleSource, items: Item[], start: number): { comp: number; after: number } | null {
  const first = items[start];
  if (!first || first.kind !== 'word') return null;
  const w = src.tokens[first.k]!.text;
  if (!readings(w).some((r) => (r.prefix === '' || r.prefix === 'و' || r.prefix === 'ف') && SAY.has(r.stem))) return null;
  for (let n = start + 1; n < items.length && n <= start + 10; n++) {
    const it = items[n]!;
    const t = src.tokens[it.k]!;
    if (it.kind === 'boundary' && (t.text === ':' || t.text === '.')) return null;
    if (it.kind === 'word' && COMPLEMENTIZERS.has(t.text)) {
      let m = n + 1;
      while (items[m]?.kind === 'boundary') m++;
      return m < items.length ? { comp: n, after: m } : null;
    }
  }
  return null;
}

function trimTrailing(src: TitleSource, items: Item[]): Item[] {
  const out = items.slice();
  while (out.length) {
    const last = out[out.length - 1]!;
    const t = src.tokens[last.k]!;
    if (last.kind !== 'word' || TRAILING_FUNCTION.has(t.text)) out.pop();
    else break;
  }
  while (out.length && out[0]!.kind !== 'word') out.shift();
  return out;
}

const AFTER_WAW = set('تم', 'كان', 'كانت', 'قد', 'لقد', 'لكن', 'هو', 'هي', 'هذا', 'هذه', 'في', 'من', 'على', 'عن', 'مع', 'بعد', 'قبل', 'خلال');
const HAMZA_ALEF = new Set([0x0623, 0x0625, 0x0622]);

/**
 * True when a sentence-initial «و» is the conjunction, not the word's first letter («وصل»، «وزير»):
 * what follows must read as a word on its own — a verb of saying, an imperfect verb (ت ي ن س), a
 * word with the article, a hamza-initial word («وأعلنت»), or a common particle.
 */
function isConjunctionWaw(w: string, secondOriginal: number): boolean {
  if (w.length < 3 || !w.startsWith('و') || WAW_NOUNS.has(w)) return false;
  const rest = w.slice(1);
  if (SAY.has(rest) || AFTER_WAW.has(rest)) return true;
  if (HAMZA_ALEF.has(secondOriginal)) return true;
  // «واطلع»، «وانطلقت»، «واستقبل»: و before a verb that starts with alef; but «واجهت»، «واشنطن»
  // begin with the root letter و.
  if (rest.startsWith('ا') && rest.length >= 4 && !(rest.length === 4 && rest.endsWith('ت')) && !WAW_NOUNS.has(w)) return true;
  if (rest.startsWith('ال') && rest.length >= 4) return true;
  return rest.length >= 3 && 'تينس'.includes(rest[0]!);
}

/** The original text of the items: adjacent tokens keep their own spacing, gaps become one space. */
function render(src: TitleSource, items: Item[], dropLeadingWaw: boolean, dropLeadingLam = false): string {
  const { text, norm, tokens } = src;
  const parts: string[] = [];
  let segStart = -1;
  let segEnd = -1;
  let prevK = -2;
  for (const it of items) {
    const t = tokens[it.k]!;
    const s = norm.startOf[t.start]!;
    const e = norm.endOf[t.end - 1]!;
    if (it.k === prevK + 1 && segStart >= 0) segEnd = e;
    else {
      if (segStart >= 0) parts.push(text.slice(segStart, segEnd));
      segStart = s;
      segEnd = e;
    }
    prevK = it.k;
  }
  if (segStart >= 0) parts.push(text.slice(segStart, segEnd));
  let title = parts.join(' ');
  const first = items[0];
  if (first && dropLeadingWaw && isConjunctionWaw(tokens[first.k]!.text, text.charCodeAt(norm.startOf[tokens[first.k]!.start]! + 1))) title = title.slice(1);
  if (first && dropLeadingLam) {
    const w = tokens[first.k]!.text;
    title = w.startsWith('لل') ? 'ال' + title.slice(2) : title.slice(1);
  }
  return title.replace(INVISIBLE_AND_QUOTES, '').replace(SPACES, ' ').trim();
}
