/**
 * The grammar of Arabic temporal expressions, read over the tokens of the normalized text.
 * Each rule starts at a token and returns how far it reaches and what it means; at every token
 * the longest reading wins, so «27 يوليو/ تموز 1953» is one expression, not three.
 */
import { readings } from '../text/clitics.ts';
import { normalizeWord } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { PartOfDay } from '../types.ts';
import { type Entry, phrasesStartingWith, TIME_PREPOSITIONS } from './lexicon.ts';
import type { CenturyRef, DaySpec, Mention, MonthRef, Value, YearRef } from './mentions.ts';
import { mayStartOrdinal, parseOrdinal } from './number-words.ts';

type EntryOf<T extends Entry['t']> = Extract<Entry, { t: T }>;
interface Hit<T extends Entry['t'] = Entry['t']> {
  e: EntryOf<T>;
  end: number;
  prefix: string;
}
/** A rule's result: token range [start, end) and meaning. */
interface P {
  start: number;
  end: number;
  v: Value;
  pod?: PartOfDay;
  entity?: boolean;
}

const W = normalizeWord;
const set = (...words: string[]) => new Set(words.map(W));

const MIN = W('من');
const AND = W('و');
const AL = W('ال');
const LAM = W('ل');
const SHAHR = set('شهر');
const NAFS = set('نفس');
const TO_WORDS = set('إلى', 'الى', 'حتى', 'لغاية', 'غاية');
const RANGE_STARTERS = set('من', 'بين', 'يومي', 'ابتداء', 'اعتبارا', 'منذ', 'خلال');
const AGO_WORDS = new Map([[W('قبل'), -1], [W('منذ'), -1], [W('بعد'), 1]]);
const PLURAL_THIRDS = new Map([[W('أوائل'), 1], [W('أواسط'), 2], [W('أواخر'), 3]]);
const SANAWIYA = set('السنوية');
const MA = W('ما');
const FI_WORD = W('في');
const BAYN = W('بين');
const GHAD = W('غد');
const ALA = W('على');
const TODAY = W('اليوم');
const FROM_ON = set('من', 'على');
const KHILAL_FI = set('خلال', 'في');
const IBTIDA = set('ابتداء', 'اعتبارا');
const AQD = set('عقد');
const TEEN = set('عشر', 'عشرة');
const LAST = set('الأخير', 'الأخيرة');
// Weekday names without the article, counted by an ordinal («ثالث ثلاثاء»، «آخر جمعة»).
const BARE_WEEKDAYS = new Map<string, number>(
  ([['أحد', 0], ['اثنين', 1], ['إثنين', 1], ['ثلاثاء', 2], ['ثلاثا', 2], ['أربعاء', 3], ['اربعا', 3], ['خميس', 4], ['جمعة', 5], ['سبت', 6]] as const).map(([w, d]) => [W(w), d]),
);
// Ordinals without the article count things in a construct («ثالث ثلاثاء» = the third Tuesday).
const COUNTING_ORDINALS = new Map<string, number>(
  ([['ثاني', 2], ['ثان', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5]] as const).map(([w, n]) => [W(w), n]),
);
const FIRST_WORD = set('أول');
const LAST_WORD = set('آخر', 'اخر');
// Words around «الاثنين» that make it «the two», not Monday.
// After «يوافق»/«يصادف» it restates the date before it (read there, not as the nearest Monday).
const TWO_BEFORE = set('بين', 'كلا', 'أحد', 'إحدى', 'هذين', 'من', 'عن', 'إلى', 'مع', 'ضد', 'بينهما', 'يوافق', 'توافق', 'يصادف', 'تصادف');
const TWO_AFTER = set('معا', 'كليهما', 'الآخرين', 'المذكورين', 'اللذين');
// «الأسبوع التالي»، «الشهر التالي»: the next week or month. Only with these two units: «العام التالي»
// in a story about the past is the year after the one told, not the year after publication.
const FOLLOWING = set('التالي', 'التالية');
// «عن بكرة أبيهم» (all of them, to the last one) is an idiom, not tomorrow.
const BUKRA = W('بكرة');
const BUKRA_IDIOM = set('أبيهم', 'أبيه', 'أبيها', 'أبيهن');
// Words that, after a number, show it counted something: the number is not a year.
const UNIT_AFTER = set('عام', 'عاما', 'سنة', 'سنوات', 'أعوام', 'سنين', 'يوم', 'يوما', 'أيام', 'شهر', 'شهرا', 'أشهر', 'شهور', 'ساعة', 'ساعات', 'دقيقة', 'قرن', 'ألف', 'آلاف', 'مليون', 'مليار', 'ملايين', 'مليارات');
// Words before a number that make it an identifier or a quantity (UN resolution 2254, «عدد 2000»).
const NOT_YEAR_BEFORE = set(
  'قرار', 'القرار', 'رقم', 'الرقم', 'المادة', 'مادة', 'الفصل', 'فصل', 'البند', 'بند', 'القانون', 'قانون', 'مرسوم', 'المرسوم', 'الطريق', 'طريق', 'الرحلة', 'رحلة', 'الغرفة', 'العدد', 'عدد', 'صفحة', 'ص', 'نحو', 'حوالي', 'قرابة', 'زهاء', 'أكثر', 'أقل', 'مجموع', 'بلغ', 'بلغت', 'قدره', 'قيمته', 'بقيمة', 'مبلغ', 'المرتبة', 'الدرجة', 'ارتفاع', 'علو', 'عمق', 'مسافة', 'الكيلومتر', 'كيلومتر', 'الحافلة', 'الخط', 'الهاتف', 'هاتف', 'الرمز', 'قيمة', 'سعر', 'بسعر', 'بنحو', 'وبلغ',
);
// After these, a bare four-digit number is a year whatever follows (unless a unit does).
const STRONG_BEFORE = set('السنوات', 'الأعوام', 'منذ', 'حتى', 'مطلع', 'منتصف', 'نهاية', 'بداية', 'أواخر', 'أوائل', 'أواسط', 'موفى', 'مستهل', 'خلال', 'بحلول', 'طيلة', 'طوال', 'قبيل', 'صيف', 'ربيع', 'خريف', 'شتاء', 'موسم', 'ابتداء', 'اعتبارا', 'أعوام', 'سنوات', 'عامي', 'سنتي', 'لغاية', 'غاية');
// After these, it is a year when the next word also reads like the end of a time adverbial.
const WEAK_BEFORE = set('في', 'قبل', 'بعد', 'إلى', 'الى', 'من', 'عن', 'بين', 'و');
const FOLLOW_OK = set(
  'في', 'على', 'من', 'إلى', 'الى', 'عن', 'مع', 'حين', 'عندما', 'حيث', 'ثم', 'إثر', 'اثر', 'لكن', 'لكنه', 'بينما', 'قبل', 'بعد', 'حتى', 'وفق', 'وفقا', 'أي', 'بعدما', 'و', 'إذ', 'كما', 'ضمن', 'لدى', 'خلال', 'بسبب', 'قد', 'لقد', 'كان', 'كانت', 'تم', 'شهد', 'شهدت', 'أن', 'إن', 'التي', 'الذي', 'عندها', 'وحتى', 'الماضي', 'المقبل', 'ولغاية', 'وإلى',
);
const CLOSE_PUNCT = new Set(['.', '،', ',', ')', '"', '»', '”', '“', '«', ':', '؛', ';', '!', '؟', '?', '…', '’', "'", ']']);
const DASH = '-';

interface Candidate {
  rest: readonly string[];
  entry: Entry;
  prefix: string;
}
const NO_CANDIDATES: readonly Candidate[] = [];
const NO_HITS: Hit[] = [];

/** What a word may start: lexicon phrases, a range/duration/anaphora rule, an ordinal. */
interface WordInfo {
  cands: readonly Candidate[];
  special: boolean;
  ordinal: boolean;
}
const NOTHING: WordInfo = { cands: NO_CANDIDATES, special: false, ordinal: false };
// One lookup per word token: most words start nothing, and words repeat (bounded, reset when full).
const infoCache = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = infoCache.get(word);
  if (info) return info;
  const cands: Candidate[] = [];
  let special = false;
  for (const r of readings(word)) {
    for (const ph of phrasesStartingWith(r.stem)) cands.push({ rest: ph.rest, entry: ph.entry, prefix: r.prefix });
    // Words that may open an expression without being in the lexicon («من»، «بين»، «منذ»، «قبل»، «نفس»، «شهر»).
    if (RANGE_STARTERS.has(r.stem) || AGO_WORDS.has(r.stem) || NAFS.has(r.stem) || SHAHR.has(r.stem) || AQD.has(r.stem) || r.stem === MA || COUNTING_ORDINALS.has(r.stem)) special = true;
  }
  const ordinal = mayStartOrdinal(word);
  info = cands.length || special || ordinal ? { cands: cands.length ? cands : NO_CANDIDATES, special, ordinal } : NOTHING;
  if (infoCache.size > 50_000) infoCache.clear();
  infoCache.set(word, info);
  return info;
}

