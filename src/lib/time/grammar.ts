/**
 * The engine of the grammar of Arabic temporal expressions, read over the tokens of the normalized
 * text. Each construction is a rule in src/lib/time/rules/ (one family per file) that says what
 * triggers it and how it reads the tokens; the engine indexes the rules by trigger, tries the
 * triggered ones at every token, keeps the longest reading (so «27 يوليو/ تموز 1953» is one
 * expression, not three), then runs the refiners over the whole list.
 */
import type { Token } from '../text/tokens.ts';
import type { Entry } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { parseOrdinal } from './number-words.ts';
import { anniversaryRules } from './rules/anniversaries.ts';
import { dayMonthYearRules } from './rules/day-month-year.ts';
import { hijriRules } from './rules/hijri.ts';
import { numericRules } from './rules/numeric.ts';
import { partsOfDayRules } from './rules/parts-of-day.ts';
import { periodRules } from './rules/periods.ts';
import { rangeRules } from './rules/ranges.ts';
import { REFINERS } from './rules/refine.ts';
import { relativeDayRules } from './rules/relative-days.ts';
import { NOTHING, type P, type Rule, Scan, wordClassifier } from './rules/scan.ts';
import { yearRules } from './rules/years.ts';

/**
 * The order ties are broken in (the first of two equally long readings wins): parts of day and
 * deictic days before the constructions they contain, numeric dates before day-month ones.
 */
const ORDER = [
  'part of day', 'deictic day', 'weekday', 'weekday of week', 'month', 'numeric date', 'day month year', 'n-th weekday', 'part of year', 'year word', 'unit', 'this unit',
  'decade', 'anniversary', 'yawm', 'same date', 'season', 'feast', 'bare year', 'range', 'ago', 'same unit', 'span',
];

/** Every rule of every family, in tie-breaking order. */
export const RULES: readonly Rule[] = [...partsOfDayRules, ...relativeDayRules, ...dayMonthYearRules, ...numericRules, ...periodRules, ...yearRules, ...anniversaryRules, ...hijriRules, ...rangeRules].sort(
  (a, b) => rank(a) - rank(b),
);

function rank(r: Rule): number {
  const k = ORDER.indexOf(r.name);
  if (k < 0) throw new Error(`rule «${r.name}» has no place in ORDER`);
  return k;
}

/** The trigger index: rule positions by lexicon entry type, for numbers and ordinals (trigger words: in the word classifier). */
interface Index {
  byEntry: Map<Entry['t'], number[]>;
  number: number[];
  ordinal: number[];
  info: ReturnType<typeof wordClassifier>;
}

function buildIndex(rules: readonly Rule[]): Index {
  const byEntry = new Map<Entry['t'], number[]>();
  const index: Omit<Index, 'info'> = { byEntry, number: [], ordinal: [] };
  const words = new Map<string, number[]>();
  rules.forEach((r, k) => {
    for (const e of r.on.entries ?? []) byEntry.set(e, [...(byEntry.get(e) ?? []), k]);
    if (r.on.number) index.number.push(k);
    if (r.on.ordinal) index.ordinal.push(k);
    for (const w of r.on.words ?? []) words.set(w, [...(words.get(w) ?? []), k]);
  });
  return { ...index, info: wordClassifier(words) };
}

const INDEX = buildIndex(RULES);

/** Reads every temporal expression of a token list (of a normalized text). */
export function parseMentions(tokens: readonly Token[]): Mention[] {
  const s = new Scan(tokens, INDEX.info);
  const found: P[] = [];
  for (let i = 0; i < tokens.length; ) {
    const p = best(s, i);
    if (!p) {
      i++;
      continue;
    }
    found.push(p);
    i = p.end;
  }
  let out = found.map((p) => toMention(tokens, p));
  for (const refine of REFINERS) out = refine(s, out);
  return out;
}

function toMention(toks: readonly Token[], p: P): Mention {
  const m: Mention = { start: toks[p.start]!.start, end: toks[p.end - 1]!.end, tokStart: p.start, tokEnd: p.end, v: p.v };
  if (p.pod) m.pod = p.pod;
  if (p.entity) m.entity = true;
  return m;
}

// Which rules a token triggers, as a mark per rule position (reused: one token at a time).
const marks = new Uint8Array(RULES.length);
let marked = 0;

function mark(ks: readonly number[] | undefined): void {
  if (!ks) return;
  for (let n = 0; n < ks.length; n++) marks[ks[n]!] = 1;
  marked += ks.length;
}

/** The longest expression starting at token i among the rules its triggers select. */
function best(s: Scan, i: number): P | null {
  const tok = s.toks[i]!;
  marked = 0;
  if (tok.kind === 'n') mark(INDEX.number);
  else if (tok.kind === 'w') {
    const info = INDEX.info(tok.text);
    if (info === NOTHING) return null;
    const hits = s.all(i);
    for (let n = 0; n < hits.length; n++) mark(INDEX.byEntry.get(hits[n]!.e.t));
    if (info.ordinal && parseOrdinal(s.toks, i)) mark(INDEX.ordinal);
    mark(info.rules);
  }
  if (!marked) return null;
  let bestP: P | null = null;
  for (let k = 0; k < RULES.length; k++) {
    if (!marks[k]) continue;
    marks[k] = 0;
    const p = RULES[k]!.match(s, i);
    if (p && p.end > p.start && (!bestP || p.end > bestP.end)) bestP = p;
  }
  return bestP;
}
