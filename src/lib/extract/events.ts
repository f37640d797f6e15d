/**
 * Events: one per dated statement. A sentence's main clause is dated by the expressions attached
 * to it; a date that qualifies a noun («حرب التحرير الوطنية 1950-1953»، the base date of an
 * anniversary) dates that noun instead; an edition year inside a name dates nothing. Statements of
 * the same date about the same thing merge.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import { TIME_PREPOSITIONS } from '../time/lexicon.ts';
import type { Mention } from '../time/mentions.ts';
import type { Grain, TimelineEvent, Timex } from '../types.ts';
import { documentMarker, documentTitle } from './document-date.ts';
import { fnv1a64Hex } from './hash.ts';
import { clauseStarts } from './clauses.ts';
import { isComparisonPoint } from './comparison.ts';
import { relativeClauseTitle } from './relative-clause.ts';
import { datelineEnd } from './openers.ts';
import { hasHappening, isEventNoun, isVerbLike } from './happening.ts';
import { isNameYear } from './name-year.ts';
import { joinRanges } from './ranges.ts';
import { isSayVerb } from './report-frame.ts';
import { clauseTitle, nounPhraseTitle, type Title, type TitleSource } from './title.ts';
import { stemsOfWords } from './words.ts';

/** A sentence (offsets in the text) with its tokens and whether it may yield events. */
export interface SentenceInfo {
  start: number;
  end: number;
  tokFrom: number;
  tokTo: number;
  /** Headline or page furniture: no events. */
  skip: boolean;
}

/** A resolved expression with what the event builder needs to know about it. */
export interface DatedMention {
  mention: Mention;
  timex: Timex;
  sentence: number;
}

const GRAINS: Grain[] = ['day', 'week', 'month', 'year', 'decade', 'century'];
const MERGE_WINDOW = 4;
// Token indices (in the current chunk) of expressions that could not be resolved, and of the
// dates of the sentence being titled: reused, sentences are handled one at a time.
const undatedTokens = new Set<number>();
const sentenceDateTokens = new Set<number>();
const CLAUSE_MARKS = new Set(['،', ',', ':', '؛', ';', '.', '!', '؟', '?']);


/** A statement's event before merging: dates, title and the sentence it comes from. */
export interface Draft {
  start: string;
  end: string;
  grain: Grain;
  partOfDay?: Timex['partOfDay'];
  title: string;
  /** Normalized title words; their light stems are computed only when a merge is considered. */
  words: string[];
  stems?: string[];
  sentence: number;
  timexIds: string[];
  /** The clause's role: the sentence's main clause, a later clause, or a noun the date qualifies. */
  role: 'main' | 'clause' | 'noun';
  /** The article's main event (headline and lede). */
  main?: boolean;
  /** A statement («قالت الوزارة: …»): merges only with statements, never with what it reports. */
  said?: boolean;
  /** Where the annotation starts when it is not the sentence's start (the headline above the lede). */
  from?: number;
}

/** The event drafts of the sentences whose tokens are in `src.tokens` (a chunk of the document). */
export function draftEvents(src: TitleSource, sentences: readonly SentenceInfo[], dated: readonly DatedMention[], undated: readonly Mention[] = []): Draft[] {
  const drafts: Draft[] = [];
  undatedTokens.clear();
  for (const m of undated) for (let k = m.tokStart; k < m.tokEnd; k++) undatedTokens.add(k);
  let n = 0;
  while (n < dated.length) {
    const si = dated[n]!.sentence;
    let m = n;
    while (m < dated.length && dated[m]!.sentence === si) m++;
    const s = sentences[si]!;
    if (!s.skip) drafts.push(...sentenceEvents(src, s, si, dated.slice(n, m)));
    n = m;
  }
  return drafts;
}

/** The title of a sentence's main clause without its date words (for a main event the lede does not date: its expressions gave no event). */
export function ledeTitle(src: TitleSource, s: SentenceInfo, mentions: readonly Mention[]): Title {
  const skip = new Set<number>();
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) skip.add(k);
  return clauseTitle(src, s.tokFrom, s.tokTo, (k) => skip.has(k));
}