// Adjectives that make «اليوم» a named day («اليوم الوطني»، «اليوم التالي»، «اليوم الموعود»).
const DAY_ADJECTIVES = set('التالي', 'الأخير', 'الموعود', 'المفتوح', 'المشهود', 'السابق', 'الفاصل', 'الحاسم', 'الكبير', 'العظيم', 'المشؤوم', 'الدامي', 'الطويل', 'الأسود', 'الوحيد', 'ذاته', 'نفسه', 'عينه', 'الذي', 'المحدد', 'المقرر', 'المنتظر');
// Nouns that end in ى (folded to ي) and follow «اليوم» as its object («تحيي … اليوم الذكرى»).
const Y_NOUNS = set('الذكرى', 'الفتوى', 'الدعوى', 'الشكوى', 'المستشفى', 'الحمى');

/** True when the word after «اليوم» makes it a named day rather than today. */
function qualifiesDay(next: string, toks: readonly Token[], j: number): boolean {
  if (DAY_ADJECTIVES.has(next)) return true;
  if (parseOrdinal(toks, j)) return true;
  // A nisba adjective («الوطني»، «العالمي»، «الدراسي») ends in ي.
  return next.startsWith(AL) && next.length >= 5 && next.endsWith('ي') && !Y_NOUNS.has(next);
}

/** Reads every temporal expression of a token list (of a normalized text). */
export function parseMentions(tokens: readonly Token[]): Mention[] {
  return new Grammar(tokens).run();
}

class Grammar {
  private readonly hitCache: (Hit[] | undefined)[];

  constructor(private readonly toks: readonly Token[]) {
    this.hitCache = new Array(toks.length);
  }

