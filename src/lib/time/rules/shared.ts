import { readings } from '../../text/clitics.ts';
import type { CenturyRef, DaySpec, MonthRef, YearRef } from '../mentions.ts';
import { parseOrdinal } from '../number-words.ts';
import { type Scan, type EntryOf } from './scan.ts';
import { AL, AND, BA, COUNTING_ORDINALS, DASH, FI_WORD, FOLLOW_OK, HALF_WORDS, LAM, LAST, MIN, MONTH_NUMBER_WORDS, NAFS, PLURAL_THIRDS, SHAHR, TODAY, TO_WORDS, UNIT_AFTER, UNTIL_NOUNS, LASTING, NEXT_OF_NARRATED } from './words.ts';

/** A day number 1–31 that is not part of a bigger numeric expression (3/15، 10:30). */
export function dayNum(s: Scan, i: number): number | null {
  const v = s.num(i);
  if (!v || v.digits > 2 || v.n < 1 || v.n > 31) return null;
  const next = s.toks[i + 1];
  if (next && next.kind === 'p' && !next.spaced && (next.text === ':' || next.text === '/' || next.text === '%' || next.text === '٪') && s.toks[i + 2]?.kind === 'n') return null;
  const prev = s.toks[i - 1];
  if (prev && prev.kind === 'p' && !s.toks[i]!.spaced && (prev.text === '/' || prev.text === ':' || prev.text === '.') && s.toks[i - 2]?.kind === 'n') return null;
  return v.n;
}

/** A day: a number, an ordinal word («السابع»), or a position word («غرة»، «منتصف»، «أواخر»). */
export function daySpec(s: Scan, i: number): { day: DaySpec; end: number; ordinal: boolean } | null {
  const n = dayNum(s, i);
  if (n !== null) return { day: { k: 'n', d: n }, end: i + 1, ordinal: false };
  // «اليوم الثالث من أكتوبر»، «اليوم الأخير من الشهر»: «اليوم» in front of an ordinal names a day of a month.
  if (s.word(i) === TODAY) {
    const o = parseOrdinal(s.toks, i + 1);
    if (o && o.prefix === '' && o.value >= 1 && o.value <= 31) return { day: { k: 'n', d: o.value }, end: o.end, ordinal: true };
    if (s.stemIn(i + 1, LAST, false)) return { day: { k: 'pos', pos: 'last' }, end: i + 2, ordinal: true };
    return null;
  }
  if (s.stemIn(i, HALF_WORDS, false) && s.stemIn(i + 1, SHAHR, false)) return { day: { k: 'pos', pos: 'mid' }, end: i + 1, ordinal: true };
  const ord = parseOrdinal(s.toks, i);
  // «ثالث يوم من شهر عشرة»: an ordinal in construct with «يوم».
  const counted = COUNTING_ORDINALS.get(s.word(i) ?? '');
  if (counted !== undefined && s.hit(i + 1, 'yawm', true) && !s.hit(i + 1, 'yawm', true)!.e.dual) return { day: { k: 'n', d: counted }, end: i + 2, ordinal: true };
  // An ordinal after a definite noun qualifies it («الأسبوع الأول من الشهر»): not a day.
  if (ord && ord.value >= 1 && ord.value <= 31 && (ord.prefix !== '' || !s.afterDefiniteNoun(i))) return { day: { k: 'n', d: ord.value }, end: ord.end, ordinal: true };
  const pos = s.hit(i, 'dayPos');
  if (pos) {
    const w = readings(s.word(i)!).map((r) => PLURAL_THIRDS.get(r.stem)).find((x) => x !== undefined);
    if (w !== undefined) return { day: { k: 'third', n: w as 1 | 2 | 3 }, end: pos.end, ordinal: true };
    // «آخر يوم من»، «أول يوم في»
    const yawm = s.hit(pos.end, 'yawm', true);
    return { day: { k: 'pos', pos: pos.e.pos }, end: yawm && !yawm.e.dual ? yawm.end : pos.end, ordinal: true };
  }
  return null;
}

/** The same month named again at token k («تموز/يوليو»، «يوليو (تموز)»), or null. */
function sameMonth(s: Scan, k: number, e: { m: number; cal: 'g' | 'h' }) {
  const o = s.hit(k, 'month', true);
  return o && o.e.m === e.m && o.e.cal === e.cal ? o : null;
}