/** Merges the drafts of a document and gives them stable ids. */
export function finishEvents(docId: string, text: string, sentences: readonly SentenceInfo[], drafts: Draft[]): TimelineEvent[] {
  return finish(docId, text, sentences, mergeDrafts(drafts));
}

function sentenceEvents(src: TitleSource, s: SentenceInfo, si: number, list: DatedMention[]): Draft[] {
  const tokens = src.tokens;
  const main: DatedMention[] = [];
  const attributive: { d: DatedMention; stop: number }[] = [];
  const annivs: DatedMention[] = [];
  // A year inside a name («معرض الأسلحة 2023»، «رؤية 2030») dates nothing and stays in the title.
  // So does the point a superlative measures from («أول زيارة … منذ 2012»): both stay in the title.
  const named = list.map((d) => isNameYear(tokens, d.mention, d.timex, s.tokFrom) || isComparisonPoint(tokens, d.mention, s.tokFrom));
  list.forEach((d, n) => {
    const m = d.mention;
    if (named[n]) return;
    if (d.timex.kind === 'anniversary') {
      annivs.push(d);
      return;
    }
    const anniv = annivs.length ? annivs[annivs.length - 1]! : null;
    if (anniv && !hasClauseMark(tokens, anniv.mention.tokEnd, m.tokStart) && (d.timex.kind === 'absolute' || d.timex.kind === 'range')) {
      attributive.push({ d, stop: anniv.mention.tokEnd });
      return;
    }
    if (qualifiesNoun(tokens, m, d.timex, s.tokFrom)) {
      attributive.push({ d, stop: s.tokFrom });
      return;
    }
    main.push(d);
  });
  const dateTokens = sentenceDateTokens;
  dateTokens.clear();
  list.forEach((d, n) => {
    if (named[n] || d.timex.kind === 'anniversary') return;
    for (let k = d.mention.tokStart; k < d.mention.tokEnd; k++) dateTokens.add(k);
  });
  // Expressions that could not be dated are still date words, not title words.
  const isDate = (k: number) => dateTokens.has(k) || undatedTokens.has(k);
  const out: Draft[] = [];
  // The main clause: group its expressions by the dates they give («اليوم الخميس، الموافق لـ 27 تموز»).
  // An anniversary alone dates its clause («تحيي الجزائر الذكرى الـ 69») unless it is only the
  // occasion of something else («بمناسبة الذكرى السبعين»، «العرض المخصص للذكرى»): then it dates nothing.
  const dating = annivs.filter((d) => !isOccasion(tokens, d.mention, s.tokFrom));
  const ranges = joinRanges(tokens, main.length ? main : dating.slice(0, 1), s.tokFrom);
  const groups = groupRanges(ranges);
  // «عمان، الأردن (CNN)-- …»: the dateline's comma opens no clause; the first clause starts after it.
  const starts = clauseStarts(tokens, datelineEnd(tokens, s.tokFrom, s.tokTo), s.tokTo);
  groups.forEach((g, n) => {
    const title = groupTitle(src, s, starts, g.group[0]!.mention.tokStart, isDate);
    if (title.text) out.push(draft(g.group, title, si, title.nominal ? 'noun' : n === 0 ? 'main' : 'clause', g));
  });
  if (!attributive.length) return out;
  for (const group of groupByDate(attributive.map((a) => a.d))) {
    const a = attributive.find((x) => x.d === group[0])!;
    const marker = documentMarker(tokens, a.d.mention.tokStart, s.tokFrom);
    let title = marker >= 0 ? documentTitle(src, marker, s.tokFrom) : { text: '', words: [] };
    if (!title.text) title = nounPhraseTitle(src, a.d.mention.tokStart, s.tokFrom, a.stop, isDate);
    if (!title.text) title = clauseTitle(src, s.tokFrom, s.tokTo, isDate);
    if (title.text) out.push(draft(group, title, si, 'noun'));
  }
  return out;
}