  run(): Mention[] {
    const out: Mention[] = [];
    const toks = this.toks;
    let lastDeictic = -1;
    for (let i = 0; i < toks.length; ) {
      const p = this.best(i);
      if (!p) {
        i++;
        continue;
      }
      const m: Mention = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end, tokStart: p.start, tokEnd: p.end, v: p.v };
      if (p.pod) m.pod = p.pod;
      if (p.entity) m.entity = true;
      if (p.v.t === 'date' && lastDeictic >= 0 && this.onlyConnectors(this.lastEnd, p.start)) m.restates = lastDeictic;
      out.push(m);
      if (p.v.t === 'deictic') {
        lastDeictic = out.length - 1;
        this.lastEnd = p.end;
      } else lastDeictic = -1;
      i = p.end;
    }
    return out;
  }

  private lastEnd = 0;

  /** True when only «،», «الموافق» and «لـ» separate two expressions. */
  private onlyConnectors(from: number, to: number): boolean {
    if (to - from > 4) return false;
    for (let k = from; k < to; k++) {
      const t = this.toks[k]!;
      if (t.kind === 'p' && (t.text === '،' || t.text === ',')) continue;
      if (t.kind === 'w' && (t.text === LAM || this.hit(k, 'muwafiq'))) continue;
      return false;
    }
    return true;
  }

  /** The longest expression starting at token i. */
  private best(i: number): P | null {
    const tok = this.toks[i]!;
    this.bestP = null;
    const take = this.take;
    if (tok.kind === 'n') {
      take(this.numericDate(i));
      take(this.date(i, false));
      take(this.bareYear(i));
      return this.bestP;
    }
    if (tok.kind !== 'w') return null;
    const info = wordInfo(tok.text);
    if (info === NOTHING) return null;
    const hits = this.all(i);
    const special = info.special;
    const ord = info.ordinal ? parseOrdinal(this.toks, i) : null;
    if (!hits.length && !ord && !special) return null;
    for (const h of hits) {
      switch (h.e.t) {
        case 'pod':
          take(this.podExpr(i));
          break;
        case 'deictic':
          take(this.deicticExpr(i));
          break;
        case 'weekday':
          take(this.weekdayExpr(i, false));
          break;
        case 'month':
          take(this.monthExpr(i, false));
          break;
        case 'dayPos':
          take(this.date(i, false));
          take(this.nthWeekdayExpr(i));
          take(this.yearPartExpr(i));
          break;
        case 'yearWord':
          take(this.yearExpr(i, false));
          break;
        case 'unit':
          take(this.unitExpr(i));
          break;
        case 'this':
          take(this.thisExpr(i));
          break;
        case 'decade':
          take(this.decadeExpr(i));
          break;
        case 'anniv':
          take(this.annivExpr(i));
          break;
        case 'yawm':
          take(this.yawmExpr(i));
          break;
        case 'date':
          take(this.sameAfter(i, 'day'));
          break;
        case 'season':
          take(this.seasonExpr(i));
          break;
        case 'holiday':
          take(this.holidayExpr(i));
          break;
        default:
          break;
      }
    }
    if (ord) {
      take(this.date(i, false));
      take(this.nthWeekdayExpr(i));
    }
    if (special) {
      take(this.nthWeekdayExpr(i));
      take(this.rangePrefixed(i));
      take(this.agoExpr(i));
      take(this.nafsExpr(i));
      take(this.monthExpr(i, false));
      take(this.decadeExpr(i));
    }
    return this.bestP;
  }

  private bestP: P | null = null;
  /** Keeps the longest candidate (bound once: no closure per token). */
  private readonly take = (p: P | null): void => {
    if (p && p.end > p.start && (!this.bestP || p.end > this.bestP.end)) this.bestP = p;
  };

  // ---------------------------------------------------------------- token helpers

  private word(i: number): string | null {
    const t = this.toks[i];
    return t && t.kind === 'w' ? t.text : null;
  }

  /** A plain number token's value (no separators), with its digit count. */
  private num(i: number): { n: number; digits: number } | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'n' || t.text.length > 6 || !/^\d+$/.test(t.text)) return null;
    return { n: Number(t.text), digits: t.text.length };
  }

  private punct(i: number, ch: string): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'p' && t.text === ch;
  }

  /** True when token i is a word whose stem (clitics removed) is in the set. */
  private stemIn(i: number, words: Set<string>, allowClitics = true): boolean {
    const w = this.word(i);
    if (w === null) return false;
    if (!allowClitics) return words.has(w);
    return readings(w).some((r) => words.has(r.stem));
  }

  /** Every lexicon phrase starting at token i (clitics allowed on its first word), longest first. */
  private all(i: number): Hit[] {
    const cached = this.hitCache[i];
    if (cached) return cached;
    const w = this.word(i);
    const cands = w === null ? NO_CANDIDATES : wordInfo(w).cands;
    if (!cands.length) {
      this.hitCache[i] = NO_HITS;
      return NO_HITS;
    }
    const out: Hit[] = [];
    for (const c of cands) {
      if (this.matchRest(i + 1, c.rest)) out.push({ e: c.entry, end: i + 1 + c.rest.length, prefix: c.prefix });
    }
    out.sort((a, b) => b.end - a.end);
    this.hitCache[i] = out;
    return out;
  }

  private matchRest(j: number, rest: readonly string[]): boolean {
    for (let k = 0; k < rest.length; k++) {
      const t = this.toks[j + k];
      if (!t || t.kind !== 'w' || t.text !== rest[k] || t.newline) return false;
    }
    return true;
  }

  /** The longest lexicon phrase of one type at token i. */
  private hit<T extends Entry['t']>(i: number, t: T, bare = false): Hit<T> | null {
    for (const h of this.all(i)) {
      if (h.e.t === t && (!bare || h.prefix === '')) return h as unknown as Hit<T>;
    }
    return null;
  }

  /** True when the token before i is a definite noun (not a time preposition). */
  private afterDefiniteNoun(i: number): boolean {
    const prev = this.toks[i - 1];
    if (!prev || prev.kind !== 'w' || this.toks[i]!.newline) return false;
    // «الموافق الثالث عشر»، «الخميس السابع»: time words are not the noun an ordinal qualifies.
    if (this.hit(i - 1, 'muwafiq') || this.hit(i - 1, 'weekday') || this.hit(i - 1, 'deictic')) return false;
    return readings(prev.text).some((r) => r.stem.startsWith(AL) && r.stem.length > 3) && !this.stemIn(i - 1, TIME_PREPOSITIONS);
  }

  /** True when the token before i is a time preposition («في»، «منذ»، «خلال» …). */
  private afterTimePreposition(i: number): boolean {
    return i > 0 && this.stemIn(i - 1, TIME_PREPOSITIONS);
  }

  // ---------------------------------------------------------------- days and months

  /** A day number 1–31 that is not part of a bigger numeric expression (3/15، 10:30). */
  private dayNum(i: number): number | null {
    const v = this.num(i);
    if (!v || v.digits > 2 || v.n < 1 || v.n > 31) return null;
    const next = this.toks[i + 1];
    if (next && next.kind === 'p' && !next.spaced && (next.text === ':' || next.text === '/' || next.text === '%' || next.text === '٪') && this.toks[i + 2]?.kind === 'n') return null;
    const prev = this.toks[i - 1];
    if (prev && prev.kind === 'p' && !this.toks[i]!.spaced && (prev.text === '/' || prev.text === ':' || prev.text === '.') && this.toks[i - 2]?.kind === 'n') return null;
    return v.n;
  }

  /** A day: a number, an ordinal word («السابع»), or a position word («غرة»، «منتصف»، «أواخر»). */
  private daySpec(i: number): { day: DaySpec; end: number; ordinal: boolean } | null {
    const n = this.dayNum(i);
    if (n !== null) return { day: { k: 'n', d: n }, end: i + 1, ordinal: false };
    const ord = parseOrdinal(this.toks, i);
    // An ordinal after a definite noun qualifies it («الأسبوع الأول من الشهر»): not a day.
    if (ord && ord.value >= 1 && ord.value <= 31 && (ord.prefix !== '' || !this.afterDefiniteNoun(i))) return { day: { k: 'n', d: ord.value }, end: ord.end, ordinal: true };
    const pos = this.hit(i, 'dayPos');
    if (pos) {
      const w = readings(this.word(i)!).map((r) => PLURAL_THIRDS.get(r.stem)).find((x) => x !== undefined);
      if (w !== undefined) return { day: { k: 'third', n: w as 1 | 2 | 3 }, end: pos.end, ordinal: true };
      return { day: { k: 'pos', pos: pos.e.pos }, end: pos.end, ordinal: true };
    }
    return null;
  }

  /**
   * A month name with its optional second naming («تموز/ يوليو»، «يوليو (تموز)»، «كانون الثاني يناير»):
   * both names must be the same month, and then they are one expression.
   */
  private monthName(i: number): { m: number; cal: 'g' | 'h'; need: EntryOf<'month'>['need']; end: number; paired: boolean; prefix: string } | null {
    const h = this.hit(i, 'month');
    if (!h) return null;
    // Short names that are also words («ماي»، «آب») take no clitic but «و».
    if (h.e.need === 'number' && h.prefix !== '' && h.prefix !== AND) return null;
    const same = (k: number) => {
      const o = this.hit(k, 'month', true);
      return o && o.e.m === h.e.m && o.e.cal === h.e.cal ? o : null;
    };
    let end = h.end;
    let paired = false;
    if (this.punct(end, '/') || this.punct(end, DASH)) {
      const o = same(end + 1);
      if (o) {
        end = o.end;
        paired = true;
      }
    } else if (this.punct(end, '(')) {
      const o = same(end + 1);
      if (o && this.punct(o.end, ')')) {
        end = o.end + 1;
        paired = true;
      }
    } else {
      const o = same(end);
      if (o && this.toks[end]!.spaced) {
        end = o.end;
        paired = true;
      }
    }
    return { m: h.e.m, cal: h.e.cal, need: h.e.need, end, paired, prefix: h.prefix };
  }

  /** The month part of a day-month date: «من» and «شهر» are optional; relative and anaphoric months too. */
  private monthPart(j: number): { month: MonthRef; end: number; need?: EntryOf<'month'>['need'] } | null {
    let k = j;
    if (this.word(k) === MIN) k++;
    if (this.stemIn(k, SHAHR, false)) k++;
    const mn = this.monthName(k);
    if (mn) return { month: { k: 'named', m: mn.m, cal: mn.cal }, end: mn.end, need: mn.need };
    const unit = this.hit(k, 'unit', true);
    if (unit && unit.e.unit === 'month') {
      const rel = this.hit(unit.end, 'rel', true);
      if (rel) return { month: { k: 'rel', offset: rel.e.offset }, end: rel.end };
      if (this.hit(unit.end, 'same', true)) return { month: { k: 'same' }, end: unit.end + 1 };
      return null;
    }
    const th = this.hit(k, 'this', true);
    if (th) {
      const u = this.hit(th.end, 'unit', true);
      if (u && u.e.unit === 'month') return { month: { k: 'rel', offset: 0 }, end: u.end };
    }
    if (this.stemIn(k, NAFS, false)) {
      const u = this.hit(k + 1, 'unit', true);
      if (u && u.e.unit === 'month') return { month: { k: 'same' }, end: u.end };
    }
    return null;
  }

  /** A year after a date: «1953»، «، 2023»، «من عام 2019»، «1439 هـ»، «2018م». */
  private yearAfter(j: number, cal: 'g' | 'h' | null): { y: number; cal: 'g' | 'h'; end: number; era: boolean } | null {
    let k = j;
    if ((this.punct(k, '،') || this.punct(k, ',')) && this.toks[k + 1]?.kind === 'n') k++;
    let word = false;
    if (this.word(k) === MIN && this.hit(k + 1, 'yearWord', true)) {
      k = this.hit(k + 1, 'yearWord', true)!.end;
      word = true;
    } else {
      const yw = this.hit(k, 'yearWord', true);
      if (yw && !yw.e.dual) {
        k = yw.end;
        word = true;
      }
    }
    const v = this.num(k);
    if (!v) return null;
    const era = this.hit(k + 1, 'era', true);
    // A Hijri month with a Gregorian-looking year and no era mark («رمضان 2019») names the year in
    // the Gregorian calendar: Hijri years are 13xx–14xx in modern news.
    const yearCal = era ? era.e.cal : cal === 'h' && v.n >= 1800 ? 'g' : (cal ?? 'g');
    if (v.digits !== 4 && !(word && v.digits === 3) && !(era && era.e.cal === 'h')) return null;
    if (v.n < 1) return null;
    // «2018/2019»: a season, not a year after a date.
    if ((this.punct(k + 1, '/') || this.punct(k + 1, DASH)) && this.toks[k + 2]?.kind === 'n' && !this.toks[k + 1]!.spaced) return null;
    return { y: v.n, cal: yearCal, end: era ? era.end : k + 1, era: !!era };
  }

  /** «العام المقبل»، «من السنة الماضية» right after a month: the year it falls in, relative to today. */
  private relativeYearAfter(j: number): { offset: number; end: number } | null {
    const k = this.word(j) === MIN ? j + 1 : j;
    const u = this.hit(k, 'unit', true);
    const rel = u && u.e.unit === 'year' ? this.hit(u.end, 'rel', true) : null;
    return rel ? { offset: rel.e.offset, end: rel.end } : null;
  }

  /** A range connector: «-»، «إلى»، «حتى»، «و» (with or without «و» in front). */
  private connector(j: number): { end: number; kind: 'to' | 'and' } | null {
    if (this.punct(j, DASH)) return { end: j + 1, kind: 'to' };
    const w = this.word(j);
    if (w === null) return null;
    if (w === AND) {
      if (this.stemIn(j + 1, TO_WORDS, false)) return { end: j + 2, kind: 'to' };
      return { end: j + 1, kind: 'and' };
    }
    if (readings(w).some((r) => TO_WORDS.has(r.stem) && (r.prefix === '' || r.prefix === AND))) return { end: j + 1, kind: 'to' };
    return null;
  }

  /**
   * Day-month dates and day ranges: «27 تموز/ يوليو»، «السابع من أيار 2019»، «غرة ذي الحجة»،
   * «منتصف الشهر المقبل»، «13-15 تموز»، «من 28 يونيو إلى 2 يوليو 2022»، «08جوان».
   */
  private date(i: number, rangeContext: boolean): P | null {
    const ds = this.daySpec(i);
    if (!ds) return null;
    // «13-15 تموز»، «بين 13 و15 تموز»، «من 4 إلى 22 هذا الشهر»، «من الثالث والعشرين حتى السادس والعشرين من أكتوبر»
    if (ds.day.k === 'n' && (!ds.ordinal || rangeContext)) {
      const c = this.connector(ds.end);
      const second = c ? this.daySpec(c.end) : null;
      if (c && second && second.day.k === 'n' && (second.ordinal === ds.ordinal || !ds.ordinal)) {
        const d2 = second.day.d;
        const mp = this.monthPart(second.end);
        if (mp && mp.need !== 'day') {
          const yr = mp.month.k === 'named' ? this.yearAfter(mp.end, mp.month.cal) : null;
          const month = this.withYear(mp.month, yr);
          const end = yr ? yr.end : mp.end;
          if (c.kind === 'to' || rangeContext || d2 === ds.day.d + 1) {
            if (d2 <= ds.day.d) return null;
            return { start: i, end, v: { t: 'range', from: { t: 'date', day: ds.day, month }, to: { t: 'date', day: { k: 'n', d: d2 }, month } } };
          }
          // «13 و15 تموز» names two days: the first one borrows the month.
          return { start: i, end: ds.end, v: { t: 'date', day: ds.day, month } };
        }
      }
    }
    // «28-نوفمبر»، «2/ أكتوبر»: a dash or slash may stand between a day number and a month name.
    const sep = ds.day.k === 'n' && !ds.ordinal && (this.punct(ds.end, DASH) || this.punct(ds.end, '/')) && this.monthName(ds.end + 1)?.need === 'free' ? 1 : 0;
    const mp = this.monthPart(ds.end + sep);
    // Libyan month names that are common nouns («الربيع»، «الصيف») need a day number, not «منتصف».
    if (!mp || (mp.need === 'day' && ds.ordinal)) return null;
    if (ds.ordinal && ds.day.k === 'n' && mp.end === ds.end + 1 && mp.month.k !== 'named') return null;
    const yr = mp.month.k === 'named' ? this.yearAfter(mp.end, mp.month.cal) : null;
    if (yr && mp.month.k === 'named' && mp.month.cal === 'h' && yr.cal === 'g' && ds.day.k === 'n') return { start: i, end: yr.end, v: { t: 'hijriIn', m: mp.month.m, d: ds.day.d, gy: yr.y } };
    // «15 مارس من العام الماضي»
    const ry = !yr && mp.month.k === 'named' && mp.month.cal === 'g' ? this.relativeYearAfter(mp.end) : null;
    if (ry && mp.month.k === 'named') return { start: i, end: ry.end, v: { t: 'date', day: ds.day, month: { ...mp.month, yearOffset: ry.offset } } };
    const month = this.withYear(mp.month, yr);
    let end = yr ? yr.end : mp.end;
    const v: Value = { t: 'date', day: ds.day, month };
    // «15 جوان المقبل»، «3 مارس الماضي»: which occurrence of a day without its year.
    const rel = !yr && mp.month.k === 'named' ? this.hit(end, 'rel', true) : null;
    if (rel) {
      v.dir = rel.e.offset;
      end = rel.end;
    }
    // «من 28 يونيو إلى 2 يوليو 2022»
    const c = this.connector(end);
    if (c && (c.kind === 'to' || rangeContext) && mp.month.k === 'named') {
      const ds2 = this.daySpec(c.end);
      if (ds2) {
        const mp2 = this.monthPart(ds2.end);
        if (mp2 && mp2.month.k === 'named' && mp2.month.cal === mp.month.cal && !(mp2.need === 'day' && ds2.ordinal)) {
          const yr2 = this.yearAfter(mp2.end, mp2.month.cal);
          const to: Value = { t: 'date', day: ds2.day, month: this.withYear(mp2.month, yr2) };
          const from: Value = yr || !yr2 ? v : { t: 'date', day: ds.day, month: this.withYear(mp.month, yr2) };
          end = yr2 ? yr2.end : mp2.end;
          return { start: i, end, v: { t: 'range', from, to } };
        }
      }
    }
    if (ds.day.k === 'third') {
      const third = ds.day.n;
      return {
        start: i,
        end,
        v: { t: 'range', from: { t: 'date', day: { k: 'n', d: third * 10 - 9 }, month }, to: third === 3 ? { t: 'date', day: { k: 'pos', pos: 'last' }, month } : { t: 'date', day: { k: 'n', d: third * 10 }, month } },
      };
    }
    return { start: i, end, v };
  }

  private withYear(month: MonthRef, yr: { y: number; cal: 'g' | 'h' } | null): MonthRef {
    if (month.k !== 'named' || !yr || yr.cal !== month.cal) return month;
    return { ...month, year: yr.y };
  }

  /**
   * A month without a day: «يوليو 2023»، «تموز/يوليو 2023»، «يونيو الجاري»، «سبتمبر الماضي»،
   * «شهر رمضان»، «في مارس», and month ranges «من يناير إلى مارس 2023».
   */
  private monthExpr(i: number, rangeContext: boolean): P | null {
    let j = i;
    let shahr = false;
    if (this.stemIn(i, SHAHR)) {
      shahr = true;
      j = i + 1;
    }
    const mn = this.monthName(j);
    if (!mn) return null;
    if (mn.need === 'day') return null;
    const days = mn.cal === 'g' && mn.need === 'free' ? this.monthFirstDays(i, mn) : null;
    if (days) return days;
    const yr = this.yearAfter(mn.end, mn.cal);
    // «رمضان 2019»: a Hijri month located by the Gregorian year it falls in.
    if (yr && mn.cal === 'h' && yr.cal === 'g') return { start: i, end: yr.end, v: { t: 'hijriIn', m: mn.m, gy: yr.y } };
    const rel = yr ? null : this.hit(mn.end, 'rel', true);
    const named: Extract<MonthRef, { k: 'named' }> = { k: 'named', m: mn.m, cal: mn.cal };
    // «يونيو العام المقبل»، «في مارس من العام الماضي»: the month of a year named relative to today.
    const ry = !yr && !rel && mn.cal === 'g' ? this.relativeYearAfter(mn.end) : null;
    if (ry) return { start: i, end: ry.end, v: { t: 'month', month: { ...named, yearOffset: ry.offset } } };
    if (yr) named.year = yr.y;
    const context = shahr || this.afterTimePreposition(i) || (shahr === false && rangeContext);
    if (!yr && !rel) {
      if (mn.need === 'number' && !(shahr || mn.paired)) return null;
      if (mn.need === 'context' && !shahr) return null;
      if (!context && !mn.paired) return null;
    }
    let end = yr ? yr.end : rel ? rel.end : mn.end;
    const v: Value = rel ? { t: 'month', month: named, dir: rel.e.offset } : { t: 'month', month: named };
    // «من يناير إلى مارس 2023»، «يناير - مارس 2023»
    const c = this.connector(end);
    if (c && (c.kind === 'to' || rangeContext) && !rel) {
      let k = c.end;
      if (this.stemIn(k, SHAHR, false)) k++;
      const mn2 = this.monthName(k);
      if (mn2 && mn2.cal === mn.cal && mn2.need !== 'day') {
        const yr2 = this.yearAfter(mn2.end, mn2.cal);
        const to: Extract<MonthRef, { k: 'named' }> = { k: 'named', m: mn2.m, cal: mn2.cal };
        if (yr2) to.year = yr2.y;
        const from = { ...named };
        if (from.year === undefined && yr2) from.year = yr2.y - (mn.m > mn2.m ? 1 : 0);
        if (from.year !== undefined || to.year !== undefined || rangeContext) {
          end = yr2 ? yr2.end : mn2.end;
          return { start: i, end, v: { t: 'range', from: { t: 'month', month: from }, to: { t: 'month', month: to } } };
        }
      }
    }
    return { start: i, end, v };
  }

  /** Numeric dates, day first as in Arab news: «12/2/2018»، «12-02-2018»، «12.02.2018»، «2018/02/12». */
  private numericDate(i: number): P | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'n') return null;
    let partsText: string[] | null = null;
    let end = i + 1;
    if (/^\d{1,4}\.\d{1,2}\.\d{2,4}$/.test(t.text)) partsText = t.text.split('.');
    else if (/^\d{1,4}$/.test(t.text)) {
      const sep = this.toks[i + 1];
      if (sep && sep.kind === 'p' && (sep.text === '/' || sep.text === DASH) && !sep.spaced) {
        const b = this.toks[i + 2];
        const sep2 = this.toks[i + 3];
        const c = this.toks[i + 4];
        if (b && b.kind === 'n' && !b.spaced && sep2 && sep2.kind === 'p' && sep2.text === sep.text && !sep2.spaced && c && c.kind === 'n' && !c.spaced) {
          partsText = [t.text, b.text, c.text];
          end = i + 5;
        }
      }
    }
    if (!partsText) return this.numericMonth(i);
    if (partsText.some((p) => !/^\d+$/.test(p))) return null;
    // A longer chain (a phone or reference number) is not a date.
    const after = this.toks[end];
    if (after && after.kind === 'p' && !after.spaced && (after.text === '/' || after.text === DASH || after.text === '.') && this.toks[end + 1]?.kind === 'n' && !this.toks[end + 1]!.spaced) return null;
    const before = this.toks[i - 1];
    if (before && before.kind === 'p' && !t.spaced && (before.text === '/' || before.text === DASH) && this.toks[i - 2]?.kind === 'n') return null;
    const [a, b, c] = partsText as [string, string, string];
    let y: number, m: number, d: number;
    if (a.length === 4) [y, m, d] = [Number(a), Number(b), Number(c)];
    else if (c.length === 4) [d, m, y] = [Number(a), Number(b), Number(c)];
    else return null;
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return null;
    return { start: i, end, v: { t: 'date', day: { k: 'n', d }, month: { k: 'named', m, cal: 'g', year: y } } };
  }

  /** «3/2015»، «2015/3»: a month and its year. */
  private numericMonth(i: number): P | null {
    const a = this.num(i);
    const sep = this.toks[i + 1];
    const b = this.num(i + 2);
    if (!a || !b || !sep || sep.kind !== 'p' || sep.text !== '/' || sep.spaced || this.toks[i + 2]!.spaced) return null;
    const [m, y] = a.digits <= 2 && b.digits === 4 ? [a.n, b.n] : a.digits === 4 && b.digits <= 2 ? [b.n, a.n] : [0, 0];
    if (m < 1 || m > 12 || y < 1000 || y > 2999) return null;
    const after = this.toks[i + 3];
    if (after && after.kind === 'p' && !after.spaced && (after.text === '/' || after.text === DASH)) return null;
    const before = this.toks[i - 1];
    if (before && before.kind === 'p' && !this.toks[i]!.spaced && (before.text === '/' || before.text === DASH)) return null;
    return { start: i, end: i + 3, v: { t: 'month', month: { k: 'named', m, cal: 'g', year: y } } };
  }

  // ---------------------------------------------------------------- years

  /** «عام 2005»، «سنة 1439 هـ»، «عامي 2014 و2015»، «عام 2014 وحتى عام 2022»، «العام الماضي»، «السنة الجارية»، «العام نفسه». */
  private yearExpr(i: number, rangeContext: boolean): P | null {
    const yw = this.hit(i, 'yearWord');
    if (!yw) return null;
    let j = yw.end;
    const v = this.num(j);
    if (!v) {
      if (yw.e.dual) return null;
      const rel = this.hit(j, 'rel', true);
      if (rel) return { start: i, end: rel.end, v: { t: 'year', year: { k: 'rel', offset: rel.e.offset } } };
      if (this.hit(j, 'same', true)) return { start: i, end: j + 1, v: { t: 'same', unit: 'year' } };
      return null;
    }
    if (v.n < 1 || v.digits > 4) return null;
    const era = this.hit(j + 1, 'era', true);
    if (v.digits < 3 && !era) return null;
    if (this.toks[j + 1]?.kind === 'w' && !era && this.stemIn(j + 1, UNIT_AFTER)) return null;
    const cal = era ? era.e.cal : 'g';
    j = era ? era.end : j + 1;
    const from: Value = { t: 'year', year: { k: 'abs', y: v.n, cal } };
    const c = this.connector(j);
    if (c && (c.kind === 'to' || yw.e.dual || rangeContext)) {
      let k = c.end;
      const yw2 = this.hit(k, 'yearWord', true);
      if (yw2 && !yw2.e.dual) k = yw2.end;
      const v2 = this.num(k);
      if (v2 && (v2.digits === v.digits || v2.digits === 4) && v2.n > v.n) {
        const era2 = this.hit(k + 1, 'era', true);
        const to: Value = { t: 'year', year: { k: 'abs', y: v2.n, cal: era2 ? era2.e.cal : cal } };
        return { start: i, end: era2 ? era2.end : k + 1, v: { t: 'range', from, to } };
      }
    }
    return { start: i, end: j, v: from };
  }

  /**
   * A four-digit number read as a year without «عام»: only where a year is expected («منذ 2014»،
   * «حرب 1950-1953.»، «(2019)»، «معرض الأسلحة -2023»), never a quantity («2000 جندي»).
   */
  private bareYear(i: number): P | null {
    const v = this.num(i);
    if (!v) return null;
    const era = this.hit(i + 1, 'era', true);
    if (era && era.e.cal === 'h' && v.n >= 1) return { start: i, end: era.end, v: { t: 'year', year: { k: 'abs', y: v.n, cal: 'h' } } };
    if (v.digits !== 4 || v.n < 1000 || v.n > 2199) return null;
    const prevTok = this.toks[i - 1];
    // Part of a bigger numeric expression: 12/2018 or 10-2018 after a number.
    if (prevTok && prevTok.kind === 'p' && (prevTok.text === '/' || prevTok.text === '.' || prevTok.text === ':') && this.toks[i - 2]?.kind === 'n') return null;
    if (prevTok && prevTok.kind === 'p' && prevTok.text === DASH && this.toks[i - 2]?.kind === 'n') return null;
    const range = this.yearRangeAfter(i, v.n);
    const end = range ? range.end : era ? era.end : i + 1;
    const value: Value = range ? { t: 'range', from: { t: 'year', year: { k: 'abs', y: v.n, cal: 'g' } }, to: { t: 'year', year: { k: 'abs', y: range.y2, cal: 'g' } } } : { t: 'year', year: { k: 'abs', y: v.n, cal: 'g' } };
    if (era) return { start: i, end, v: value };
    const next = this.toks[end];
    const nextOk = this.followsTimeExpression(end);
    if (next && next.kind === 'w' && !next.newline && this.stemIn(end, UNIT_AFTER)) return null;
    if (prevTok && prevTok.kind === 'p' && prevTok.text === '(' && this.punct(end, ')')) return { start: i, end, v: value };
    // «معرض الأسلحة -2023»: a hyphen after a name is an edition label, not a minus.
    if (prevTok && prevTok.kind === 'p' && prevTok.text === DASH && this.toks[i - 2]?.kind === 'w' && nextOk) return { start: i, end, v: value, entity: true };
    if (prevTok && prevTok.kind === 'w' && !this.toks[i]!.newline) {
      if (this.stemIn(i - 1, NOT_YEAR_BEFORE)) return null;
      if (this.stemIn(i - 1, STRONG_BEFORE)) return { start: i, end, v: value };
      if (this.stemIn(i - 1, WEAK_BEFORE)) return nextOk && (range || (v.n >= 1800 && v.n <= 2100)) ? { start: i, end, v: value } : null;
      // After a noun («حرب التحرير 1950-1953.»، «مونديال 2022،»): a year that dates the noun; a
      // range may go on with its clause («الحرب الكورية 1950-1953 بعد …»).
      if (range && nextOk) return { start: i, end, v: value };
      if (v.n >= 1900 && v.n <= 2100) return next === undefined || next.newline || (next.kind === 'p' && CLOSE_PUNCT.has(next.text)) ? { start: i, end, v: value } : null;
      return null;
    }
    if (range && nextOk) return { start: i, end, v: value };
    return null;
  }

  /** «1950-1953»، «1950 - 1953»، «1950-53»، «2022/2023»، «2023 و2024 و2025» after a year at token i. */
  private yearRangeAfter(i: number, y1: number): { y2: number; end: number } | null {
    // A list of consecutive years is the span they cover.
    let k = i + 1;
    let last = y1;
    while (this.word(k) === AND && this.num(k + 1)?.n === last + 1 && this.num(k + 1)?.digits === 4) {
      last++;
      k += 2;
    }
    if (last > y1) return { y2: last, end: k };
    const sep = this.toks[i + 1];
    if (!sep || sep.kind !== 'p' || (sep.text !== DASH && sep.text !== '/')) return null;
    const v2 = this.num(i + 2);
    if (!v2) return null;
    let y2 = v2.n;
    if (v2.digits === 2) y2 = Math.floor(y1 / 100) * 100 + v2.n;
    else if (v2.digits !== 4) return null;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    if (sep.text === '/' && y2 !== y1 + 1) return null;
    if (this.punct(i + 3, '/') || (this.punct(i + 3, DASH) && this.toks[i + 4]?.kind === 'n')) return null;
    return { y2, end: i + 3 };
  }

  /** True when what follows token position j can close a time adverbial (punctuation, a preposition …). */
  private followsTimeExpression(j: number): boolean {
    const t = this.toks[j];
    if (!t || t.newline) return true;
    if (t.kind === 'p') return t.text !== '%' && t.text !== '٪' && t.text !== '$' && t.text !== '€';
    if (t.kind === 'n') return false;
    return this.stemIn(j, FOLLOW_OK) || !!this.hit(j, 'era', true) || !!this.hit(j, 'rel', true);
  }

  /** «مطلع العام الجاري»، «نهاية عام 2022»، «منتصف 2023»، «الربع الرابع» (see unitExpr). */
  private yearPartExpr(i: number): P | null {
    const pos = this.hit(i, 'dayPos');
    if (!pos) return null;
    const yr = this.yearRef(pos.end);
    if (!yr) return null;
    const w = readings(this.word(i)!).map((r) => PLURAL_THIRDS.get(r.stem)).find((x) => x !== undefined);
    const p = w === 1 ? 'first' : w === 2 ? 'mid' : w === 3 ? 'last' : pos.e.pos;
    // «مطلع/نهاية العام» is its first/last month; «أوائل/أواسط/أواخر العام» a third of it.
    const months: [number, number] = w !== undefined ? [w * 4 - 3, w * 4] : p === 'first' ? [1, 1] : p === 'mid' ? [6, 7] : [12, 12];
    return { start: i, end: yr.end, v: { t: 'yearPart', months, year: yr.year } };
  }

  /** A year reference: «العام الجاري»، «هذا العام»، «عام 2023»، «2023»، «العام نفسه». */
  private yearRef(j: number): { year: YearRef; end: number } | null {
    let k = j;
    if (this.word(k) === MIN) k++;
    const yw = this.hit(k, 'yearWord', true);
    if (yw && !yw.e.dual) {
      const v = this.num(yw.end);
      if (v && v.digits >= 3 && v.digits <= 4) {
        const era = this.hit(yw.end + 1, 'era', true);
        return { year: { k: 'abs', y: v.n, cal: era ? era.e.cal : 'g' }, end: era ? era.end : yw.end + 1 };
      }
      const rel = this.hit(yw.end, 'rel', true);
      if (rel) return { year: { k: 'rel', offset: rel.e.offset }, end: rel.end };
      if (this.hit(yw.end, 'same', true)) return { year: { k: 'same' }, end: yw.end + 1 };
      return null;
    }
    const th = this.hit(k, 'this', true);
    if (th) {
      const y2 = this.hit(th.end, 'yearWord', true);
      if (y2 && !y2.e.dual) return { year: { k: 'rel', offset: 0 }, end: y2.end };
      return null;
    }
    const v = this.num(k);
    if (v && v.digits === 4 && v.n >= 1000 && v.n <= 2199 && !this.stemIn(k + 1, UNIT_AFTER)) return { year: { k: 'abs', y: v.n, cal: 'g' }, end: k + 1 };
    return null;
  }

  // ---------------------------------------------------------------- relative expressions

  /** «اليوم»، «أمس الأربعاء»، «أول من أمس»، «غداً»، «الليلة» (with an optional weekday and part of day after). */
  private deicticExpr(i: number): P | null {
    const h = this.hit(i, 'deictic');
    if (!h) return null;
    let j = h.end;
    if (h.e.offset === 0 && !h.e.pod) {
      // «اليوم الوطني»، «اليوم التالي»، «اليوم الأول»: a day named, not today.
      const next = this.toks[j];
      if (next && next.kind === 'w' && !next.newline && qualifiesDay(next.text, this.toks, j)) return null;
      if (next && next.kind === 'w' && this.hit(j, 'same', true)) return null;
      if (i > 0 && this.stemIn(i - 1, NAFS)) return null;
    }
    if (this.toks[i]!.text === BUKRA && this.stemIn(j, BUKRA_IDIOM, false)) return null;
    let offset = h.e.offset;
    // «الليلة الماضية» is last night.
    if (h.e.pod === 'night') {
      const rel = this.hit(j, 'rel', true);
      if (rel) {
        offset = rel.e.offset;
        j = rel.end;
      }
    }
    let wd: number | undefined;
    const wh = this.hit(j, 'weekday', true);
    if (wh) {
      wd = wh.e.wd;
      j = wh.end;
    }
    let pod = h.e.pod;
    const post = this.hit(j, 'pod', true);
    if (post && post.e.post) {
      pod = post.e.pod;
      j = post.end;
    }
    const v: Value = wd === undefined ? { t: 'deictic', offset } : { t: 'deictic', offset, wd };
    return pod ? { start: i, end: j, v, pod } : { start: i, end: j, v };
  }

  /** «الخميس»، «الأربعاء الماضي»، «الخميس الموافق 14 شباط»، «الجمعة 3 مارس 2023». */
  private weekdayExpr(i: number, dayContext: boolean): P | null {
    const h = this.hit(i, 'weekday');
    if (!h) return null;
    if (this.stemIn(h.end, TEEN, false)) return null; // «الأحد عشر» = eleven
    let j = h.end;
    let dir: -1 | 0 | 1 | undefined;
    const rel = this.hit(j, 'rel', true);
    if (rel) {
      dir = rel.e.offset;
      j = rel.end;
    }
    let pod: PartOfDay | undefined;
    const post = this.hit(j, 'pod', true);
    if (post && post.e.post) {
      pod = post.e.pod;
      j = post.end;
    }
    // A date after the weekday is checked by it: one expression.
    let k = j;
    if (this.punct(k, '،') || this.punct(k, ',')) k++;
    let muwafiq = false;
    // «يوم الخميس في 14 شباط»
    if (this.word(k) === FI_WORD && this.toks[k + 1]?.kind === 'n') k++;
    const mw = this.hit(k, 'muwafiq', true);
    if (mw) {
      k = mw.end;
      muwafiq = true;
      if (this.word(k) === LAM) k++;
    }
    // «الاثنين الأخير من آذار»: the last Monday of the month.
    if (k === j && dir === undefined && !pod && this.stemIn(k, LAST, false)) {
      const nth = this.nthMonth(i, k + 1, { k: 'nth', n: -1, wd: h.e.wd });
      if (nth) return nth;
    }
    // «سأعود يوم الأحد الثاني»: with no month after it, the n-th weekday of the current month. Only
    // a bare weekday and a definite ordinal ending the phrase: «للجمعة الثانية على التوالي» (the
    // second Friday running) counts Fridays, not a day of the month.
    if (k === j && dir === undefined && !pod && h.prefix === '') {
      const nth = this.nthOfThisMonth(i, j, h.e.wd);
      if (nth) return nth;
    }
    const d = this.numericDate(k) ?? this.date(k, false);
    // «الثلاثاء الثالث من أيلول 2014»: an ordinal word up to five after the weekday may count the
    // weekdays of the month (the third Tuesday) rather than name the day (Tuesday the 3rd).
    if (d && d.v.t === 'date' && dir === undefined && k === j && d.v.day.k === 'n' && d.v.day.d <= 5 && this.toks[k]!.kind === 'w') {
      const n = d.v.day.d;
      const v: Value = { ...d.v, day: { k: 'nth', n, wd: h.e.wd, orDay: true } };
      return pod ? { start: i, end: d.end, v, pod } : { start: i, end: d.end, v };
    }
    if (d && d.v.t === 'date' && dir === undefined) {
      const v: Value = { ...d.v, wd: h.e.wd };
      return pod ? { start: i, end: d.end, v, pod } : { start: i, end: d.end, v };
    }
    if (h.e.strict && !dayContext && dir === undefined && !pod && !muwafiq && !this.mondayAlone(i, j)) return null;
    const v: Value = dir === undefined ? { t: 'weekday', wd: h.e.wd } : { t: 'weekday', wd: h.e.wd, dir };
    return pod ? { start: i, end: j, v, pod } : { start: i, end: j, v };
  }

  /**
   * «ثالث ثلاثاء من أيلول»، «آخر جمعة من رمضان»، «أول اثنين من الشهر المقبل»، «ثاني يوم أربعاء في
   * أكتوبر 2014»: an ordinal (or «أول»/«آخر») and a weekday without the article, then a month.
   */
  private nthWeekdayExpr(i: number): P | null {
    const w = this.word(i);
    if (w === null) return null;
    let n: number;
    let k: number;
    if (LAST_WORD.has(w)) {
      n = -1;
      k = i + 1;
    } else if (FIRST_WORD.has(w)) {
      n = 1;
      k = i + 1;
    } else if (COUNTING_ORDINALS.has(w)) {
      n = COUNTING_ORDINALS.get(w)!;
      k = i + 1;
    } else {
      const ord = parseOrdinal(this.toks, i);
      if (!ord || ord.prefix !== '' || ord.value < 1 || ord.value > 5) return null;
      n = ord.value;
      k = ord.end;
    }
    if (this.hit(k, 'yawm', true) && !this.hit(k, 'yawm', true)!.e.dual) k++;
    const name = this.word(k);
    const wd = name === null ? undefined : BARE_WEEKDAYS.get(name);
    if (wd === undefined || this.toks[k]!.newline) return null;
    return this.nthMonth(i, k + 1, { k: 'nth', n, wd });
  }

  /** «الأحد الثاني» alone: the second Sunday of the reference month (see weekdayExpr). */
  private nthOfThisMonth(i: number, j: number, wd: number): P | null {
    const ord = parseOrdinal(this.toks, j);
    if (!ord || ord.prefix !== '' || ord.value < 1 || ord.value > 5 || ord.end !== j + 1 || !this.toks[j]!.text.startsWith(AL)) return null;
    const next = this.toks[ord.end];
    if (next && !next.newline && next.kind !== 'p') return null;
    if (next && next.kind === 'p' && (next.text === '-' || next.text === '/')) return null;
    return { start: i, end: ord.end, v: { t: 'date', day: { k: 'nth', n: ord.value, wd }, month: { k: 'rel', offset: 0 } } };
  }

  /** The month after an n-th weekday («من آذار»، «في أيلول 2014»، «من الشهر المقبل»). */
  private nthMonth(start: number, j: number, day: DaySpec): P | null {
    const k = this.word(j) === FI_WORD ? j + 1 : j;
    const mp = this.monthPart(k);
    if (!mp || mp.need === 'day' || mp.need === 'number') return null;
    const yr = mp.month.k === 'named' ? this.yearAfter(mp.end, mp.month.cal) : null;
    return { start, end: yr ? yr.end : mp.end, v: { t: 'date', day, month: this.withYear(mp.month, yr) } };
  }

  /**
   * A day range written month first, as in Gulf and Egyptian event listings: «يوليو 13-15»، «تموز 13
   * إلى 15»، «أغسطس 27 حتى 29 2024». Both days inclusive, the second after the first.
   */
  private monthFirstDays(i: number, mn: { m: number; cal: 'g' | 'h'; end: number }): P | null {
    const d1 = this.dayNum(mn.end);
    if (d1 === null) return null;
    const c = this.connector(mn.end + 1);
    if (!c || c.kind !== 'to') return null;
    const d2 = this.dayNum(c.end);
    if (d2 === null || d2 <= d1) return null;
    // «مارس 3-5 آلاف»: numbers counting something, not days.
    if (this.stemIn(c.end + 1, UNIT_AFTER)) return null;
    const yr = this.yearAfter(c.end + 1, mn.cal);
    const month: MonthRef = this.withYear({ k: 'named', m: mn.m, cal: mn.cal }, yr);
    return { start: i, end: yr ? yr.end : c.end + 1, v: { t: 'range', from: { t: 'date', day: { k: 'n', d: d1 }, month }, to: { t: 'date', day: { k: 'n', d: d2 }, month } } };
  }

  /**
   * «الاثنين» alone is Monday after a verb or a noun phrase («يجتمع المجلس الاثنين»), but «the two»
   * after «بين»، «كلا»، «أحد» or a dual/plural noun («الطرفين الاثنين»), and before «معا».
   */
  private mondayAlone(i: number, j: number): boolean {
    const prev = this.toks[i - 1];
    if (!prev || prev.kind !== 'w' || this.toks[i]!.newline) return false;
    if (this.stemIn(i - 1, TWO_BEFORE)) return false;
    if (prev.text.length > 4 && prev.text.endsWith('ين')) return false;
    return !this.stemIn(j, TWO_AFTER, false);
  }

  /** A part of day before a day: «مساء أمس الأربعاء»، «صباح اليوم»، «ليل الاثنين الثلاثاء»، «فجر 5 حزيران». */
  private podExpr(i: number): P | null {
    const h = this.hit(i, 'pod');
    if (!h || !h.e.pre) return null;
    let j = h.end;
    const yawm = this.hit(j, 'yawm', true);
    if (yawm && !yawm.e.dual) j = yawm.end;
    const inner = this.deicticExpr(j) ?? this.weekdayExpr(j, true) ?? this.numericDate(j) ?? this.date(j, false) ?? this.bareDeicticAfterPod(j);
    if (!inner) return null;
    // «ليل الاثنين الثلاثاء»، «ليلة الاثنين إلى الثلاثاء»: the night from one day to the next.
    if (h.e.pod === 'night' && inner.v.t === 'weekday' && inner.v.dir === undefined) {
      let k = inner.end;
      if (this.punct(k, DASH) || this.punct(k, '/') || this.stemIn(k, TO_WORDS) || this.word(k) === ALA) k++;
      const w2 = this.hit(k, 'weekday', true);
      if (w2 && w2.e.wd === (inner.v.wd + 1) % 7) return { start: i, end: w2.end, v: { t: 'night', wd: inner.v.wd }, pod: 'night' };
    }
    return { start: i, end: inner.end, v: inner.v, pod: inner.pod ?? h.e.pod };
  }

  /** «غد» after a part of day («صباح غد»). */
  private bareDeicticAfterPod(j: number): P | null {
    if (this.word(j) === GHAD) return { start: j, end: j + 1, v: { t: 'deictic', offset: 1 } };
    return null;
  }

  /** «يوم الخميس»، «يوم 27 يوليو»، «يوم أمس»، «يومي 1 و2 فيفري». */
  private yawmExpr(i: number): P | null {
    const h = this.hit(i, 'yawm');
    if (!h) return null;
    const j = h.end;
    const inner = h.e.dual
      ? this.date(j, true)
      : (this.weekdayExpr(j, true) ?? this.numericDate(j) ?? this.date(j, false) ?? this.deicticAfterYawm(j));
    if (!inner) return null;
    return { start: i, end: inner.end, v: inner.v, ...(inner.pod ? { pod: inner.pod } : {}) };
  }

  private deicticAfterYawm(j: number): P | null {
    const d = this.deicticExpr(j);
    if (d && d.v.t === 'deictic' && d.v.offset !== 0) return d;
    if (this.word(j) === GHAD) return { start: j, end: j + 1, v: { t: 'deictic', offset: 1 } };
    return null;
  }

  /** «الأسبوع الجاري»، «الشهر الماضي»، «الربع الرابع من العام الجاري»، «القرن العشرين»، «الشهر ذاته». */
  private unitExpr(i: number): P | null {
    const u = this.hit(i, 'unit');
    if (!u) return null;
    const j = u.end;
    switch (u.e.unit) {
      case 'week': {
        const rel = this.hit(j, 'rel', true);
        if (rel) return { start: i, end: rel.end, v: { t: 'relWeek', offset: rel.e.offset } };
        if (this.stemIn(j, FOLLOWING, false)) return { start: i, end: j + 1, v: { t: 'relWeek', offset: 1 } };
        return this.weekOfMonth(i, j);
      }
      case 'month': {
        const rel = this.hit(j, 'rel', true);
        if (rel) return { start: i, end: rel.end, v: { t: 'relMonth', offset: rel.e.offset } };
        if (this.stemIn(j, FOLLOWING, false)) return { start: i, end: j + 1, v: { t: 'relMonth', offset: 1 } };
        if (this.hit(j, 'same', true)) return { start: i, end: j + 1, v: { t: 'same', unit: 'month' } };
        return null;
      }
      case 'year':
        return this.yearExpr(i, false);
      case 'quarter':
      case 'half': {
        let n: number | null = null;
        let k = j;
        const ord = parseOrdinal(this.toks, j);
        if (ord && ord.prefix === '') {
          n = ord.value;
          k = ord.end;
        } else if (this.stemIn(j, LAST, false)) {
          n = u.e.unit === 'quarter' ? 4 : 2;
          k = j + 1;
        }
        if (n === null || n < 1 || n > (u.e.unit === 'quarter' ? 4 : 2)) return null;
        const size = u.e.unit === 'quarter' ? 3 : 6;
        const months: [number, number] = [(n - 1) * size + 1, n * size];
        const yr = this.yearRef(k);
        if (yr) return { start: i, end: yr.end, v: { t: 'yearPart', months, year: yr.year } };
        // Without a year a quarter or half means the reference year only next to a time preposition.
        if (!this.afterTimePreposition(i) && !this.stemIn(i, KHILAL_FI)) return null;
        return { start: i, end: k, v: { t: 'yearPart', months, year: { k: 'rel', offset: 0 } } };
      }
      case 'century': {
        const c = this.centuryRef(j);
        return c ? { start: i, end: c.end, v: { t: 'century', century: c.century } } : null;
      }
      default:
        return null;
    }
  }

  /** «الأسبوع الأول من أكتوبر»، «الأسبوع الأخير من الشهر الماضي»: days 1–7, 8–14 … or the last 7. */
  private weekOfMonth(i: number, j: number): P | null {
    let n: number | null = null;
    let k = j;
    const ord = parseOrdinal(this.toks, j);
    if (ord && ord.prefix === '' && ord.value >= 1 && ord.value <= 4) {
      n = ord.value;
      k = ord.end;
    } else if (this.stemIn(j, LAST, false)) {
      n = 0;
      k = j + 1;
    }
    if (n === null || (this.word(k) !== MIN && this.word(k) !== FI_WORD)) return null;
    const mp = this.monthPart(k + 1);
    if (!mp || mp.need === 'day' || mp.need === 'context') return null;
    const yr = mp.month.k === 'named' ? this.yearAfter(mp.end, mp.month.cal) : null;
    const month = this.withYear(mp.month, yr);
    const end = yr ? yr.end : mp.end;
    const from: Value = { t: 'date', day: n === 0 ? { k: 'lastWeek' } : { k: 'n', d: n * 7 - 6 }, month };
    const to: Value = { t: 'date', day: n === 0 ? { k: 'pos', pos: 'last' } : { k: 'n', d: n * 7 }, month };
    return { start: i, end, v: { t: 'range', from, to } };
  }

  /** «هذا الأسبوع»، «هذا الشهر»، «هذا العام»، «هذه السنة». */
  private thisExpr(i: number): P | null {
    const th = this.hit(i, 'this');
    if (!th) return null;
    const u = this.hit(th.end, 'unit', true);
    if (u) {
      if (u.e.unit === 'week') return { start: i, end: u.end, v: { t: 'relWeek', offset: 0 } };
      if (u.e.unit === 'month') return { start: i, end: u.end, v: { t: 'relMonth', offset: 0 } };
      if (u.e.unit === 'year') return { start: i, end: u.end, v: { t: 'year', year: { k: 'rel', offset: 0 } } };
    }
    const yw = this.hit(th.end, 'yearWord', true);
    if (yw && !yw.e.dual && this.num(yw.end) === null) return { start: i, end: yw.end, v: { t: 'year', year: { k: 'rel', offset: 0 } } };
    return null;
  }

  /** «بنفس التاريخ»، «في نفس اليوم»، «نفس العام»: the date, day, month or year named just before. */
  private nafsExpr(i: number): P | null {
    if (!this.stemIn(i, NAFS)) return null;
    const j = i + 1;
    if (this.hit(j, 'date', true) || this.word(j) === TODAY) return { start: i, end: j + 1, v: { t: 'same', unit: 'day' } };
    const u = this.hit(j, 'unit', true);
    if (u && u.e.unit === 'month') return { start: i, end: u.end, v: { t: 'same', unit: 'month' } };
    const yw = this.hit(j, 'yearWord', true);
    if (yw && !yw.e.dual) return { start: i, end: yw.end, v: { t: 'same', unit: 'year' } };
    return null;
  }

  /** «التاريخ نفسه»، «اليوم ذاته». */
  private sameAfter(i: number, unit: 'day'): P | null {
    const h = this.hit(i, 'date');
    if (!h) return null;
    return this.hit(h.end, 'same', true) ? { start: i, end: h.end + 1, v: { t: 'same', unit } } : null;
  }

  /** «عيد الفطر»، «عيد الأضحى 2013»، «رأس السنة الهجرية 1445 هـ»، «عيد العمال». */
  private holidayExpr(i: number): P | null {
    const h = this.hit(i, 'holiday');
    if (!h) return null;
    const { cal, m, d } = h.e;
    const yr = this.yearAfter(h.end, cal);
    if (yr && cal === 'h' && yr.cal === 'g') return { start: i, end: yr.end, v: { t: 'hijriIn', m, d, gy: yr.y } };
    const month: Extract<MonthRef, { k: 'named' }> = { k: 'named', m, cal };
    if (yr && yr.cal === cal) month.year = yr.y;
    return { start: i, end: yr && yr.cal === cal ? yr.end : h.end, v: { t: 'date', day: { k: 'n', d }, month } };
  }

  /** «صيف 2023»، «خريف عام 2019». */
  private seasonExpr(i: number): P | null {
    const h = this.hit(i, 'season');
    if (!h) return null;
    const yr = this.yearRef(h.end);
    if (!yr || yr.year.k === 'same') return null;
    const [a, b] = h.e.months;
    if (a > b) return null; // winter straddles two years: left unresolved rather than guessed
    return { start: i, end: yr.end, v: { t: 'yearPart', months: [a, b], year: yr.year } };
  }

  /** «التسعينيات»، «ثمانينيات القرن الماضي»، «عقد السبعينيات من القرن العشرين». */
  private decadeExpr(i: number): P | null {
    let j = i;
    if (this.stemIn(i, AQD)) j = i + 1;
    const h = this.hit(j, 'decade', j !== i);
    if (!h) return null;
    let k = h.end;
    if (this.word(k) === MIN) k++;
    const u = this.hit(k, 'unit', true);
    if (u && u.e.unit === 'century') {
      const c = this.centuryRef(u.end);
      if (c) return { start: i, end: c.end, v: { t: 'decade', d: h.e.d, century: c.century } };
    }
    return { start: i, end: h.end, v: { t: 'decade', d: h.e.d } };
  }

  /** The century after «القرن»: «العشرين»، «التاسع عشر»، «الحادي والعشرين»، «الـ19»، «الماضي»، «الحالي». */
  private centuryRef(j: number): { century: CenturyRef; end: number } | null {
    const ord = parseOrdinal(this.toks, j);
    if (ord && ord.prefix === '' && ord.value >= 1 && ord.value <= 30) return { century: { k: 'n', n: ord.value }, end: ord.end };
    let k = j;
    if (this.word(k) === AL) k++;
    const v = this.num(k);
    if (v && v.n >= 1 && v.n <= 30) return { century: { k: 'n', n: v.n }, end: k + 1 };
    const rel = this.hit(j, 'rel', true);
    if (rel) return { century: { k: 'rel', offset: rel.e.offset }, end: rel.end };
    return null;
  }

  /** «الذكرى السبعين»، «الذكرى الـ 70»، «للذكرى الخامسة والعشرين»، «الذكرى السنوية الأولى»، «الذكرى المئوية». */
  private annivExpr(i: number): P | null {
    const h = this.hit(i, 'anniv');
    if (!h) return null;
    let j = h.end;
    if (this.stemIn(j, SANAWIYA, false)) j++;
    let n: number | null = null;
    const ord = parseOrdinal(this.toks, j);
    if (ord && ord.prefix === '') {
      n = ord.value;
      j = ord.end;
    } else {
      let k = j;
      if (this.word(k) === AL) k++;
      const v = this.num(k);
      if (v && v.n >= 1 && v.n <= 1000) {
        n = v.n;
        j = k + 1;
      }
    }
    if (n === null) return null;
    if (this.stemIn(j, SANAWIYA, false)) j++;
    return { start: i, end: j, v: { t: 'anniv', n } };
  }

  /** «من/بين/منذ/يومي …» in front of a range: the range then starts at the preposition. */
  private rangePrefixed(i: number): P | null {
    let j = i;
    if (this.word(i) === MA && this.word(i + 1) === BAYN) j = i + 1;
    if (!this.stemIn(j, RANGE_STARTERS)) return null;
    j++;
    if (this.word(j) === MIN && this.stemIn(j - 1, IBTIDA)) j++;
    const inner = this.date(j, true) ?? this.yearExpr(j, true) ?? this.monthExpr(j, true) ?? this.bareYearRange(j);
    if (!inner || inner.v.t !== 'range') return null;
    return { start: i, end: inner.end, v: inner.v };
  }

  /** «من 2014 إلى 2022»، «بين 1950 و1953» after a range preposition. */
  private bareYearRange(j: number): P | null {
    const v = this.num(j);
    if (!v || v.digits !== 4) return null;
    const c = this.connector(j + 1);
    if (!c) return null;
    let k = c.end;
    const yw = this.hit(k, 'yearWord', true);
    if (yw && !yw.e.dual) k = yw.end;
    const v2 = this.num(k);
    if (!v2 || v2.digits !== 4 || v2.n <= v.n || v2.n - v.n > 200) return null;
    return { start: j, end: k + 1, v: { t: 'range', from: { t: 'year', year: { k: 'abs', y: v.n, cal: 'g' } }, to: { t: 'year', year: { k: 'abs', y: v2.n, cal: 'g' } } } };
  }

  /** «قبل يومين»، «منذ ثلاثة أسابيع»، «قبل 5 سنوات»، «بعد أسبوع»: counted from the reference date. */
  private agoExpr(i: number): P | null {
    const w = this.word(i);
    if (w === null) return null;
    const sign = readings(w).map((r) => (r.prefix === '' || r.prefix === AND ? AGO_WORDS.get(r.stem) : undefined)).find((x) => x !== undefined);
    if (sign === undefined) return null;
    let j = i + 1;
    let n: number | null = null;
    const v = this.num(j);
    if (v && v.digits <= 3) {
      n = v.n;
      j++;
    } else {
      const cw = CARDINALS.get(this.word(j) ?? '');
      if (cw !== undefined) {
        n = cw;
        j++;
      }
    }
    const unitWord = this.word(j);
    if (unitWord === null) return null;
    const u = DURATION_UNITS.get(unitWord);
    if (!u) return null;
    if (n === null) n = u.count;
    else if (u.count !== 1 && !u.plural) return null;
    // «بعد يومين من الهجوم»: counted from an event, not from the reference date; «منذ عام 2003»
    // is a year, not «a year ago».
    if (this.stemIn(j + 1, FROM_ON, false) || this.toks[j + 1]?.kind === 'n') return null;
    if (n < 1 || n > 1000) return null;
    return { start: i, end: j + 1, v: { t: 'ago', unit: u.unit, n: n * sign } };
  }
}