/**
 * A month name with its optional second naming («تموز/ يوليو»، «يوليو (تموز)»، «كانون الثاني يناير»):
 * both names must be the same month, and then they are one expression.
 */
export function monthName(s: Scan, i: number): { m: number; cal: 'g' | 'h'; need: EntryOf<'month'>['need']; end: number; paired: boolean; prefix: string } | null {
  const h = s.hit(i, 'month');
  if (!h) return null;
  // Short names that are also words («ماي»، «آب») take no clitic but «و».
  if (h.e.need === 'number' && h.prefix !== '' && h.prefix !== AND) return null;
  let end = h.end;
  let paired = false;
  if (s.punct(end, '/') || s.punct(end, DASH)) {
    const o = sameMonth(s, end + 1, h.e);
    if (o) {
      end = o.end;
      paired = true;
    }
  } else if (s.punct(end, '(')) {
    const o = sameMonth(s, end + 1, h.e);
    if (o && s.punct(o.end, ')')) {
      end = o.end + 1;
      paired = true;
    }
  } else {
    const o = sameMonth(s, end, h.e);
    if (o && s.toks[end]!.spaced) {
      end = o.end;
      paired = true;
    }
  }
  return { m: h.e.m, cal: h.e.cal, need: h.e.need, end, paired, prefix: h.prefix };
}

/** The month part of a day-month date: «من» and «شهر» are optional; relative and anaphoric months too. */
export function monthPart(s: Scan, j: number): { month: MonthRef; end: number; need?: EntryOf<'month'>['need'] } | null {
  let k = j;
  if (s.word(k) === MIN || s.word(k) === FI_WORD) k++;
  const shahr = s.stemIn(k, SHAHR);
  if (shahr) k++;
  const mn = monthName(s, k);
  if (mn) return { month: { k: 'named', m: mn.m, cal: mn.cal }, end: mn.end, need: mn.need };
  if (shahr) {
    const m = monthNumber(s, k);
    if (m !== null) return { month: { k: 'named', m, cal: 'g' }, end: k + 1 };
  }
  const unit = s.hit(k, 'unit', true);
  // «الشهر الثامن»: the eighth month of the year.
  const ord = unit && unit.e.unit === 'month' ? parseOrdinal(s.toks, unit.end) : null;
  if (ord && ord.prefix === '' && ord.value >= 1 && ord.value <= 12) return { month: { k: 'named', m: ord.value, cal: 'g' }, end: ord.end };
  if (unit && unit.e.unit === 'month') {
    const rel = s.hit(unit.end, 'rel', true);
    if (rel) return { month: { k: 'rel', offset: rel.e.offset }, end: rel.end };
    if (s.hit(unit.end, 'same', true)) return { month: { k: 'same' }, end: unit.end + 1 };
    return null;
  }
  const th = s.hit(k, 'this', true);
  if (th) {
    const u = s.hit(th.end, 'unit', true);
    if (u && u.e.unit === 'month') return { month: { k: 'rel', offset: 0 }, end: u.end };
  }
  if (s.stemIn(k, NAFS, false)) {
    const u = s.hit(k + 1, 'unit', true);
    if (u && u.e.unit === 'month') return { month: { k: 'same' }, end: u.end };
  }
  return null;
}

/**
 * «العام الماضي 2019»: a year written after its relative naming is the year meant (the article may be
 * read long after it was written, and the writer's «last year» is the number given).
 */
export function statedYear(s: Scan, k: number): { year: YearRef; end: number } | null {
  const v = s.num(k);
  if (!v || v.digits !== 4 || v.n < 1000 || v.n > 2199 || s.stemIn(k + 1, UNIT_AFTER)) return null;
  return { year: { k: 'abs', y: v.n, cal: 'g' }, end: k + 1 };
}

/** A month number after «شهر»: «3»، «ثلاثة»، «عشرة» (not a count of something: «شهر 3 أيام»). */
function monthNumber(s: Scan, k: number): number | null {
  const v = s.num(k);
  const m = v ? (v.digits <= 2 ? v.n : 0) : (MONTH_NUMBER_WORDS.get(s.word(k) ?? '') ?? 0);
  // «شهر عشرة سنة 2015» is October 2015; «شهر 3 أيام» counts days.
  const yearNext = !!s.hit(k + 1, 'yearWord', true) && s.num(k + 2) !== null;
  if (m < 1 || m > 12 || (s.stemIn(k + 1, UNIT_AFTER) && !yearNext) || s.punct(k + 1, '/')) return null;
  return m;
}