const OCCASION = new Set(['بمناسبة', 'مناسبة', 'المخصص', 'المخصصة', 'احتفالا', 'احتفاء', 'إحياء', 'تخليدا', 'تزامنا'].map(normalizeWord));

/** True when an anniversary is the occasion of the clause («بمناسبة الذكرى»، «للذكرى»), not its date. */
function isOccasion(tokens: readonly Token[], m: Mention, from: number): boolean {
  const own = tokens[m.tokStart]!;
  if (own.kind === 'w' && (own.text.startsWith('لل') || own.text.startsWith('بال'))) return true;
  const prev = m.tokStart > from ? tokens[m.tokStart - 1]! : null;
  return !!prev && prev.kind === 'w' && readings(prev.text).some((r) => OCCASION.has(r.stem));
}

/** Groups of one span each: expressions giving the same dates, or a range joined from two. */
function groupRanges(ranges: { group: DatedMention[]; start: string; end: string }[]): { group: DatedMention[]; start: string; end: string }[] {
  const out: { group: DatedMention[]; start: string; end: string }[] = [];
  for (const r of ranges) {
    const same = out.find((o) => o.start === r.start && o.end === r.end);
    if (same) same.group.push(...r.group);
    else out.push({ group: [...r.group], start: r.start, end: r.end });
  }
  return out;
}

const MIN_TITLE_WORDS = 2;
const WALK_BACK = 3;
const SCAN = 40;
// Nouns of saying: «أضاف المتحدث في تصريح للصحفيين» still only says that someone spoke.
const SAYING_NOUNS = new Set(['تصريح', 'تصريحات', 'بيان', 'مؤتمر', 'حديث', 'مقابلة', 'كلمة', 'خطاب', 'لقاء', 'ندوة', 'تغريدة', 'منشور'].map(normalizeWord));

/** True for a noun of saying («تصريح»، «بيان»، «المؤتمر»). */
function isSayingNoun(w: string): boolean {
  return readings(w).some((r) => SAYING_NOUNS.has(r.stem.replace(/^ال/, '')));
}

/** «أضاف فلان»، «قال المتحدث في تصريح»: a verb of saying, its speaker and where, and nothing said. */
function isFrameAlone(t: Title): boolean {
  if (t.said || !t.words.length || !isSayVerb(t.words[0]!)) return false;
  // «أعلنت الوزارة عن جائزة مالية»، «كشف الجيش عن خطة»: what is announced follows «عن».
  // «في تصريح عن الموضوع» is still where he spoke, not what was announced.
  const about = t.words.indexOf('عن');
  if (about > 0 && about < t.words.length - 1 && !isSayingNoun(t.words[about - 1]!)) return false;
  return !t.words.slice(1).some((w) => isVerbLike(w) || (isEventNoun(w) && !isSayingNoun(w)));
}

/**
 * The title of a date at token `at`: from the clause that holds it («… ويتم غلقه يوم 26 سبتمبر»).
 * A clause that is only the date («، اليوم الخميس:») or says nothing happening hands the date to the
 * clause before it, back to the sentence's first.
 */
