/**
 * The token view every rule reads: token helpers and the lexicon phrases starting at a token
 * (cached per token). Rules are functions of a Scan and a token index.
 */
import { readings } from '../../text/clitics.ts';
import type { Token } from '../../text/tokens.ts';
import type { PartOfDay } from '../../types.ts';
import { type Entry, phrasesStartingWith, TIME_PREPOSITIONS } from '../lexicon.ts';
import type { Value } from '../mentions.ts';
import { mayStartOrdinal } from '../number-words.ts';
import { AL } from './words.ts';

/** A lexicon entry of one type. */
export type EntryOf<T extends Entry['t']> = Extract<Entry, { t: T }>;
/** A lexicon phrase found at a token: its entry, the token after it, and the clitic on its first word. */
export interface Hit<T extends Entry['t'] = Entry['t']> {
  e: EntryOf<T>;
  end: number;
  prefix: string;
}
/** A rule's result: token range [start, end) and meaning. */
export interface P {
  start: number;
  end: number;
  v: Value;
  pod?: PartOfDay;
  entity?: boolean;
}

interface Candidate {
  rest: readonly string[];
  entry: Entry;
  prefix: string;
}
const NO_CANDIDATES: readonly Candidate[] = [];
const NO_HITS: Hit[] = [];

/** What a word may start: lexicon phrases, a rule triggered by the word itself, an ordinal. */
export interface WordInfo {
  cands: readonly Candidate[];
  /** Positions of the rules one of its readings triggers by word (empty for most words). */
  rules: readonly number[];
  ordinal: boolean;
}
const NO_RULES: readonly number[] = [];
/** The WordInfo of a word that starts nothing. */
export const NOTHING: WordInfo = { cands: NO_CANDIDATES, rules: NO_RULES, ordinal: false };

/**
 * A cached word classifier for the trigger words (stems that open a rule without being in the
 * lexicon: «من»، «بين»، «منذ»، «قبل»، «نفس» …), each mapped to the rules it triggers. Most words start nothing, and words repeat (bounded
 * cache, reset when full).
 */
export function wordClassifier(triggerWords: ReadonlyMap<string, readonly number[]>): (word: string) => WordInfo {
  const cache = new Map<string, WordInfo>();
  return (word) => {
    let info = cache.get(word);
    if (info) return info;
    const cands: Candidate[] = [];
    const rules = new Set<number>();
    for (const r of readings(word)) {
      for (const ph of phrasesStartingWith(r.stem)) cands.push({ rest: ph.rest, entry: ph.entry, prefix: r.prefix });
      for (const k of triggerWords.get(r.stem) ?? NO_RULES) rules.add(k);
    }
    if (!cands.length) gluedMonth(word, cands);
    const ordinal = mayStartOrdinal(word);
    info = cands.length || rules.size || ordinal ? { cands: cands.length ? cands : NO_CANDIDATES, rules: rules.size ? [...rules].sort((a, b) => a - b) : NO_RULES, ordinal } : NOTHING;
    if (cache.size > 50_000) cache.clear();
    cache.set(word, info);
    return info;
  };
}

/**
 * «18 سبتمبرالمقبل»: scraped text glues a month name to the next word when that word is a relative
 * marker with its article («المقبل»، «الماضي»). The token is read as the month (the marker only
 * confirms it); names that are also ordinary words are left alone.
 */
function gluedMonth(word: string, cands: Candidate[]): void {
  const at = word.indexOf(AL, 3);
  if (at < 0) return;
  const head = phrasesStartingWith(word.slice(0, at)).find((ph) => ph.rest.length === 0 && ph.entry.t === 'month' && ph.entry.need === 'free');
  if (!head) return;
  const tail = phrasesStartingWith(word.slice(at)).some((ph) => ph.rest.length === 0 && ph.entry.t === 'rel');
  if (tail) cands.push({ rest: [], entry: head.entry, prefix: '' });
}

/** The tokens of one chunk with the helpers rules share. */
export class Scan {
  private readonly hitCache: (Hit[] | undefined)[];

  constructor(
    readonly toks: readonly Token[],
    readonly info: (word: string) => WordInfo,
  ) {
    this.hitCache = new Array(toks.length);
  }

  word(i: number): string | null {
    const t = this.toks[i];
    return t && t.kind === 'w' ? t.text : null;
  }

  /** A plain number token's value (no separators), with its digit count. */
  num(i: number): { n: number; digits: number } | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'n' || t.text.length > 6 || !/^\d+$/.test(t.text)) return null;
    return { n: Number(t.text), digits: t.text.length };
  }

  punct(i: number, ch: string): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'p' && t.text === ch;
  }

  /** True when token i is a word whose stem (clitics removed) is in the set. */
  stemIn(i: number, words: Set<string>, allowClitics = true): boolean {
    const w = this.word(i);
    if (w === null) return false;
    if (!allowClitics) return words.has(w);
    return readings(w).some((r) => words.has(r.stem));
  }

  /** Every lexicon phrase starting at token i (clitics allowed on its first word), longest first. */
  all(i: number): Hit[] {
    const cached = this.hitCache[i];
    if (cached) return cached;
    const w = this.word(i);
    const cands = w === null ? NO_CANDIDATES : this.info(w).cands;
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
  hit<T extends Entry['t']>(i: number, t: T, bare = false): Hit<T> | null {
    for (const h of this.all(i)) {
      if (h.e.t === t && (!bare || h.prefix === '')) return h as unknown as Hit<T>;
    }
    return null;
  }

  /** True when the token before i is a definite noun (not a time preposition). */
  afterDefiniteNoun(i: number): boolean {
    const prev = this.toks[i - 1];
    if (!prev || prev.kind !== 'w' || this.toks[i]!.newline) return false;
    // «الموافق الثالث عشر»، «الخميس السابع»: time words are not the noun an ordinal qualifies.
    if (this.hit(i - 1, 'muwafiq') || this.hit(i - 1, 'weekday') || this.hit(i - 1, 'deictic')) return false;
    return readings(prev.text).some((r) => r.stem.startsWith(AL) && r.stem.length > 3) && !this.stemIn(i - 1, TIME_PREPOSITIONS);
  }

  /** True when the token before i is a time preposition («في»، «منذ»، «خلال» …). */
  afterTimePreposition(i: number): boolean {
    return i > 0 && this.stemIn(i - 1, TIME_PREPOSITIONS);
  }
}

/**
 * What makes the engine try a rule at a token: a lexicon entry type starting there, a number token,
 * an ordinal word, or one of the rule's own trigger words (stems, clitics removed).
 */
export interface Trigger {
  entries?: readonly Entry['t'][];
  number?: boolean;
  ordinal?: boolean;
  words?: readonly string[] | ReadonlySet<string>;
}

/** One construction of the grammar: when to try it and how it reads the tokens from i. */
export interface Rule {
  name: string;
  on: Trigger;
  match: (s: Scan, i: number) => P | null;
}