/** A year after a date: «1953»، «، 2023»، «من عام 2019»، «1439 هـ»، «2018م». */
export function yearAfter(s: Scan, j: number, cal: 'g' | 'h' | null): { y: number; cal: 'g' | 'h'; end: number; era: boolean } | null {
  let k = j;
  if ((s.punct(k, '،') || s.punct(k, ',')) && s.toks[k + 1]?.kind === 'n') k++;
  let word = false;
  if (s.word(k) === MIN && s.hit(k + 1, 'yearWord', true)) {
    k = s.hit(k + 1, 'yearWord', true)!.end;
    word = true;
  } else {
    // «في سنة 2014»، «لعام 2014»، «بعام 2014»: the year of what was just named.
    const at = s.word(k) === FI_WORD ? k + 1 : k;
    const yw = s.hit(at, 'yearWord');
    if (yw && !yw.e.dual && (yw.prefix === '' || ((yw.prefix === LAM || yw.prefix === BA) && at === k))) {
      k = yw.end;
      word = true;
    }
  }
  const v = s.num(k);
  if (!v) return null;
  const era = s.hit(k + 1, 'era', true);
  // A Hijri month with a Gregorian-looking year and no era mark («رمضان 2019») names the year in
  // the Gregorian calendar: Hijri years are 13xx–14xx in modern news.
  const yearCal = era ? era.e.cal : cal === 'h' && v.n >= 1800 ? 'g' : (cal ?? 'g');
  if (v.digits !== 4 && !(word && v.digits === 3) && !(era && era.e.cal === 'h')) return null;
  if (v.n < 1) return null;
  // «2018/2019»: a season, not a year after a date.
  if ((s.punct(k + 1, '/') || s.punct(k + 1, DASH)) && s.toks[k + 2]?.kind === 'n' && !s.toks[k + 1]!.spaced) return null;
  return { y: v.n, cal: yearCal, end: era ? era.end : k + 1, era: !!era };
}

/** «العام المقبل»، «من السنة الماضية» right after a month: the year it falls in, relative to today. */
export function relativeYearAfter(s: Scan, j: number): { offset: number; end: number } | null {
  const k = s.word(j) === MIN ? j + 1 : j;
  const u = s.hit(k, 'unit', true);
  const rel = u && u.e.unit === 'year' ? s.hit(u.end, 'rel', true) : null;
  return rel ? { offset: rel.e.offset, end: rel.end } : null;
}

/**
 * «من العام نفسه/ذاته»، «من العام التالي» after a month: the year the narrative named last, or the one
 * after it. News retelling a sequence («استقال في أفريل من العام ذاته») dates by the story, not by today.
 */
export function sameYearAfter(s: Scan, j: number): { shift: number; end: number } | null {
  const k = s.word(j) === MIN ? j + 1 : j;
  const yw = s.hit(k, 'yearWord', true);
  if (!yw || yw.e.dual) return null;
  if (s.hit(yw.end, 'same', true)) return { shift: 0, end: yw.end + 1 };
  if (s.stemIn(yw.end, NEXT_OF_NARRATED, false)) return { shift: 1, end: yw.end + 1 };
  return null;
}

/** A range connector: «-»، «إلى»، «حتى»، «و» (with or without «و» in front). */
export function connector(s: Scan, j: number, loose = false): { end: number; kind: 'to' | 'and' } | null {
  if (s.punct(j, DASH)) return { end: j + 1, kind: 'to' };
  const w = s.word(j);
  if (w === null) return null;
  if (w === AND) {
    if (s.stemIn(j + 1, TO_WORDS, false)) return { end: untilEnd(s, j + 2), kind: 'to' };
    return { end: j + 1, kind: 'and' };
  }
  if (readings(w).some((r) => TO_WORDS.has(r.stem) && (r.prefix === '' || r.prefix === AND))) return { end: untilEnd(s, j + 1), kind: 'to' };
  // «منذ عام 2011 ومتواصلة حتى عام 2019»: after a range opener, one word joined by «و» (a participle
  // or verb: «ومستمرة»، «وامتدت») may stand before «حتى»/«إلى».
  const lasting = readings(w).some((r) => r.prefix === AND && (LASTING.has(r.stem) || LASTING.has(AND + r.stem)));
  if ((loose || lasting) && readings(w).some((r) => r.prefix === AND && r.stem.length >= 3) && s.toks[j + 1]?.kind === 'w' && readings(s.word(j + 1)!).some((r) => TO_WORDS.has(r.stem) && r.prefix === '')) {
    return { end: untilEnd(s, j + 2), kind: 'to' };
  }
  return null;
}