function groupTitle(src: TitleSource, s: SentenceInfo, starts: readonly number[], at: number, isDate: (k: number) => boolean): Title {
  const tokens = src.tokens;
  // «قرار مجلس الشورى … وتاريخ 21/4/1439هـ»: the date of a document names the document.
  const marker = documentMarker(tokens, at, s.tokFrom);
  if (marker >= 0) {
    const doc = documentTitle(src, marker, s.tokFrom);
    if (doc.text) return doc;
  }
  let c = starts.length - 1;
  while (c > 0 && starts[c]! > at) c--;
  // «يعود تاريخه إلى منتصف السبعينيات، عندما بدأ …»: the when-clause right after the date is what it dates.
  const when = c + 1 < starts.length ? starts[c + 1]! : -1;
  if (when > 0 && WHEN.has(tokens[when]!.text) && onlyDateBetween(tokens, at, when, isDate)) {
    const t = clauseTitle(src, when, s.tokTo, isDate, at, true);
    if (t.words.length >= MIN_TITLE_WORDS && hasHappening(t.words)) return t;
  }
  // «…، اليوم الخميس:»، «…، من 1973 وحتى 1976،»: a clause that opens with its date is an adverbial
  // of the clause before it.
  while (c > 0 && onlyDateBetween(tokens, starts[c]!, at, isDate)) c--;
  // «استقبل الأمير الوفد الذي وصل إلى الدوحة في 5 مارس»: the date is the arrival's.
  const relative = relativeClauseTitle(src, s.tokFrom, starts[c]!, s.tokTo, at, isDate);
  if (relative) return relative;
  let fallback: Title | null = null;
  // A few clauses back at most, then the sentence's first: long sentences stay linear.
  const stop = Math.max(0, c - WALK_BACK);
  for (; c >= 0; c = c > stop ? c - 1 : c === 0 ? -1 : 0) {
    const from = starts[c]!;
    const pronoun = PRONOUNS.has(tokens[from]!.text);
    const until = c + 1 < starts.length ? starts[c + 1]! : s.tokTo;
    // Walking back, a clause that opens with a preposition («، أثناء زيارته لبيونغ يانغ،») is a
    // circumstance of the one before («قبل أن» is a clause opener, not a preposition), and a short
    // aside is a name: neither is titled.
    const next = tokens[from + 1];
    const opener = !!next && next.kind === 'w' && (next.text === 'أن' || next.text === 'ان');
    const holdsDate = from <= at && at < until;
    if (c > 0 && !opener && !holdsDate && ((!WITH.has(tokens[from]!.text) && tokens[from]!.kind === 'w' && CIRCUMSTANCE.has(tokens[from]!.text)) || nameAside(tokens, from, until))) continue;
    const title = pronoun && c > 0 ? pronounTitle(src, starts[c - 1]!, from, until, isDate, at) : clauseTitle(src, from, s.tokTo, isDate, at, c > 0);
    // A later clause must have its own verb («مع فرض حظر …» a masdar after «مع»); without one it
    // belongs to the clause before it. A nominal clause headed by an event noun («منها جريمتان عام
    // 1978») is a statement too.
    const own = c === 0 || pronoun || WITH.has(tokens[from]!.text) ? hasHappening(title.words) : hasVerb(tokens, from, until, isDate) || (title.words.length > 0 && isEventNoun(title.words[0]!));
    // «أضاف فلان»: a reporting frame alone says nothing happened.
    const frameAlone = isFrameAlone(title);
    if (title.words.length >= MIN_TITLE_WORDS && own && !frameAlone) return nearestHappening(src, s, title, at, isDate);
    if (!fallback && !frameAlone && title.words.length >= MIN_TITLE_WORDS && hasHappening(title.words)) fallback = title;
  }
  if (fallback) return fallback;
  // Precision: a date mentioned in passing, in a sentence where nothing happens, makes no event.
  const whole = clauseTitle(src, s.tokFrom, s.tokTo, isDate, at);
  return !isFrameAlone(whole) && (whole.words.length >= MIN_TITLE_WORDS || hasHappening(whole.words)) ? whole : { text: '', words: [] };
}

/** True when tokens [from, to) hold a verb outside the dates («ويتم غلقه يوم 26 سبتمبر»). */
function hasVerb(tokens: readonly Token[], from: number, to: number, isDate: (k: number) => boolean): boolean {
  // A clause's verb is near its start: a bounded look keeps long clauses linear.
  for (let k = from; k < to && k < from + SCAN; k++) if (!isDate(k) && tokens[k]!.kind === 'w' && (isVerbLike(tokens[k]!.text) || AUX.has(tokens[k]!.text))) return true;
  return false;
}
const AUX = new Set(['تم', 'وتم', 'يتم', 'ويتم', 'سيتم', 'وسيتم'].map(normalizeWord));

/**
 * True when tokens [from, to) follow a comma and are at most three words with no event noun: a name
 * in apposition («، سيرغي شويغو،»), whatever its shape (a foreign name may look like a verb).
 */
function nameAside(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (!before || before.kind !== 'p' || (before.text !== '،' && before.text !== ',')) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'n') return false;
    if (t.kind === 'w' && (++words > 3 || isEventNoun(t.text))) return false;
  }
  return words > 0;
}

