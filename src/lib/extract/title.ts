/**
 * Short Arabic titles for events: a few words of the clause that carries the date (subject, verb,
 * object), without the date words, the leading connectives («و»، «كما»، «هذا وقد»، «بالإضافة إلى
 * ذلك») and the reporting frame («وقالت الوكالة أن …»).
 */
import { readings } from '../text/clitics.ts';
import { type NormalizedText, normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { opensClause } from './clauses.ts';
import { isEventNoun, isVerbLike } from './happening.ts';
import { datelineEnd, type Item, skipOpeners } from './openers.ts';
import { isPlanned, masdarOf } from './masdar.ts';
import { NAME_WITH_TITLE, SAY, findFrame } from './report-frame.ts';
import { WAW_NOUNS, isConjunctionWaw } from './leading-waw.ts';

/** The text around a sentence that titles are cut from. */
export interface TitleSource {
  text: string;
  norm: NormalizedText;
  tokens: readonly Token[];
}

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

const MAX_WORDS = 10;
const MIN_WORDS = 2;
const MAX_ITEMS = 48;

// Words that cannot end a title: prepositions, relatives, conjunctions, and the glue of a removed date.
const TRAILING_FUNCTION = set('المؤرخ', 'المؤرخة', 'بتاريخ', 'وتاريخ', 'الموافق', 'يوم', 'تاريخ', 'رقم', 'والتي', 'والذي', 'بأن', 'بان', 'ان', 'أنه', 'انه', 'أنها', 'انها', 'إنه', 'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'و', 'أن', 'إن', 'ب', 'ل', 'الذي', 'التي', 'الذين', 'حيث', 'بين', 'ضد', 'خلال', 'عند', 'لدى', 'حول', 'بعد', 'قبل', 'منذ', 'حتى', 'أو', 'ثم', 'كما', 'ما', 'لا', 'ولا', 'قد', 'هذا', 'هذه',
  // Time prepositions that lose their date («بحلول عام 2031»، «مطلع العام المقبل»، «قبيل الانتخابات»).
  // A label's «لموسم/لسنة» whose year was cut off («… للمحترفين لموسم»).
  'لموسم', 'للموسم', 'لسنة', 'للسنة', 'لعام', 'للعام',
  // «… مقارنة» whose compared period was removed as a date.
  'مقارنة', 'بالمقارنة', 'قياسا',
  // Quantifiers without the noun they quantify («… مكافأة 50 ألف دولار لأي»).
  'أي', 'لأي', 'كل', 'لكل', 'بكل', 'بعض', 'جميع',
  'بحلول', 'أفق', 'مطلع', 'أواخر', 'أوائل', 'أواسط', 'منتصف', 'مستهل', 'قبيل', 'بعيد', 'طوال', 'طيلة', 'عشية', 'غداة', 'إثر', 'اثر', 'حوالي', 'نحو');
const PREP_STOP = set('في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'بين', 'ضد', 'حول', 'لدى', 'عند', 'منذ', 'خلال', 'بعد', 'قبل', 'حتى', 'أثناء', 'وفي', 'وعلى', 'ومن');
// Words that tie a date to its clause and go with it («في»، «يوم»، «الموافق لـ»).
const GLUE = set(
  'في', 'وفي', 'يوم', 'ويوم', 'منذ', 'ومنذ', 'خلال', 'وخلال', 'الموافق', 'الموافقة', 'ل', 'حتى', 'وحتى', 'بتاريخ', 'وبتاريخ', 'وتاريخ', 'من', 'طيلة', 'طوال', 'مساء', 'صباح', 'ابتداء', 'وابتداء',
  'انطلاقا', 'بداية', 'اجل', 'أجل', 'اقصاه', 'أقصاه', 'غاية', 'لغاية', 'والى', 'وإلى', 'إلى', 'الى', 'حدود', 'المؤرخ', 'المؤرخة', 'المؤرخين',
  // «في الفترة الممتدة من 16 إلى 18 أوت»: the period's frame goes with its dates.
  'الفترة', 'الممتدة', 'الممتد', 'المدة',
  // «حدد القرار تاريخ 17 ديسمبر موعدا»: the word «date» before a date; «في أفق سنة 2030» (Maghreb: by 2030).
  'تاريخ', 'أفق', 'افق',
  // «في موسم 2021-2022»: a season is said with its years.
  'موسم', 'الموسم',
);
const CLAUSE_PUNCT = new Set(['،', ',', ':', '؛', ';', '(', ')', '.', '!', '؟', '?', '…', '[', ']']);
const QUOTES = new Set(['"', '“', '”', '«', '»', '„', "'", '‘', '’', '‹', '›']);


/** A title and its words in normalized form (for comparing titles without normalizing again). */
export interface Title {
  text: string;
  words: string[];
  /** Token index of the title's last word (where a clause title was cut). */
  last?: number;
  /** True for a noun phrase the date qualifies rather than a clause. */
  nominal?: boolean;
  /** True when the date dates a saying («قالت الوزارة: …»): a statement, not what it reports. */
  said?: boolean;
}

/**
 * The title of the statement in tokens [from, to): the clause after openers, dateline and (when the
 * date dates the reported content) the reporting frame, with the tokens `isDate` marks (the
 * event's own dates), the glue before them and parenthetical asides removed; appositions between
 * commas are stepped over, a name in apposition replaces the title it follows.
 */
export function clauseTitle(src: TitleSource, from: number, to: number, isDate: (k: number) => boolean, dateAt = to, subordinate = false): Title {
  const toks = src.tokens;
  let items = keptItems(src, datelineEnd(toks, from, to), to, isDate);
  let start = skipOpeners(toks, items, 0);
  // A later clause of the sentence may open with the preposition that tied it to the first («عن رزنامة …»).
  while (subordinate && items[start]?.kind === 'word' && LEADING_PREPS.has(toks[items[start]!.k]!.text)) start++;
  let head: Item[] = [];
  const frame = findFrame(toks, items, start);
  if (frame) {
    // «قال الرئيس مساء أمس إن …»: the date dates the saying, so the speaker leads the content;
    // otherwise (the date inside the content) the content alone is the statement.
    if (dateAt < items[frame.comp]!.k) head = frame.head.map((n) => items[n]!);
    start = frame.after;
    // «وقال: "أعلن اليوم أن الولايات المتحدة ستنسحب"»: a frame inside the content goes too.
    const inner = findFrame(toks, items, start);
    if (inner && !inner.quoted) start = inner.after;
  }
  start = skipOpeners(toks, items, start);
  // «ومن المقرر أن يصوت البرلمان …»: a planned happening is named by its masdar.
  const masdar = !head.length ? plannedMasdar(toks, items, start) : null;
  items = pluperfectFirst(toks, dropAuxiliary(toks, items, start), start);
  // The speaker, then «إن» or the colon, then the content.
  const chosen: Item[] = head.length ? [...head, { k: items[frame!.comp]!.k, kind: frame!.quoted ? ('punct' as const) : ('word' as const) }] : [];
  let words = chosen.filter((it) => it.kind === 'word').length;
  let cut = false;
  let nextWord = '';
  for (let n = start; n < items.length; n++) {
    const it = items[n]!;
    if (it.kind === 'boundary') {
      if (words < MIN_WORDS) continue;
      const aside = words < MAX_WORDS - 1 ? asideAfter(toks, items, n, words <= SHORT_TITLE) : null;
      if (!aside) break;
      if (aside.kind === 'name' && chosen.length >= 2 && chosen.length <= 8 && isVerbLike(toks[chosen[0]!.k]!.text)) {
        // «اتهم الرئيس الإيراني، حسن روحاني، دول الغرب»: the name joins its title, or replaces a long one.
        if (chosen.length - 1 + aside.name.length > NAME_WITH_TITLE) chosen.splice(1, chosen.length - 1);
        chosen.push(...aside.name);
        words = chosen.length;
      }
      // An object or a purpose clause after the comma goes on the title; a name or a circumstance is stepped over.
      n = aside.kind === 'continue' ? n : aside.end;
      // «، سيرغي شويغو، أثناء زيارته لبيونغ يانغ، الزعيم …»: a closed circumstance right after is stepped over too.
      for (let more = aside.kind === 'continue' ? null : asideAfter(toks, items, n, false); more?.kind === 'skip'; more = asideAfter(toks, items, n, false)) n = more.end;
      continue;
    }
    const w = toks[it.k]!.text;
    // «… بينما سيتراجع …»، «… ويتم غلقه …»: another clause is another statement.
    if (it.kind === 'word' && words >= MIN_WORDS && (SPLITTERS.has(w) || opensClause(toks, it.k))) break;
    // «التي/الذي» add nothing to a short title («الانتخابات التي ستجرى» → «الانتخابات ستجرى»).
    // A relative clause after a full statement is another statement («… على الساعة صفر والتي يتم …»).
    if (it.kind === 'word' && (RELATIVE_PRONOUNS.has(w) || RELATIVE_PRONOUNS.has(w.slice(1))) && words > 0) {
      if (words >= RELATIVE_ENDS) break;
      continue;
    }
    chosen.push(it);
    if (it.kind === 'word' && w !== 'ال') words++;
    if (words >= MAX_WORDS) {
      // Cut only when the statement goes on: a title that ends with its clause is whole.
      cut = n + 1 < items.length && items[n + 1]!.kind !== 'boundary';
      if (cut && items[n + 1]!.kind === 'word') nextWord = toks[items[n + 1]!.k]!.text;
      break;
    }
  }
  const t = title(src, trimTrailing(src, cut ? trimCut(toks, dropNameStart(toks, chosen, nextWord)) : chosen), true);
  if (head.length) t.said = true;
  return masdar ? withFirstWord(t, masdar) : t;
}

/** The masdar for the verb at `start` when a plan opener («من المقرر أن») precedes it, or null. */
function plannedMasdar(toks: readonly Token[], items: readonly Item[], start: number): string | null {
  const it = items[start];
  if (!it || it.kind !== 'word') return null;
  const before: string[] = [];
  for (let n = Math.max(0, start - 3); n < start; n++) if (items[n]!.kind === 'word') before.push(toks[items[n]!.k]!.text);
  return isPlanned(before) ? masdarOf(toks[it.k]!.text) : null;
}

/** A title with its first word replaced (a verb by its masdar). */
function withFirstWord(t: Title, word: string): Title {
  const space = t.text.indexOf(' ');
  if (space < 0) return t;
  return { ...t, text: `${word}${t.text.slice(space)}`, words: [normalizeWord(word), ...t.words.slice(1)] };
}

const RELATIVE_ENDS = 4;
const DANGLING_REACH = 2;

/**
 * A title cut at ten words must not stop inside a phrase: «… سجل في نحو 100 محكمة أردنية في مختلف»
 * loses its last preposition and what follows it, «… بيانا تعلن فيه أن ولي» its complementizer.
 */
function trimCut(toks: readonly Token[], items: Item[]): Item[] {
  const words = items.filter((it) => it.kind === 'word');
  for (let back = 1; back <= DANGLING_REACH && back < words.length - MIN_WORDS; back++) {
    const it = words[words.length - back]!;
    const w = toks[it.k]!.text;
    if (PREP_STOP.has(w) || COMPLEMENTIZER_LIKE.has(w) || NEGATIONS.has(w) || w === 'أن' || w === 'ان') return items.slice(0, items.indexOf(it));
    // «بيانا تعلن فيه»: a preposition with its pronoun ends on a clause about the noun before it,
    // and the verb that opened that clause goes too.
    if (PREP_PRONOUN.test(w)) {
      let cut = items.indexOf(it);
      const verb = words[words.length - back - 1];
      if (verb && words.length - back - 1 > MIN_WORDS && /^[يت]/.test(toks[verb.k]!.text) && isVerbLike(toks[verb.k]!.text)) cut = items.indexOf(verb);
      return items.slice(0, cut);
    }
  }
  // «أعلن عن مكافأة 50 ألف»: an amount cut before its unit says a wrong amount; it goes whole.
  let end = items.length;
  while (end > MIN_WORDS && items[end - 1]!.kind === 'word' && (toks[items[end - 1]!.k]!.kind === 'n' || NUMBER_WORDS.has(toks[items[end - 1]!.k]!.text))) end--;
  // … and the word that announced the amount («بقيمة»، «قدرها»، «بكلفة»).
  while (end > MIN_WORDS && items[end - 1]!.kind === 'word' && AMOUNT_WORDS.has(toks[items[end - 1]!.k]!.text)) end--;
  return end < items.length ? items.slice(0, end) : items;
}
// «ما» is left out: it is as often «what» («لاستعادة ما يعرف بـ») as «not».
/**
 * «… الزعيم الكوري الشمالي كيم | جونغ أون»: a cut that falls inside a name leaves its first word
 * dangling after the office it follows. A bare word (no «ال», no clitic) after a definite word, with
 * another bare word after the cut that does not end like an adjective (ـة، ـي، ـا), is taken for a
 * name's start and goes.
 */
function dropNameStart(toks: readonly Token[], items: Item[], next: string): Item[] {
  const last = items[items.length - 1];
  const before = items[items.length - 2];
  if (!next || !last || !before || last.kind !== 'word' || before.kind !== 'word') return items;
  const w = toks[last.k]!.text;
  const bare = (x: string) => toks[last.k]!.kind === 'w' && !x.startsWith('ال') && !TRAILING_FUNCTION.has(x) && !PREP_STOP.has(x) && !/^[وفبلك]ال/.test(x);
  if (!bare(w) || !bare(next) || /[هيا]$/.test(next) || !toks[before.k]!.text.startsWith('ال')) return items;
  return items.slice(0, -1);
}

const NEGATIONS = set('لم', 'لن', 'لا', 'ليس', 'ليست');
const PREP_PRONOUN = /^(في|عن|من|عل|ال|ل|ب)(يه|يها|يهم|يهما|ه|ها|هم|هما)$/;
const AMOUNT_WORDS = set('بقيمة', 'قيمتها', 'قيمته', 'قدرها', 'قدره', 'بمبلغ', 'بكلفة', 'بتكلفة', 'بكلفه', 'تناهز', 'يناهز', 'بلغت', 'تبلغ', 'يبلغ', 'بحوالي', 'بنحو');
const IN_IT = set('فيه', 'فيها', 'فيهم', 'فيهما');
const NUMBER_WORDS = set('ألف', 'آلاف', 'الف', 'مليون', 'ملايين', 'مليار', 'مليارات', 'مئة', 'مائة', 'مئات');

const APPOSITION_MAX = 4;
const SHORT_TITLE = 4;
const ADVERBIAL = set('في', 'من', 'على', 'عن', 'مع', 'خلال', 'أثناء', 'اثناء', 'إثر', 'اثر', 'عقب', 'وسط', 'عبر', 'بعد', 'قبل', 'لدى', 'عند', 'حسب', 'بحسب', 'وفق', 'وفقا', 'نقلا', 'تحت', 'أمام');

/** What follows a comma inside a title: a name or circumstance to step over, an object or purpose clause to go on with. */
type Aside = { kind: 'name'; end: number; name: Item[] } | { kind: 'skip'; end: number } | { kind: 'continue' };

/**
 * At a comma after the title's first words: «، حسن روحاني،» (a name: it may replace the title before
 * it), «، أثناء زيارته لبيونغ يانغ،» (a circumstance: stepped over), «، تغريدة على تويتر» (the
 * object: the title goes on), «، ليزور لوس أنجليس» (a purpose clause: goes on); null when the comma
 * ends the statement.
 */
function asideAfter(toks: readonly Token[], items: readonly Item[], n: number, short: boolean): Aside | null {
  const mark = toks[items[n]!.k]!.text;
  if (mark !== '،' && mark !== ',') return null;
  const first = items[n + 1];
  if (!first || first.kind !== 'word') return null;
  const w0 = toks[first.k]!.text;
  if (opensClause(toks, first.k) || SPLITTERS.has(w0) || COMPLEMENTIZER_LIKE.has(w0)) return null;
  // «ليزور»، «لبحث»: a purpose clause of the same statement.
  // «لبحث»، «لمناقشة»: a purpose masdar, the same.
  if (w0.length >= 4 && w0.startsWith('ل') && !w0.startsWith('ال') && ((isVerbLike(w0.slice(1)) && 'يت'.includes(w0[1]!)) || isEventNoun(w0.slice(1)) || isVerbLike(w0.slice(1)))) return { kind: 'continue' };
  let words = 0;
  for (let m = n + 1; m < items.length; m++) {
    const it = items[m]!;
    const t = toks[it.k]!;
    if (it.kind === 'boundary') {
      if (words === 0) return null;
      if (t.text !== '،' && t.text !== ',') break;
      const next = items[m + 1];
      if (!next || next.kind !== 'word' || opensClause(toks, next.k) || SPLITTERS.has(toks[next.k]!.text) || COMPLEMENTIZER_LIKE.has(toks[next.k]!.text)) return null;
      const name = nameOf(toks, items, n + 1, m);
      if (name) return { kind: 'name', end: m, name };
      if (!ADVERBIAL.has(w0) && items.slice(n + 1, m).some((x) => x.kind === 'word' && isVerbLike(toks[x.k]!.text))) return null;
      return ADVERBIAL.has(w0) && words <= APPOSITION_MAX ? { kind: 'skip', end: m } : { kind: 'continue' };
    }
    if (it.kind !== 'word') continue;
    // A name may look like a verb («سيرغي»): a verb shape only ends an aside longer than a name.
    if (++words > APPOSITION_MAX || (words > 3 && !ADVERBIAL.has(w0) && isVerbLike(t.text)) || opensClause(toks, it.k) || COMPLEMENTIZER_LIKE.has(t.text)) break;
  }
  // A longer run without a closing comma: the object when it starts with a noun; a place or
  // circumstance when the title is still too short to say where («انطلق ناشطون، في مسيرة …»).
  if (ADVERBIAL.has(w0)) {
    // «وافق مجلس الوزراء، خلال جلسته التي عقدها برئاسة …، على نظام …»: a long circumstance closed by
    // a comma, with the statement going on after it, is stepped over whole.
    const close = short ? closingComma(toks, items, n + 1) : -1;
    if (close > 0 && items[close + 1]?.kind === 'word' && LEADING_PREPS.has(toks[items[close + 1]!.k]!.text)) return { kind: 'skip', end: close };
    return short ? { kind: 'continue' } : null;
  }
  return !ADVERBIAL.has(w0) && !isVerbLike(w0) && !nameOf(toks, items, n + 1, Math.min(items.length, n + 4)) ? { kind: 'continue' } : null;
}
const LONG_ASIDE = 20;

/** The item of the comma that closes an aside starting at item `from` (no clause opener before it), or -1. */
function closingComma(toks: readonly Token[], items: readonly Item[], from: number): number {
  for (let m = from; m < items.length && m < from + LONG_ASIDE; m++) {
    const it = items[m]!;
    const t = toks[it.k]!;
    if (it.kind === 'boundary') return t.text === '،' || t.text === ',' ? m : -1;
    if (it.kind === 'word' && (opensClause(toks, it.k) || COMPLEMENTIZER_LIKE.has(t.text))) return -1;
  }
  return -1;
}
const COMPLEMENTIZER_LIKE = set('أن', 'إن', 'بأن', 'ان', 'بان', 'وهو', 'وهي', 'وهم');

/** The words of an aside that is a person's name (two or three words, the first without «ال»), or null. */
function nameOf(toks: readonly Token[], items: readonly Item[], from: number, to: number): Item[] | null {
  const words = items.slice(from, to).filter((it) => it.kind === 'word');
  // A name has no number and no preposition inside («عددا من المشروعات» is an object).
  if (words.length < 2 || words.length > 3 || words.some((it) => toks[it.k]!.kind !== 'w' || ADVERBIAL.has(toks[it.k]!.text) || LEADING_PREPS.has(toks[it.k]!.text))) return null;
  const first = toks[words[0]!.k]!.text;
  if (first.startsWith('ال') || LEADING_PREPS.has(first) || ADVERBIAL.has(first) || isEventNoun(first)) return null;
  // «محطة القطار الكهربائي»، «فعاليات الطبعة»: a noun in «ـة» or «ـات» before a definite word is a
  // construct, not a name.
  if ((first.endsWith('ه') || first.endsWith('ات')) && toks[words[1]!.k]!.text.startsWith('ال')) return null;
  return words;
}

// «تم الكشف عن …»، «يتم غلقه»: the passive auxiliary goes, the masdar after it names the event.
const AUXILIARY = set('تم', 'وتم', 'يتم', 'ويتم', 'سيتم', 'وسيتم', 'ستتم', 'تمت', 'وتمت');

const KANA = set('كان', 'وكان', 'كانت', 'وكانت', 'كانوا', 'وكانوا', 'فكان', 'فكانت');
const QAD = W('قد');
const PLUPERFECT_REACH = 9;

/**
 * «وكان أمير البلاد قد أصدر مرسوما»: the pluperfect («كان … قد + past») says what had happened; the
 * title says it verb first, as a news title does: «أصدر أمير البلاد مرسوما».
 */
function pluperfectFirst(toks: readonly Token[], items: Item[], start: number): Item[] {
  const it = items[start];
  if (it?.kind !== 'word' || !KANA.has(toks[it.k]!.text)) return items;
  for (let n = start + 1; n < items.length && n <= start + PLUPERFECT_REACH; n++) {
    const x = items[n]!;
    if (x.kind === 'boundary') return items;
    if (x.kind !== 'word' || toks[x.k]!.text !== QAD) continue;
    // After «قد» comes a verb whatever its shape («فشل» has none a shape test sees).
    const verb = items[n + 1];
    if (n === start + 1 || verb?.kind !== 'word') return items;
    return [...items.slice(0, start), verb, ...items.slice(start + 1, n), ...items.slice(n + 2)];
  }
  return items;
}

/** Items without a passive auxiliary at the title's start. */
function dropAuxiliary(toks: readonly Token[], items: Item[], start: number): Item[] {
  const it = items[start];
  const next = items[start + 1];
  // «يتم غلقه» keeps its auxiliary: a bare masdar with a pronoun says too little.
  if (it?.kind === 'word' && AUXILIARY.has(toks[it.k]!.text) && next?.kind === 'word' && items[start + 2]?.kind === 'word') return [...items.slice(0, start), ...items.slice(start + 1)];
  return items;
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
    if (t.kind === 'w' && (PREP_STOP.has(t.text) || looksLikeVerb(t.text) || t.text === SIYYAMA)) break;
    // In a construct chain only the last member takes the article: a definite word before an
    // indefinite one belongs to another phrase («السراي الحكومي | مشروع موازنة العام 2024»).
    const definite = t.kind === 'w' && readings(t.text).some((r) => r.stem.startsWith('ال'));
    if (t.kind === 'w' && sawIndefinite && definite) break;
    if (t.kind === 'w' && !definite && t.text !== 'ال') sawIndefinite = true;
    picked.push(k);
    words++;
  }
  picked.reverse();
  // «حرب أكتوبر 1973»: a construct head keeps the date that names it.
  if (picked.length && picked[picked.length - 1] === dateStart - 1 && toks[dateStart - 1]!.kind === 'w' && isConstructHead(toks[dateStart - 1]!.text) && isDate) {
    for (let j = dateStart; j < toks.length && isDate(j); j++) picked.push(j);
  }
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
  const words = items.filter((it) => it.kind === 'word').map((it) => src.tokens[it.k]!.text);
  return { text: render(src, items, dropLeadingWaw, dropLeadingLam), words, ...(items.length ? { last: items[items.length - 1]!.k } : {}) };
}

// Nouns that a date completes as a name («حرب أكتوبر 1973»، «ثورة 25 يناير»، «أحداث 5 أكتوبر»):
// without the date the head is left bare («احتفلت مصر بالذكرى الخمسين لحرب»).
const CONSTRUCT_HEADS = set('حرب', 'ثورة', 'أحداث', 'نكسة', 'نكبة', 'ذكرى', 'انتفاضة', 'مجزرة', 'معركة', 'عدوان', 'هجمات', 'انقلاب', 'حراك', 'اتفاقية', 'اتفاقيات', 'دستور', 'ميثاق', 'تفجيرات', 'اعتداءات', 'مظاهرات', 'احتجاجات', 'زلزال', 'فيضانات', 'كارثة', 'حادثة', 'عملية', 'غزوة', 'وعد');

/** True for an indefinite construct head, bare or after «لـ/بـ/و» («لحرب»، «بثورة»). */
function isConstructHead(w: string): boolean {
  return readings(w).some((r) => CONSTRUCT_HEADS.has(r.stem));
}

/** True when date token k belongs to a date run that right after a construct head names it. */
function namesDate(toks: readonly Token[], k: number, isDate: (k: number) => boolean): boolean {
  let j = k;
  while (j > 0 && isDate(j - 1)) j--;
  const head = toks[j - 1];
  return j > 0 && head!.kind === 'w' && isConstructHead(head!.text);
}

/** True when token k (before `to`) is a glue word that ties a date to its clause. */
function isGlueAt(toks: readonly Token[], k: number, to: number): boolean {
  return k < to && toks[k]!.kind === 'w' && GLUE.has(toks[k]!.text);
}

/**
 * True when token k is a date word, or a glue word («في»، «الموافق لـ») at most three words before a
 * date («في أجل أقصاه يوم 18 سبتمبر»، «ابتداء من 30 آذار»). Computed per token as the scan goes,
 * so a title costs what it reads, not the length of the sentence.
 */
function droppedAt(toks: readonly Token[], k: number, to: number, isDate: (k: number) => boolean): boolean {
  if (k >= to) return false;
  if (isDate(k)) return !namesDate(toks, k, isDate);
  for (let j = k; j < to && j < k + GLUE_RUN && isGlueAt(toks, j, to); j++) if (j + 1 < to && isDate(j + 1)) return true;
  return false;
}

function keptItems(src: TitleSource, from: number, to: number, isDate: (k: number) => boolean): Item[] {
  const toks = src.tokens;
  // Also drop glue between two dates of the event («الموافق لـ»).
  const items: Item[] = [];
  let k = from;
  // A title needs the first few words only (connectives, frame, ≤ 10 words): stop early.
  while (k < to && items.length < MAX_ITEMS) {
    if (!droppedAt(toks, k, to, isDate)) {
      const t = toks[k]!;
      if (t.kind === 'p') {
        if (QUOTES.has(t.text)) {
          k++;
          continue;
        }
        // A parenthetical aside («(32 عاما)»، «(و م ع)») is no part of a title.
        const close = t.text === '(' ? closingParen(toks, k, to) : -1;
        if (close > 0) {
          k = close + 1;
          continue;
        }
        items.push({ k, kind: CLAUSE_PUNCT.has(t.text) ? 'boundary' : 'punct' });
      } else if (TIME_ADVERBS.has(t.text) || FILLERS.has(t.text)) {
        // «شاه إيران آنذاك»: a time adverb is a date word of the title's clause; «بالمناسبة»، «أيضا»
        // say how the sentence ties to the last one, nothing of what happened.
      } else if (k > from && TIME_ADJECTIVES.has(t.text) && droppedAt(toks, k - 1, to, isDate)) {
        // «من 19 إلى 21 أوت المقبل»: an adjective left behind by its removed date goes with it.
      } else items.push({ k, kind: 'word' });
      k++;
      continue;
    }
    // A run of removed date words with the clause marks that fill or follow it: the mark before it
    // stays («في بيان، اليوم الخميس: …»); the mark after it goes («سيشارك اليوم، في العرض …»)
    // unless a new clause starts there.
    let b = k;
    while (b < to && (droppedAt(toks, b, to, isDate) || (toks[b]!.kind === 'p' && (CLAUSE_PUNCT.has(toks[b]!.text) || toks[b]!.text === '/')))) b++;
    const leftMark = items.length > 0 && items[items.length - 1]!.kind === 'boundary';
    const rightMark = toks[b - 1]!.kind === 'p' && CLAUSE_PUNCT.has(toks[b - 1]!.text);
    // «في بيان، اليوم الخميس: "…"»: the colon after the date still opens the quoted content.
    if (rightMark && toks[b - 1]!.text === ':') {
      if (leftMark) items.pop();
      items.push({ k: b - 1, kind: 'boundary' });
      k = b;
      continue;
    }
    // «… الخميس المقبل، على أن …»: a new clause after the date's comma ends the statement.
    if (!leftMark && rightMark && b < to && startsClauseAfterDate(toks[b]!)) items.push({ k: b - 1, kind: 'boundary' });
    k = b;
  }
  return items;
}

const GLUE_RUN = 4;
const TIME_ADJECTIVES = set('المقبل', 'المقبلة', 'القادم', 'القادمة', 'الماضي', 'الماضية', 'الجاري', 'الجارية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة');
const FILLERS = set('بالمناسبة', 'وبالمناسبة', 'أيضا', 'أيضاً', 'كذلك', 'بدوره', 'بدورها', 'بدورهم');
const TIME_ADVERBS = set('آنذاك', 'انذاك', 'حينها', 'حينذاك', 'وقتها', 'يومها', 'حاليا', 'حالياً');
const PAREN_REACH = 12;

/** The matching «)» of the «(» at k, near enough to be an aside, or -1. */
function closingParen(toks: readonly Token[], k: number, to: number): number {
  for (let j = k + 1; j < to && j <= k + PAREN_REACH; j++) {
    const t = toks[j]!;
    if (t.kind === 'p' && t.text === ')') return j;
    if (t.kind === 'p' && t.text === '(') return -1;
  }
  return -1;
}

const SPLITTERS = set('وهو', 'وهي', 'وهم', 'لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'بينما', 'فيما', 'حسبما', 'حيث', 'مشيرا', 'مشيرة', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'قائلا', 'قائلة', 'وسط', 'ليتم', 'لكن', 'ولكن', 'إلا', 'غير', 'وذلك',
  // «لا سيما»، «ولا سيما»، «بما في ذلك»: what follows singles out examples, not the statement.
  'سيما', 'بما',
  // «… مما أدى إلى نزوح …»: a consequence is another statement.
  'مما',
  // «… بحسب وكالة رويترز»، «… نقلا عن مصادر»: the source of the news is not the news.
  'بحسب', 'وبحسب', 'حسب', 'وحسب', 'نقلا', 'وفقا', 'طبقا');
const OPENERS = set('على', 'حيث', 'فيما', 'بينما', 'كما', 'لكن', 'إلا', 'حسب', 'حسبما', 'وفق', 'وفقا', 'إذ', 'مما', 'التي', 'الذي', 'الذين', 'ثم', 'أي', 'مشيرا', 'مشيرة', 'مضيفا', 'مضيفة', 'مؤكدا', 'مؤكدة', 'قائلا', 'قائلة', 'بعدما', 'عندما', 'حين');

/** True when a word opens a new clause (a conjunction, «على أن»، «حيث»، «مشيرا» …). */
function startsClauseAfterDate(t: Token): boolean {
  if (t.kind !== 'w') return false;
  if (OPENERS.has(t.text)) return true;
  return t.text.length >= 4 && t.text.startsWith('و') && !WAW_NOUNS.has(t.text);
}

const RELATIVE_PRONOUNS = set('التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي');
const LEADING_PREPS = set('عن', 'في', 'من', 'على', 'إلى', 'الى', 'مع', 'ب', 'ل', 'أن', 'إن');
const SIYYAMA = W('سيما');
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




// A clock time below the day («على الساعة السادسة مساء»، «بداية من الثامنة صباحا»): no title words.
const CLOCK = set('الساعة', 'ساعة', 'صباحا', 'مساء', 'مساءا', 'ظهرا', 'ليلا', 'فجرا', 'عصرا');
const CLOCK_LEAD = set('على', 'في', 'من', 'بداية', 'ابتداء', 'انطلاقا', 'منذ', 'حتى', 'عند', 'قرابة', 'حوالي', 'نحو');
const CLOCK_REACH = 6;

/** Items without a clock time at their end, and the prepositions that lead to it. */
function dropClock(src: TitleSource, items: Item[]): Item[] {
  const toks = src.tokens;
  let cut = -1;
  for (let n = items.length - 1; n >= 0 && n >= items.length - CLOCK_REACH; n--) {
    const it = items[n]!;
    if (it.kind === 'word' && CLOCK.has(toks[it.k]!.text)) cut = n;
  }
  if (cut < 0) return items;
  // «الثامنة صباحا»: the ordinal before the part of the day goes with it.
  let n = cut;
  if (toks[items[cut]!.k]!.text !== 'الساعة' && n > 0 && items[n - 1]!.kind === 'word' && toks[items[n - 1]!.k]!.text.startsWith('ال')) n--;
  while (n > 0 && items[n - 1]!.kind === 'word' && CLOCK_LEAD.has(toks[items[n - 1]!.k]!.text)) n--;
  return n >= MIN_WORDS ? items.slice(0, n) : items;
}

function trimTrailing(src: TitleSource, items: Item[]): Item[] {
  const out = dropClock(src, items);
  while (out.length) {
    const last = out[out.length - 1]!;
    const t = src.tokens[last.k]!;
    if (last.kind !== 'word' || TRAILING_FUNCTION.has(t.text)) out.pop();
    else break;
  }
  // «أصدرت السفارة بيانا تعلن فيه»: «فيه» points into what was cut off; it goes, with the verb
  // of the relative clause it ends.
  if (out.length > MIN_WORDS + 1 && IN_IT.has(src.tokens[out[out.length - 1]!.k]!.text)) {
    out.pop();
    const verb = src.tokens[out[out.length - 1]!.k]!.text;
    if (out.length > MIN_WORDS + 1 && /^[يت]/.test(verb) && isVerbLike(verb)) out.pop();
  }
  while (out.length && out[0]!.kind !== 'word') out.shift();
  return trimLeadingPreposition(src.tokens, out);
}

// Prepositions of time and frame that can head a verbless title («بعد عامين من استقلال البلاد»، «ضمن مئوية»).
const LEAD_PREPS = set('بعد', 'قبل', 'ضمن', 'خلال', 'منذ', 'عقب', 'إثر', 'اثر', 'قبيل', 'بعيد', 'طوال', 'طيلة', 'غداة', 'عشية', 'إبان', 'ابان', 'أثناء');

/**
 * A verbless title that begins with a preposition names the happening in its object: «بعد عامين من
 * استقلال البلاد» is dated by the independence, so the preposition goes, and with it a measure
 * before «من» («عامين من»، «أيام من»). A title with a verb keeps its adverbial («بعد الاجتماع أعلن …»).
 */
// A verb by shape, but not a masdar with a long alef before its last letter («استقلال»، «انسحاب»)، a
// plural in «ـات» («سنوات») or a name in «ـيا» («ليبيا»، «سوريا»), which the shape test also lets through.
const isClauseVerb = (w: string) => w !== '' && isVerbLike(w) && !(w.length >= 5 && w[w.length - 2] === 'ا') && !w.endsWith('ات') && !w.endsWith('يا');

/** The text of a word item, or '' for a mark or nothing. */
function wordOf(tokens: readonly Token[], it: Item | undefined): string {
  return it && it.kind === 'word' ? tokens[it.k]!.text : '';
}

function trimLeadingPreposition(tokens: readonly Token[], items: Item[]): Item[] {
  if (!LEAD_PREPS.has(wordOf(tokens, items[0])) || items.some((it) => isClauseVerb(wordOf(tokens, it)))) return items;
  let from = 1;
  const min = items.findIndex((it, i) => i > 0 && i <= 3 && wordOf(tokens, it) === 'من');
  if (min > 0 && items.slice(1, min).every((it) => it.kind === 'word' && !isEventNoun(tokens[it.k]!.text))) from = min + 1;
  return items.length - from >= 1 ? items.slice(from) : items;
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
  if (first && dropLeadingWaw && isConjunctionWaw(tokens[first.k]!.text, text.charCodeAt(norm.startOf[tokens[first.k]!.start]! + 1), tokens)) title = title.slice(1);
  if (first && dropLeadingLam) {
    const w = tokens[first.k]!.text;
    title = w.startsWith('لل') ? 'ال' + title.slice(2) : title.slice(1);
  }
  // The colon of a «قالت الوزارة: …» title sits against the speaker.
  return title.replace(INVISIBLE_AND_QUOTES, '').replace(SPACES, ' ').replace(/ :/g, ':').trim();
}
