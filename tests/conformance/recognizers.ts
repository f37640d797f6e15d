/**
 * Scores the extractor on Microsoft Recognizers-Text's Arabic DateTime specs.
 * Parser specs: two readings per case, "tense" (the resolution the sentence's tense implies: future
 * for «سأعود…», past for «عدت…», and past for a sentence without a tensed verb, as news mostly
 * reports what happened) and "either" (FutureResolution or PastResolution).
 * Extractor specs: spans only, "exact" and "overlap" (the same coverage rule as the parser scores).
 */
import type { Timex } from '../../src/lib/types.ts';
import { addDays, inclusiveEnd } from './calendar.ts';
import { covers, timexesOf, type Extract } from './run-extractor.ts';
import { Scoreboard } from './score.ts';
import type { RecognizersCase, RecognizersResult } from './suites.ts';

const DEFAULT_REFERENCE = '2016-11-07';
const INVALID = '0001-01-01';
/** Words of a range whose both ends are named: «من 4 إلى 22», «بين 2 و 7», «19-20», «حتى الغد». */
const EXPLICIT_RANGE = /إلى|الى|حتى|لغاية|بين\s.+\sو|\p{N}\s*[-–]\s*\p{N}/u;
const FUTURE = /^(سأ|سن|سي|ست)\S{2,}|سوف|يرجى|جدولة|لنبدأ|يمكن|تجد لنا|ماذا عن/;
const PAST = /(^|\s)(لقد|كان|كانت|كنا|حدث|عدت|غادرت|عقدنا|راسلته|مواليد)(\s|$)/;

/** The tense of a spec sentence: "future", "past", or "none" when no tensed verb marks it. */
export function tenseOf(input: string): 'future' | 'past' | 'none' {
  const s = input.trim();
  if (FUTURE.test(s)) return 'future';
  if (PAST.test(s)) return 'past';
  return 'none';
}

/**
 * The inclusive last day of a Recognizers period. Upstream ends are exclusive for calendar periods
 * (month "2016-12" ends 2017-01-01) and for durations («3 أيام القادمة» P3D ends on the 4th day);
 * a range with both ends named («من 4 إلى 22», «2014-2018») ends at the start of the named end,
 * which the reader includes, so the inclusive end is the end of that named day, month or year;
 * «بقية الأسبوع» / «باقي الشهر» already end on the last day.
 */
export function recognizersInclusiveEnd(timex: string, text: string, endDate: string): string {
  const range = /^\(.+,.+,P\d+([DWMY])\)$/.exec(timex);
  if (!range) return addDays(endDate, -1);
  if (/بقية|باقي/.test(text)) return endDate;
  if (EXPLICIT_RANGE.test(text)) return range[1] === 'Y' ? inclusiveEnd(endDate, 'year') : range[1] === 'M' ? inclusiveEnd(endDate, 'month') : endDate;
  return addDays(endDate, -1);
}

/** A category for a DateParser result, from the shape of its Timex. */
function dateCategory(r: RecognizersResult): string {
  const timex = r.Value?.Timex ?? '';
  if (/^XXXX-XX-\d\d$/.test(timex)) return 'day of month only';
  if (/^XXXX-\d\d-\d\d$/.test(timex)) return 'day and month, no year';
  if (/^XXXX-WXX-\d$/.test(timex)) return 'bare weekday';
  if (/#\d$/.test(timex)) return 'nth weekday of month';
  if (/^\d{4}-\d\d-\d\d$/.test(timex)) {
    return /\p{N}{4}|\p{N}{1,4}[/.-]\p{N}{1,2}[/.-]\p{N}{1,4}|ألف/u.test(r.Text) ? 'absolute date' : 'relative date';
  }
  return 'other';
}

/** A category for a DatePeriodParser result, from its Timex and words. */
function periodCategory(r: RecognizersResult): string {
  const timex = r.Value?.Timex ?? '';
  if (/-WE$/.test(timex)) return 'weekend';
  if (timex.startsWith('(')) {
    if (/بقية|باقي/.test(r.Text)) return 'rest of a period';
    if (EXPLICIT_RANGE.test(r.Text)) return 'explicit range';
    if (/P10Y\)$/.test(timex) || /P\d+0Y\)$/.test(timex)) return 'decade(s)';
    if (/ربع/.test(r.Text)) return 'quarter';
    return 'duration from reference';
  }
  if (/مطلع|أوائل|أواخر|منتصف|بداية|نهاية|لاحق/.test(r.Text)) return 'part of a period';
  if (/^(\d{4}|XXXX)$/.test(timex)) return 'year';
  if (/^(\d{4}|XXXX)-\d\d$/.test(timex)) return 'month';
  if (/W\d\d$/.test(timex)) return 'week';
  return 'other';
}