/** «يوم»، «يوم السبت» before the day of a range's end («إلى غاية يوم الاثنين 21 أوت»): skipped. */
export function skipDayWords(s: Scan, k: number): number {
  const y = s.hit(k, 'yawm', true);
  if (y && !y.e.dual) k = y.end;
  const w = s.hit(k, 'weekday', true);
  if (w && (s.toks[w.end]?.kind === 'n' || parseOrdinal(s.toks, w.end))) k = w.end;
  return k;
}

/** «إلى غاية»، «حتى حدود»: the noun after «إلى» that only restates the end. */
function untilEnd(s: Scan, k: number): number {
  return s.stemIn(k, UNTIL_NOUNS, false) && s.toks[k - 1]?.kind === 'w' && !s.stemIn(k - 1, UNTIL_NOUNS, false) ? k + 1 : k;
}

/** The month with the year read after it, when both are of the same calendar. */
export function withYear(s: Scan, month: MonthRef, yr: { y: number; cal: 'g' | 'h' } | null): MonthRef {
  if (month.k !== 'named' || !yr || yr.cal !== month.cal) return month;
  return { ...month, year: yr.y };
}

/** A year reference: «العام الجاري»، «هذا العام»، «عام 2023»، «2023»، «العام نفسه». */
export function yearRef(s: Scan, j: number): { year: YearRef; end: number } | null {
  let k = j;
  if (s.word(k) === MIN) k++;
  const yw = s.hit(k, 'yearWord', true);
  if (yw && !yw.e.dual) {
    const v = s.num(yw.end);
    if (v && v.digits >= 3 && v.digits <= 4) {
      const era = s.hit(yw.end + 1, 'era', true);
      return { year: { k: 'abs', y: v.n, cal: era ? era.e.cal : 'g' }, end: era ? era.end : yw.end + 1 };
    }
    const rel = s.hit(yw.end, 'rel', true);
    if (rel) return statedYear(s, rel.end) ?? { year: { k: 'rel', offset: rel.e.offset }, end: rel.end };
    if (s.hit(yw.end, 'same', true)) return { year: { k: 'same' }, end: yw.end + 1 };
    return null;
  }
  const th = s.hit(k, 'this', true);
  if (th) {
    const y2 = s.hit(th.end, 'yearWord', true);
    if (y2 && !y2.e.dual) return { year: { k: 'rel', offset: 0 }, end: y2.end };
    return null;
  }
  const v = s.num(k);
  if (v && v.digits === 4 && v.n >= 1000 && v.n <= 2199 && !s.stemIn(k + 1, UNIT_AFTER)) return { year: { k: 'abs', y: v.n, cal: 'g' }, end: k + 1 };
  return null;
}

/** The century after «القرن»: «العشرين»، «التاسع عشر»، «الحادي والعشرين»، «الـ19»، «الماضي»، «الحالي». */
export function centuryRef(s: Scan, j: number): { century: CenturyRef; end: number } | null {
  const ord = parseOrdinal(s.toks, j);
  if (ord && ord.prefix === '' && ord.value >= 1 && ord.value <= 30) return { century: { k: 'n', n: ord.value }, end: ord.end };
  let k = j;
  if (s.word(k) === AL) k++;
  const v = s.num(k);
  if (v && v.n >= 1 && v.n <= 30) return { century: { k: 'n', n: v.n }, end: k + 1 };
  const rel = s.hit(j, 'rel', true);
  if (rel) return { century: { k: 'rel', offset: rel.e.offset }, end: rel.end };
  return null;
}

/** True when what follows token position j can close a time adverbial (punctuation, a preposition …). */
export function followsTimeExpression(s: Scan, j: number): boolean {
  const t = s.toks[j];
  if (!t || t.newline) return true;
  if (t.kind === 'p') return t.text !== '%' && t.text !== '٪' && t.text !== '$' && t.text !== '€';
  if (t.kind === 'n') return false;
  return s.stemIn(j, FOLLOW_OK) || !!s.hit(j, 'era', true) || !!s.hit(j, 'rel', true);
}