const CIRCUMSTANCE = new Set(['في', 'وفي', 'أثناء', 'اثناء', 'خلال', 'وخلال', 'عقب', 'إثر', 'اثر', 'بعد', 'قبل', 'على', 'من', 'عن', 'إلى', 'الى', 'عبر', 'وسط', 'لدى', 'أمام', 'تحت', 'حول', 'بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا'].map(normalizeWord));
const WITH = new Set(['مع', 'ومع'].map(normalizeWord));
const FAR = 1;

/**
 * A clause title cut off well before its date («وقع الأردن … بالتوازي مع توقيع اتفاقية | وادي عربة
 * عام 1994») gives way to the event noun phrase right before the date, when there is one.
 */
function nearestHappening(src: TitleSource, s: SentenceInfo, title: Title, at: number, isDate: (k: number) => boolean): Title {
  // Glue between the title's end and the date («… في جلسة عقدها | في | 14 حزيران») is no distance.
  if (title.last === undefined || at - title.last <= FAR || onlyDateBetween(src.tokens, title.last + 1, at, isDate) || title.words.length < MAX_TITLE_WORDS - 1) return title;
  const np = nounPhraseTitle(src, at, s.tokFrom, s.tokFrom, isDate);
  // «في جلسة عقدها»: a noun with its own relative verb is a circumstance, not the happening.
  return np.words.length >= MIN_TITLE_WORDS && isEventNoun(np.words[0]!) && !np.words.slice(1).some(isRelativeVerb) ? { ...np, nominal: true } : title;
}
const MAX_TITLE_WORDS = 10;

/** «عقدها»، «نظمه»: a verb with an object pronoun after an indefinite noun is a relative clause («جلسة عقدها»). */
function isRelativeVerb(w: string): boolean {
  if (isEventNoun(w)) return false;
  if (isVerbLike(w)) return true;
  const base = w.replace(/(هما|هم|ها|ه)$/, '');
  // A noun's ta marbuta becomes «ت» before the pronoun («اتفاقيتها»): that is no verb.
  return base.length >= 3 && base !== w && !base.endsWith('ت') && isVerbLike(base);
}

const WHEN = new Set(['عندما', 'حين', 'حينما', 'لما', 'وعندما', 'وحين'].map(normalizeWord));
const PRONOUNS = new Set(['وهو', 'وهي', 'وهم', 'وهما', 'وهن'].map(normalizeWord));
const DATE_GLUE = new Set(['في', 'وفي', 'من', 'منذ', 'ومنذ', 'خلال', 'وخلال', 'يوم', 'ويوم', 'حتى', 'وحتى', 'إلى', 'الى', 'ابتداء', 'وابتداء', 'انطلاقا', 'بتاريخ', 'الموافق', 'ل'].map(normalizeWord));

/** True when tokens [a, b) are only dates, their glue words and marks. */
function onlyDateBetween(tokens: readonly Token[], a: number, b: number, isDate: (k: number) => boolean): boolean {
  if (a > b) [a, b] = [b, a];
  if (b - a > SCAN) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'p' || isDate(k)) continue;
    if (t.kind === 'w' && DATE_GLUE.has(t.text)) continue;
    return false;
  }
  return true;
}

/**
 * «قالت جين كارسون، وهي ضحية الاغتصاب الخامسة في أكتوبر 1976»: a «وهو/وهي» clause describes the
 * person of the clause before it; its title is that person (the words after the verb) and the clause.
 */
function pronounTitle(src: TitleSource, prevFrom: number, from: number, to: number, isDate: (k: number) => boolean, at: number): Title {
  const own = clauseTitle(src, from + 1, to, isDate, at, true);
  const prev = clauseTitle(src, prevFrom, from, isDate, from, prevFrom > 0);
  const subject = prev.words.length > 1 && isVerbLike(prev.words[0]!) ? prev.text.split(' ').slice(1, 4) : [];
  if (!subject.length || !own.words.length) return own;
  return { text: `${subject.join(' ')} ${own.text}`, words: [...prev.words.slice(1, 4), ...own.words] };
}