export interface ParserScore {
  board: Scoreboard;
  /** Results without any date upstream (seasons). */
  excluded: number;
  failures: string[];
}

type Range = [string, string];

function expectedRanges(r: RecognizersResult, period: boolean): { future: Range; past: Range } | 'invalid' | null {
  const f = r.Value?.FutureResolution;
  const p = r.Value?.PastResolution;
  const range = (x: typeof f): Range | null => {
    if (!x) return null;
    if (x.date) return [x.date, x.date];
    if (x.startDate && x.endDate) return [x.startDate, period ? recognizersInclusiveEnd(r.Value?.Timex ?? '', r.Text, x.endDate) : x.endDate];
    return null;
  };
  const future = range(f);
  const past = range(p);
  if (!future || !past) return null;
  if (future[0] === INVALID || past[0] === INVALID) return 'invalid';
  return { future, past };
}

const hits = (found: Timex[], start: number, end: number, [s, e]: Range) => found.some((t) => covers(t, start, end) && t.start === s && t.end === e);

/** Scores a parser spec (DateParser or DatePeriodParser). */
export function scoreParser(cases: RecognizersCase[], kind: 'date' | 'period', extract: Extract = timexesOf): ParserScore {
  const board = new Scoreboard(['tense', 'either']);
  const failures: string[] = [];
  let excluded = 0;
  for (const c of cases) {
    const ref = c.Context?.ReferenceDateTime.slice(0, 10) ?? DEFAULT_REFERENCE;
    const found = extract(c.Input, ref);
    for (const r of c.Results) {
      const start = r.Start;
      const end = r.Start + r.Length;
      const expected = expectedRanges(r, kind === 'period');
      if (expected === null) {
        excluded++;
        continue;
      }
      if (expected === 'invalid') {
        // Upstream marks an impossible date («الأحد الخامس» of a month with four) with 0001-01-01:
        // the project's contract is to emit nothing for it.
        const ok = !found.some((t) => covers(t, start, end));
        board.add('impossible date (nothing emitted)', { tense: ok, either: ok });
        if (!ok) failures.push(`«${c.Input}»: «${r.Text}» is impossible upstream, but a date was emitted`);
        continue;
      }
      const tense = tenseOf(c.Input);
      const wanted = tense === 'future' ? expected.future : expected.past;
      const passed = { tense: hits(found, start, end, wanted), either: hits(found, start, end, expected.future) || hits(found, start, end, expected.past) };
      board.add(kind === 'date' ? dateCategory(r) : periodCategory(r), passed);
      if (!passed.either) {
        const got = found.map((t) => `«${t.text}» ${t.start}..${t.end}`).join(', ') || 'nothing';
        failures.push(`«${c.Input}» (ref ${ref}, ${tense}): «${r.Text}» expected ${wanted.join('..')}, got ${got}`);
      }
    }
  }
  return { board, excluded, failures };
}

/** Scores extractor specs (spans only); a case without results passes when nothing is found. */
export function scoreExtractor(specs: Record<string, RecognizersCase[]>, extract: Extract = timexesOf): Scoreboard {
  const board = new Scoreboard(['exact', 'overlap']);
  for (const [name, cases] of Object.entries(specs)) {
    for (const c of cases) {
      const found = extract(c.Input, c.Context?.ReferenceDateTime.slice(0, 10) ?? DEFAULT_REFERENCE);
      if (c.Results.length === 0) {
        const ok = found.length === 0;
        board.add(`${name} (no date)`, { exact: ok, overlap: ok });
      }
      for (const r of c.Results) {
        const start = r.Start;
        const end = r.Start + r.Length;
        board.add(name, { exact: found.some((t) => t.span[0] === start && t.span[1] === end), overlap: found.some((t) => covers(t, start, end)) });
      }
    }
  }
  return board;
}
