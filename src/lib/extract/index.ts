/**
 * The Arabic temporal-expression extractor: one article in, its source document (with every
 * temporal expression resolved to calendar dates) and its events out. Pure: no file system, no
 * clock. The pipeline: normalize for matching (offset map kept) → sentences → tokens and grammar
 * per chunk → reference date (given, or stated by the text) → resolution in text order → events.
 */
import { sentenceBounds } from '../text/sentences.ts';
import { normalizeForMatching, toOriginal } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { parts } from '../time/calendar.ts';
import { parseMentions } from '../time/grammar.ts';
import type { Mention } from '../time/mentions.ts';
import { type ResolveContext, resolveValue } from '../time/resolve.ts';
import { futureMarkerAt, lastComplementizerBefore } from '../time/tense.ts';
import type { ReferenceDate, SourceDocument, TimelineEvent, Timex } from '../types.ts';
import { anchorAnniversaries } from './anniversary.ts';
import { type DatedMention, type Draft, draftEvents, finishEvents, ledeTitle, type SentenceInfo } from './events.ts';
import { isFurniture, mayBeFurniture } from './furniture.ts';
import { headlineEnd as headlineEndOf, ledeSentence, markMain } from './main-event.ts';
import { inferReference, type RefItem } from './reference.ts';

/** What the loader knows about one article before extraction. */
export interface ExtractInput {
  id: string;
  source: string;
  /** Normalized file text (BOM removed, CRLF -> LF). */
  text: string;
  /** Headline from metadata; otherwise the first non-empty line is used. */
  title?: string;
  url?: string;
  /** Reference date from metadata or the command line; when absent it is inferred from the text. */
  reference?: { date: string; basis: 'metadata' | 'option'; evidence: string };
  /**
   * First day of the week for «الأسبوع الجاري» (0 = Sunday … 6 = Saturday). Default 6, Saturday:
   * CLDR's first day for the «ar» locale and most Arab countries (Egypt, Iraq, Syria, Algeria, the
   * Gulf); ar-SA uses Sunday and ar-MA/ar-TN/ar-LB Monday, so a caller that knows the outlet's
   * country may pass its own.
   */
  weekStart?: number;
}

/** A warning located by UTF-16 offset into the text (the loader turns it into line:col). */
export interface ExtractWarning {
  offset?: number;
  message: string;
}

/** One article's document, events and warnings. */
export interface ExtractResult {
  document: SourceDocument;
  events: TimelineEvent[];
  warnings: ExtractWarning[];
}

/** The headline: the first non-empty line of the article. */
export function headline(text: string): string {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t) return t;
  }
  return '';
}

const DEFAULT_WEEK_START = 6;

/** Turns one article into its source document (with temporal expressions) and its events. Never throws. */
export function extractDocument(input: ExtractInput): ExtractResult {
  try {
    return extract(input);
  } catch (e) {
    // A bug must not lose the article: keep the document without dates and say why.
    const document: SourceDocument = {
      id: input.id,
      source: input.source,
      title: input.title ?? headline(input.text),
      text: input.text,
      ...(input.url ? { url: input.url } : {}),
      referenceDate: input.reference ? { ...input.reference } : { date: null, basis: 'none', evidence: 'extraction failed' },
      timexes: [],
    };
    return { document, events: [], warnings: [{ message: `internal extractor error, no dates extracted: ${(e as Error).message}` }] };
  }
}

/** A slice of the document processed at once: whole sentences, about CHUNK_CHARS long. */
interface Chunk {
  /** Normalized offsets. */
  from: number;
  to: number;
  /** Sentence indices [first, last). */
  first: number;
  last: number;
  mentions: Mention[];
  /** Each mention's offsets in the original text and sentence index. */
  spans: [number, number][];
  sentence: number[];
}

// Tokens live only while their chunk is processed, so they die young and cost the GC little.
const CHUNK_CHARS = 16_384;