/** True when a clause mark lies between two token positions. */
function hasClauseMark(tokens: readonly Token[], from: number, to: number): boolean {
  // Far apart counts as separated (and keeps long sentences linear).
  if (to - from > REACH) return true;
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'p' && CLAUSE_MARKS.has(tokens[k]!.text)) return true;
  return false;
}
const REACH = 40;

/**
 * A year, range or month right after a noun («حرب التحرير الوطنية 1950-1953»، «الحرب الكورية
 * (1950-1953)») dates that noun, not the sentence's verb.
 */
function qualifiesNoun(tokens: readonly Token[], m: Mention, t: Timex, from: number): boolean {
  if (t.kind !== 'absolute' && t.kind !== 'range') return false;
  if (t.grain === 'day' && t.kind !== 'range') return false;
  let k = m.tokStart - 1;
  while (k >= from && tokens[k]!.kind === 'p' && tokens[k]!.text === '(') k--;
  if (k < from) return false;
  const prev = tokens[k]!;
  if (prev.kind !== 'w') return false;
  if (readings(prev.text).some((r) => TIME_PREPOSITIONS.has(r.stem))) return false;
  // «في موسم 2021-2022»: a season named by its years is a time, not a noun the years qualify.
  if (SEASON.has(prev.text)) return false;
  // The expression itself begins with its own time word («عام 1953»): then it is adverbial, except
  // «العام 2024» after an indefinite noun, a construct («موازنة العام 2024»).
  const own = tokens[m.tokStart]!;
  if (own.kind === 'n') return true;
  return own.kind === 'w' && YEAR_DEFINITE.has(own.text) && !prev.text.startsWith('ال') && !looksLikeVerbWord(prev.text);
}

function groupByDate(list: DatedMention[]): DatedMention[][] {
  const groups: DatedMention[][] = [];
  // A sentence mostly has a handful of dates: a scan of the groups so far beats keying a map.
  const byKey = list.length > 16 ? new Map<string, DatedMention[]>() : null;
  for (const d of list) {
    const key = byKey ? `${d.timex.start}|${d.timex.end}` : '';
    const g = byKey ? byKey.get(key) : groups.find((x) => x[0]!.timex.start === d.timex.start && x[0]!.timex.end === d.timex.end);
    if (g) g.push(d);
    else {
      const fresh = [d];
      groups.push(fresh);
      byKey?.set(key, fresh);
    }
  }
  return groups;
}

/** The clause around an expression: between clause marks or a contrasting conjunction («بينما»). */
function clauseAround(tokens: readonly Token[], m: Mention, s: SentenceInfo): [number, number] {
  const edge = (k: number) => {
    const t = tokens[k]!;
    return (t.kind === 'p' && CLAUSE_MARKS.has(t.text)) || (t.kind === 'w' && CLAUSE_WORDS.has(t.text));
  };
  let a = m.tokStart;
  while (a > s.tokFrom && a > m.tokStart - REACH && !edge(a - 1)) a--;
  let b = m.tokEnd;
  while (b < s.tokTo && b < m.tokEnd + REACH && !edge(b)) b++;
  return [a, b];
}
const SEASON = new Set(['موسم', 'الموسم'].map(normalizeWord));
const YEAR_DEFINITE = new Set(['العام', 'السنة'].map(normalizeWord));

/** Feminine past verbs («اندلعت») end in ت; they never head a construct. */
function looksLikeVerbWord(w: string): boolean {
  return w.length >= 4 && w.endsWith('ت') && !w.endsWith('ات');
}

const CLAUSE_WORDS = new Set(['بينما', 'فيما', 'حيث', 'لكن', 'ولكن', 'حسبما'].map(normalizeWord));