const CARDINALS = new Map<string, number>(
  (
    [
      ['ثلاثة', 3], ['ثلاث', 3], ['أربعة', 4], ['أربع', 4], ['خمسة', 5], ['خمس', 5], ['ستة', 6], ['ست', 6], ['سبعة', 7], ['سبع', 7],
      ['ثمانية', 8], ['ثماني', 8], ['تسعة', 9], ['تسع', 9], ['عشرة', 10], ['عشر', 10], ['بضعة', 3], ['بضع', 3],
    ] as const
  ).map(([w, n]) => [W(w), n]),
);

const DURATION_UNITS = new Map<string, { unit: 'day' | 'week' | 'month' | 'year'; count: number; plural: boolean }>(
  (
    [
      ['يوم', 'day', 1, false], ['يومين', 'day', 2, false], ['أيام', 'day', 1, true], ['يوما', 'day', 1, true],
      ['أسبوع', 'week', 1, false], ['أسبوعين', 'week', 2, false], ['أسابيع', 'week', 1, true], ['أسبوعا', 'week', 1, true],
      ['شهر', 'month', 1, false], ['شهرين', 'month', 2, false], ['أشهر', 'month', 1, true], ['شهور', 'month', 1, true], ['شهرا', 'month', 1, true],
      ['عام', 'year', 1, false], ['عامين', 'year', 2, false], ['أعوام', 'year', 1, true], ['عاما', 'year', 1, true],
      ['سنة', 'year', 1, false], ['سنتين', 'year', 2, false], ['سنوات', 'year', 1, true], ['سنة', 'year', 1, false], ['سنين', 'year', 1, true],
    ] as const
  ).map(([w, unit, count, plural]) => [W(w), { unit, count, plural }]),
);