function extract(input: ExtractInput): ExtractResult {
  const text = input.text;
  const warnings: ExtractWarning[] = [];
  const norm = normalizeForMatching(text);
  const bounds = sentenceBounds(text);
  const sentences: SentenceInfo[] = [];
  for (let k = 0; k < bounds.length; k += 2) sentences.push({ start: bounds[k]!, end: bounds[k + 1]!, tokFrom: 0, tokTo: 0, skip: false });
  // The first line is the headline unless metadata gave a different title.
  const headlineEnd = headlineEndOf(text, input.title);
  const headlineFrom = headlineEnd >= 0 ? text.search(/\S/) : null;
  // The main event is settled in the chunk that holds the lede (normally the first).
  let mainDone = false;
  // Per sentence (in its chunk's token indices): the first future marker, and the last «أن»/«إن»
  // before it; a date before that complementizer belongs to the reporting clause, not the future.
  const futureAt = new Int32Array(sentences.length).fill(-1);
  const reportedFrom = new Int32Array(sentences.length).fill(-1);
  const given = input.reference ? { ...input.reference } : null;
  const ctx: ResolveContext = { ref: given ? given.date : null, weekStart: input.weekStart ?? DEFAULT_WEEK_START, future: false, last: {} };
  const timexes: Timex[] = [];
  const drafts: Draft[] = [];

  /** Resolves a chunk's expressions in text order and drafts the events of its sentences. */
  const finishChunk = (c: Chunk, tokens: readonly Token[]) => {
    const dated: (DatedMention | null)[] = [];
    const these: DatedMention[] = [];
    const undated: Mention[] = [];
    c.mentions.forEach((m, n) => {
      const d = resolveOne(m, c.spans[n]!, c.sentence[n]!, dated);
      dated.push(d);
      if (d) these.push(d);
      else undated.push(m);
    });
    const src = { text, norm, tokens };
    const made = these.length ? draftEvents(src, sentences, these, undated) : [];
    if (!mainDone) {
      const lede = ledeSentence(sentences, c.first, c.last, Math.max(0, headlineEnd));
      if (lede >= 0) {
        const s = sentences[lede]!;
        const headlineDates = these.filter((d) => sentences[d.sentence]!.start < headlineEnd && !d.mention.entity);
        // Without any date (no reference date either) the first event of the article is marked instead.
        markMain({ lede, headlineFrom, drafts: made, headlineDates, reference: ctx.ref, ledeTitle: () => ledeTitle(src, s, c.mentions) });
        mainDone = true;
      }
    }
    drafts.push(...made);
  };
  const resolveOne = (m: Mention, [a, b]: [number, number], si: number, dated: readonly (DatedMention | null)[]): DatedMention | null => {
    const surface = text.slice(a, b);
    ctx.future = futureAt[si]! >= 0 && m.tokEnd > reportedFrom[si]!;
    const r = resolveValue(m.v, ctx);
    if (!r.ok) {
      if (r.reason === 'no-reference') warnings.push({ offset: a, message: `unresolved relative expression «${surface}»: ${r.message}` });
      else if (r.reason === 'impossible') warnings.push({ offset: a, message: `impossible date «${surface}»: ${r.message}; not kept` });
      else warnings.push({ offset: a, message: `«${surface}» not dated: ${r.message}` });
      return null;
    }
    for (const note of r.notes) warnings.push({ offset: a, message: `«${surface}»: ${note}` });
    const t: Timex = { id: `${input.id}:t${a}`, text: surface, span: [a, b], start: r.start, end: r.end, grain: r.grain, kind: r.kind };
    if (m.pod) t.partOfDay = m.pod;
    // A date that restates the deictic day before it must agree with it.
    if (m.restates !== undefined) {
      const prev = dated[m.restates]?.timex;
      if (prev && (prev.start !== t.start || prev.end !== t.end)) {
        warnings.push({ offset: a, message: `«${surface}» (${t.start}) contradicts «${prev.text}» (${prev.start}) that it restates` });
      }
    }
    timexes.push(t);
    remember(ctx, t);
    return { mention: m, timex: t, sentence: si };
  };

  // 1. Chunk by chunk: tokens, expressions, sentence facts, anniversary bases. With the reference
  //    known up front, each chunk is also resolved and turned into events at once, so its tokens
  //    and expressions die young; otherwise chunks are kept to be finished once it is inferred.
  const chunks: Chunk[] = [];
  const strayYears: { year: number; offset: number }[] = [];
  const original = { text, startOf: norm.startOf };
  // Sentence starts only grow, so their normalized offsets are found by one forward walk.
  let walk = 0;
  const normStart = (offset: number) => {
    const startOf = norm.startOf;
    while (walk < startOf.length && startOf[walk]! < offset) walk++;
    return walk;
  };
  let nextFrom = sentences.length ? normStart(sentences[0]!.start) : 0;
  for (let first = 0; first < sentences.length; ) {
    let last = first + 1;
    const from = nextFrom;
    let to = norm.text.length;
    while (last < sentences.length) {
      const at = normStart(sentences[last]!.start);
      if (at - from >= CHUNK_CHARS) {
        to = at;
        break;
      }
      last++;
    }
    nextFrom = to;
    const tokens = tokenize(norm.text, from, to);
    const found = parseMentions(tokens);
    markSentences(text, norm.startOf, tokens, sentences, first, last, headlineEnd);
    const spans: [number, number][] = [];
    const sentence: number[] = [];
    let si = first;
    for (const m of found) {
      const span = toOriginal(norm, m.start, m.end);
      while (si + 1 < last && sentences[si + 1]!.start <= span[0]) si++;
      spans.push(span);
      sentence.push(si);
    }
    anchorAnniversaries(tokens, found, sentence);
    // Only a sentence with an expression needs its tense.
    for (let n = 0; n < sentence.length; n++) {
      const k = sentence[n]!;
      if (n > 0 && sentence[n - 1] === k) continue;
      const s = sentences[k]!;
      const at = futureMarkerAt(tokens, s.tokFrom, s.tokTo, original);
      futureAt[k] = at;
      if (at >= 0) reportedFrom[k] = lastComplementizerBefore(tokens, s.tokFrom, at);
    }
    const chunk: Chunk = { from, to, first, last, mentions: found, spans, sentence };
    if (given) finishChunk(chunk, tokens);
    else {
      collectStrayYears(tokens, found, norm.startOf, strayYears);
      chunks.push(chunk);
    }
    first = last;
  }

  // 2. The reference date: given, or stated by the text, or none.
  let referenceDate: ReferenceDate;
  if (given) referenceDate = given;
  else {
    const noRef: ResolveContext = { ref: null, weekStart: DEFAULT_WEEK_START, future: false, last: {} };
    const items: RefItem[] = [];
    for (const c of chunks) {
      const base = items.length;
      c.mentions.forEach((m, n) => {
        const span = c.spans[n]!;
        const mention = m.restates === undefined ? m : { ...m, restates: m.restates + base };
        items.push({ mention, text: text.slice(span[0], span[1]), span, sentence: c.sentence[n]!, absolute: resolveValue(m.v, noRef) });
      });
    }
    const inferred = inferReference(text, items, strayYears);
    if (inferred) referenceDate = { date: inferred.date, basis: 'inferred', evidence: inferred.evidence };
    else {
      referenceDate = { date: null, basis: 'none', evidence: 'no metadata, no --ref-date, and the text does not state its date' };
      if (items.length) warnings.push({ message: 'no reference date: relative expressions (today, yesterday, last week …) cannot be resolved' });
    }
    // 3. Resolution in text order (anaphora look back), then events chunk by chunk.
    ctx.ref = referenceDate.date;
    for (const c of chunks) finishChunk(c, c.mentions.length || !mainDone ? tokenize(norm.text, c.from, c.to) : []);
  }
  if (!timexes.length) warnings.push({ message: 'no dates found in the article' });

  // An article without any date keeps zero events (the loader's contract, with its warning): the
  // reference date alone does not put an undated article on a timeline.
  if (!timexes.length) drafts.length = 0;
  if (drafts.length && !drafts.some((d) => d.main)) drafts.reduce((a, b) => (b.sentence < a.sentence ? b : a)).main = true;
  const events = finishEvents(input.id, text, sentences, drafts);
  const document: SourceDocument = {
    id: input.id,
    source: input.source,
    title: input.title ?? headline(text),
    text,
    ...(input.url ? { url: input.url } : {}),
    referenceDate,
    timexes,
  };
  return { document, events, warnings };
}