function draft(group: DatedMention[], title: Title, sentence: number, role: Draft['role'], span?: { start: string; end: string }): Draft {
  // The finest expression dates the event; the others in the group restate it.
  let best = group[0]!;
  for (const d of group) if (GRAINS.indexOf(d.timex.grain) < GRAINS.indexOf(best.timex.grain)) best = d;
  const pod = group.find((d) => d.timex.partOfDay)?.timex.partOfDay;
  const out: Draft = { start: span?.start ?? best.timex.start, end: span?.end ?? best.timex.end, grain: best.timex.grain, title: title.text, words: title.words, sentence, timexIds: group.map((d) => d.timex.id), role };
  if (pod) out.partOfDay = pod;
  if (title.said) out.said = true;
  return out;
}

/**
 * Merges drafts of the same dates about the same thing: identical titles always; otherwise the
 * content words must overlap, more strictly for a single day (two statements on the same day are
 * usually different events) than for a multi-year span (the same war named twice).
 */
function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  drafts.sort((a, b) => a.sentence - b.sentence);
  // Per date: its drafts in order, and its drafts by title (nested, so no long title keys are built).
  const byDate = new Map<string, { drafts: Draft[]; titles: Map<string, Draft> }>();
  const stemsOf = (d: Draft) => (d.stems ??= stemsOfWords(d.words));
  for (const d of drafts) {
    const key = `${d.start}|${d.end}|${d.grain}`;
    let date = byDate.get(key);
    if (!date) {
      date = { drafts: [], titles: new Map() };
      byDate.set(key, date);
    }
    // The same title on the same dates is always the same event.
    let same = date.titles.get(d.title);
    const bucket = date.drafts;
    // Otherwise compare with the latest drafts of that date only: a repeated statement sits near the
    // first one, and a bounded window keeps huge inputs linear.
    for (let n = bucket.length - 1; !same && n >= 0 && n >= bucket.length - MERGE_WINDOW; n--) {
      const o = bucket[n]!;
      if (!o.said === !d.said && similar(stemsOf(o), stemsOf(d), d.grain, d.start !== d.end)) same = o;
    }
    if (!same) {
      // Drafts are made fresh for this merge and belong to it: the first of its kind is the event.
      out.push(d);
      bucket.push(d);
      date.titles.set(d.title, d);
      continue;
    }
    // Each expression dates one draft only, so the ids never repeat.
    for (const id of d.timexIds) same.timexIds.push(id);
    if (!same.partOfDay && d.partOfDay) same.partOfDay = d.partOfDay;
    if (d.main) {
      same.main = true;
      if (d.from !== undefined) same.from = Math.min(d.from, same.from ?? d.from);
    }
  }
  return out;
}

function similar(a: readonly string[], b: readonly string[], grain: Grain, span: boolean): boolean {
  if (!a.length || !b.length) return false;
  // Each list holds distinct stems (a title has at most a dozen words): a scan is the set test.
  let shared = 0;
  for (const w of a) if (b.includes(w)) shared++;
  const overlap = shared / Math.min(a.length, b.length);
  // Two statements of one day are usually two events: most of both titles must be shared, not
  // just the subject («وزير الدفاع الروسي» meeting and the same minister at a parade).
  if (grain === 'day' && !span) return shared >= 2 && shared / Math.max(a.length, b.length) >= 0.6;
  if (grain === 'day' || grain === 'week' || grain === 'month') return shared >= 1 && overlap >= 0.5;
  return shared >= 1 && overlap >= 0.34;
}

function finish(docId: string, text: string, sentences: readonly SentenceInfo[], drafts: Draft[]): TimelineEvent[] {
  const used = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const d of drafts) {
    const s = sentences[d.sentence]!;
    const key = `${docId}|${d.start}|${d.end}|${d.title}`;
    let id = `e${fnv1a64Hex(key)}`;
    if (used.has(id)) id = `e${fnv1a64Hex(`${key}|${s.start}`)}`;
    used.add(id);
    const from = d.from ?? s.start;
    const e: TimelineEvent = { id, documentId: docId, start: d.start, end: d.end, grain: d.grain, title: d.title, annotation: text.slice(from, s.end), span: [from, s.end], timexIds: d.timexIds };
    if (d.partOfDay) e.partOfDay = d.partOfDay;
    if (d.main) e.main = true;
    events.push(e);
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return events;
}
