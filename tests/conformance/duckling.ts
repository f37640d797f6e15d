/**
 * Scores the extractor on Duckling's Arabic time corpus at its reference date (Tuesday 2013-02-12).
 * Grains below a day are out of scope for a day-level timeline and are counted as excluded.
 * Two readings: Duckling's own value, and the news convention, where a bare weekday or a bare
 * month points back to its latest occurrence instead of forward.
 */
import type { Timex } from '../../src/lib/types.ts';
import { addDays, inclusiveEnd, latestWeekdayOnOrBefore } from './calendar.ts';
import { covers, timexesOf, type Extract } from './run-extractor.ts';
import { Scoreboard } from './score.ts';
import type { DucklingCorpus, DucklingExample } from './suites.ts';

export const IN_SCOPE_GRAINS = new Set(['day', 'week', 'month', 'year']);
const WEEKDAYS: [RegExp, number][] = [
  [/^ال(أ|ا)حد$/, 0],
  [/^ال(إ|ا)ثنين$/, 1],
  [/^الثلاثاء?$/, 2],
  [/^ال(أ|ا)ربعاء?$/, 3],
  [/^الخميس$/, 4],
  [/^الجمع(ة|ه)$/, 5],
  [/^السبت$/, 6],
];

/** The weekday (0 = Sunday) of an expression that is a bare weekday («الجمعة», «يوم الجمعة»), else null. */
export function bareWeekday(text: string): number | null {
  const word = text.trim().replace(/^يوم\s+/, '');
  for (const [re, day] of WEEKDAYS) if (re.test(word)) return day;
  return null;
}

export interface DucklingScore {
  board: Scoreboard;
  excluded: Map<string, number>;
  negatives: { total: number; passed: number };
  failures: string[];
}

/** Expected inclusive [start, end] in Duckling's reading. */
export function ducklingRange(e: DucklingExample): [string, string] {
  const start = e.expected.startDate;
  if (e.kind === 'interval' && e.expected.endExclusiveDate) return [start, addDays(e.expected.endExclusiveDate, -1)];
  return [start, inclusiveEnd(start, e.expected.grain)];
}

/** One year earlier, for the same month and day. */
const yearBefore = (iso: string) => `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;

/**
 * True for a bare month («آذار», «في شهر مارس»): month grain, named by its name or number only,
 * without a year or a relative word.
 */
function bareMonth(e: DucklingExample): boolean {
  const t = e.tags;
  return e.expected.grain === 'month' && (t.includes('month_name') || t.includes('month_number')) && !t.includes('explicit_year') && !t.some((x) => x.startsWith('relative_'));
}

/**
 * Expected inclusive [start, end] under the news convention: a bare weekday is the latest such day
 * on or before the reference (today when it is today), and a bare month the latest one that has
 * begun by the reference; everything else reads as Duckling reads it.
 */
export function newsRange(e: DucklingExample, ref: string): [string, string] {
  const day = bareWeekday(e.text);
  if (day !== null) {
    const d = latestWeekdayOnOrBefore(ref, day);
    return [d, d];
  }
  const [start, end] = ducklingRange(e);
  if (bareMonth(e) && start > ref) return [yearBefore(start), inclusiveEnd(yearBefore(start), 'month')];
  return [start, end];
}

function matches(found: Timex[], text: string, [start, end]: [string, string]): boolean {
  return found.some((t) => covers(t, 0, text.length) && t.start === start && t.end === end);
}

const DAY_MS = 86_400_000;
const dayDiff = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS;

/** True for an expression that names no year, absolute or relative («عيد الفطر», «الثلاثاء الأول من أكتوبر»). */
export function yearless(e: DucklingExample): boolean {
  return !e.tags.includes('explicit_year') && !e.tags.some((x) => x.startsWith('relative_')) && e.tags.some((x) => x === 'month_name' || x === 'month_number' || x === 'holiday' || x === 'ordinal_words');
}

/**
 * The news reading of an expression without a year that Duckling places after the reference: its
 * latest earlier occurrence, one Gregorian or Hijri year (or 52–53 weeks, for an n-th weekday)
 * before Duckling's, as long as it has begun by the reference date and lasts as long.
 */
export function earlierOccurrence(t: Timex, [start, end]: [string, string], ref: string): boolean {
  if (start <= ref || t.start > ref) return false;
  const back = dayDiff(t.start, start);
  return back >= 353 && back <= 371 && dayDiff(t.start, t.end) === dayDiff(start, end);
}

// Duckling counts weeks from Monday (ISO 8601): its corpus is read with that first day of the week.
const DUCKLING_WEEK_START = 1;

/** Runs every example and negative example of the corpus. */
export function scoreDuckling(corpus: DucklingCorpus, extract: Extract = (input, ref) => timexesOf(input, ref, DUCKLING_WEEK_START)): DucklingScore {
  const ref = corpus.referenceTime.local.slice(0, 10);
  const board = new Scoreboard(['duckling', 'news', 'either']);
  const excluded = new Map<string, number>();
  const failures: string[] = [];
  for (const e of corpus.examples) {
    if (!IN_SCOPE_GRAINS.has(e.expected.grain)) {
      excluded.set(e.expected.grain, (excluded.get(e.expected.grain) ?? 0) + 1);
      continue;
    }
    const found = extract(e.text, ref);
    const duckling = ducklingRange(e);
    const news = newsRange(e, ref);
    const earlier = yearless(e) && found.some((t) => covers(t, 0, e.text.length) && earlierOccurrence(t, duckling, ref));
    const passed = { duckling: matches(found, e.text, duckling), news: matches(found, e.text, news) || earlier, either: false };
    passed.either = passed.duckling || passed.news;
    board.add(e.category, passed);
    if (!passed.duckling && !passed.news) {
      const got = found.map((t) => `«${t.text}» ${t.start}..${t.end}`).join(', ') || 'nothing';
      failures.push(`${e.category}: «${e.text}» expected ${duckling.join('..')}${news[0] !== duckling[0] ? ` (news ${news.join('..')})` : ''}, got ${got}`);
    }
  }
  let passedNeg = 0;
  for (const text of corpus.negative) {
    if (extract(text, ref).length === 0) passedNeg++;
    else failures.push(`negative: «${text}» should give no date`);
  }
  return { board, excluded, negatives: { total: corpus.negative.length, passed: passedNeg }, failures };
}