/** Four-digit numbers 1900–2100 outside every expression: weak evidence of the article's year. */
function collectStrayYears(tokens: readonly Token[], found: readonly Mention[], startOf: Int32Array, out: { year: number; offset: number }[]) {
  let m = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'n' || t.text.length !== 4) continue;
    const y = Number(t.text);
    if (!(y >= 1900 && y <= 2100)) continue;
    while (m < found.length && found[m]!.tokEnd <= k) m++;
    if (m < found.length && found[m]!.tokStart <= k) continue;
    out.push({ year: y, offset: startOf[t.start]! });
  }
}


/** Keeps the last day, month and year named, for «الشهر ذاته»، «بنفس التاريخ»، «العام نفسه». */
function remember(ctx: ResolveContext, t: Timex) {
  if (t.kind === 'range' || t.kind === 'anniversary') return;
  const s = parts(t.start);
  if (t.grain === 'day' && t.start === t.end) ctx.last.day = t.start;
  if (t.grain === 'day' || t.grain === 'month') ctx.last.month = { y: s.y, m: s.m };
  if (t.grain === 'day' || t.grain === 'month' || t.grain === 'year') ctx.last.year = s.y;
}

/**
 * Sets the token ranges of sentences [first, last) (in this chunk's tokens) and marks the headline
 * and page furniture, which give no events.
 */
function markSentences(text: string, startOf: Int32Array, tokens: readonly Token[], sentences: SentenceInfo[], first: number, last: number, headlineEnd: number) {
  let k = 0;
  for (let si = first; si < last; si++) {
    const s = sentences[si]!;
    while (k < tokens.length && startOf[tokens[k]!.start]! < s.start) k++;
    const from = k;
    while (k < tokens.length && startOf[tokens[k]!.start]! < s.end) k++;
    const to = k;
    let words = 0;
    for (let j = from; j < to; j++) if (tokens[j]!.kind === 'w') words++;
    let furniture = false;
    if ((words <= 4 || mayBeFurniture(tokens[from]?.text ?? '')) && atLineEdge(text, s.start, -1) && atLineEdge(text, s.end, 1)) {
      const lastChar = text.charAt(s.end - 1);
      const head = tokens.slice(from, Math.min(to, from + 8)).map((t) => t.text).join(' ');
      furniture = isFurniture(head, words, /[.!?؟…»”"]/.test(lastChar));
    }
    s.tokFrom = from;
    s.tokTo = to;
    s.skip = s.start < headlineEnd || furniture;
  }
}

/** True when only spaces separate an offset from the line's start (dir -1) or end (dir 1). */
function atLineEdge(text: string, at: number, dir: -1 | 1): boolean {
  for (let k = dir < 0 ? at - 1 : at; k >= 0 && k < text.length; k += dir) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x0d) return false;
  }
  return true;
}
