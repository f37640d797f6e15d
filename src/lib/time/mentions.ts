/** What the grammar reads in the text before anything is resolved to calendar dates. */
import type { PartOfDay } from '../types.ts';

/** A month named in a date: by name (Gregorian or Hijri, maybe with its year), relative, or «the same». */
export type MonthRef =
  /** `yearOffset` (Gregorian only) places it in a year relative to the reference («يونيو العام المقبل»). */
  | { k: 'named'; m: number; cal: 'g' | 'h'; year?: number; yearOffset?: number }
  | { k: 'rel'; offset: number }
  | { k: 'same' };

/** The day inside a month: a number, a position word (غرة = first, منتصف = 15th, نهاية = last), the first day of a third, or the first day of its last seven. */
export type DaySpec =
  | { k: 'n'; d: number }
  | { k: 'pos'; pos: 'first' | 'mid' | 'last' }
  | { k: 'third'; n: 1 | 2 | 3 }
  | { k: 'lastWeek' }
  /**
   * The n-th weekday `wd` of the month (n = -1: the last one): «ثالث ثلاثاء من أيلول»، «آخر جمعة من
   * رمضان». With `orDay` («الثلاثاء الثالث من أيلول») it may also be the weekday of day n: that
   * reading wins when day n is that weekday.
   */
  | { k: 'nth'; n: number; wd: number; orDay?: boolean };

/** A year: explicit, relative to the reference year, or the reference year itself. */
export type YearRef = { k: 'abs'; y: number; cal: 'g' | 'h' } | { k: 'rel'; offset: number } | { k: 'same' };

/** A century: its ordinal number (20 = 1900s) or relative to the reference date's century. */
export type CenturyRef = { k: 'n'; n: number } | { k: 'rel'; offset: number };

/** The meaning of a temporal expression. */
export type Value =
  | { t: 'date'; day: DaySpec; month: MonthRef; wd?: number; dir?: -1 | 0 | 1 }
  | { t: 'month'; month: Extract<MonthRef, { k: 'named' }>; dir?: -1 | 0 | 1 }
  | { t: 'relMonth'; offset: number }
  | { t: 'year'; year: YearRef }
  /** A day counted from the reference date, or (`anchored`: in reported speech) from the date named before the quotation. */
  | { t: 'deictic'; offset: number; wd?: number; anchored?: boolean }
  /**
   * A weekday: `dir` from «الماضي»/«المقبل» after it, `week` when it names a day of a relative week
   * («أحد الأسبوع الماضي»), `tense` the way its clause points (-1 past, 1 future, see the rules'
   * README), `anchored` when it belongs to the explicit date named just before it.
   */
  | { t: 'weekday'; wd: number; dir?: -1 | 0 | 1; week?: number; tense?: -1 | 1; anchored?: boolean }
  | { t: 'night'; wd: number }
  | { t: 'relWeek'; offset: number }
  | { t: 'yearPart'; months: [number, number]; year: YearRef }
  | { t: 'decade'; d: number; century?: CenturyRef }
  | { t: 'century'; century: CenturyRef }
  | { t: 'anniv'; n: number; base?: number }
  | { t: 'same'; unit: 'day' | 'month' | 'year' }
  | { t: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; n: number }
  /** «الأسبوعين الماضيين»، «الأيام الثلاثة المقبلة»: n units before the reference day (n < 0) or after it. */
  | { t: 'span'; unit: 'day' | 'week' | 'month' | 'year'; n: number }
  | { t: 'range'; from: Value; to: Value }
  /** A Hijri month (or one of its days) named with a Gregorian year: «رمضان 2019»، «عيد الفطر 2013». */
  | { t: 'hijriIn'; m: number; d?: number; gy: number };

/** One temporal expression found in the normalized text. */
export interface Mention {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  /** Token indices [tokStart, tokEnd) of the expression. */
  tokStart: number;
  tokEnd: number;
  v: Value;
  pod?: PartOfDay;
  /** A year that labels a name («معرض الأسلحة -2023»): a date, but not the date of a statement. */
  entity?: boolean;
  /** A date restating the deictic day just before it («اليوم الخميس، الموافق لـ 27 تموز»). */
  restates?: number;
}
