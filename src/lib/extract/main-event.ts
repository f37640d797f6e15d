/**
 * The article's main event: what the headline and the lede (the first sentence under the headline)
 * report. It is always on the timeline and marked `main`. Its date is the lede's own (the date of
 * its main clause); when it gives none, the reference (publication) date: a newsroom lede
 * without a date reports the day of publication. Such an event has no timexIds: its basis is the
 * document's referenceDate. Headline dates equal to its dates merge into its provenance.
 */
import type { Grain } from '../types.ts';
import type { DatedMention, Draft, SentenceInfo } from './events.ts';
import type { Title } from './title.ts';

// A headline is short and does not end a sentence; a longer first line is the lede itself.
const HEADLINE_MAX_WORDS = 25;
const SENTENCE_END = /[.!?؟…]\s*$/;

/** The offset where the headline line ends, or -1 when the first line is not a headline. */
export function headlineEnd(text: string, metaTitle: string | undefined): number {
  const first = text.search(/\S/);
  if (first < 0) return -1;
  let nl = text.indexOf('\n', first);
  if (nl < 0) nl = text.length;
  const line = text.slice(first, nl).trim();
  // The meta file's title repeated on the first line is the headline, whatever it looks like.
  if (metaTitle !== undefined && metaTitle.trim() === line) return nl;
  // A lone line is the whole article, not a headline.
  if (nl === text.length) return -1;
  const words = line.split(/\s+/).length;
  return words <= HEADLINE_MAX_WORDS && !SENTENCE_END.test(line) ? nl : -1;
}

/** The lede: the first sentence at or after `from` that may give events and says something. */
export function ledeSentence(sentences: readonly SentenceInfo[], first: number, last: number, from: number): number {
  for (let si = first; si < last; si++) {
    const s = sentences[si]!;
    if (s.start >= from && !s.skip && s.tokTo - s.tokFrom >= 4) return si;
  }
  return -1;
}

/** What the main event is made from: the lede's drafts, the headline's dates, the reference date. */
export interface MainInput {
  lede: number;
  /** Offset of the headline's first character when the headline is the text's first line. */
  headlineFrom: number | null;
  drafts: Draft[];
  headlineDates: readonly DatedMention[];
  reference: string | null;
  /** The lede's main-clause title, for a main event the lede does not date. */
  ledeTitle: () => Title;
}

/**
 * Marks the lede's main-clause draft as the main event, or adds one dated by the headline or the
 * reference date; headline dates equal to its dates join its provenance. Returns false when no
 * date at all is known (no reference date).
 */
export function markMain(m: MainInput): boolean {
  // Only the lede's main clause: a date that qualifies a noun in it («متهم في جرائم خلال
  // السبعينيات») is not the date of what the lede reports.
  let main = m.drafts.find((d) => d.sentence === m.lede && d.role === 'main') ?? null;
  if (!main) {
    // The lede gives no date: the reference date, not the headline's (a headline's «منذ 25 عاما»
    // is a duration, and a headline date the lede does not repeat may be about something else).
    const date = m.reference ? { start: m.reference, end: m.reference, grain: 'day' as Grain } : null;
    const title = m.ledeTitle();
    if (!date || !title.text) return false;
    main = { ...date, title: title.text, words: title.words, sentence: m.lede, timexIds: [], role: 'main' };
    m.drafts.push(main);
  }
  main.main = true;
  if (m.headlineFrom !== null) main.from = m.headlineFrom;
  for (const d of m.headlineDates) {
    if (d.timex.start === main.start && d.timex.end === main.end && !main.timexIds.includes(d.timex.id)) main.timexIds.push(d.timex.id);
  }
  return true;
}
