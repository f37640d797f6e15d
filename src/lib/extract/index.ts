import { splitSentences } from '../text/sentences.ts';
import { normalizeForMatching, toOriginal } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { parts } from '../time/calendar.ts';
import { parseMentions } from '../time/grammar.ts';
import type { Mention } from '../time/mentions.ts';
import { type ResolveContext, resolveValue } from '../time/resolve.ts';
import { pointsToFuture } from '../time/tense.ts';
import type { ReferenceDate, SourceDocument, TimelineEvent, Timex } from '../types.ts';
import { anchorAnniversaries } from './anniversary.ts';
import { buildEvents, type DatedMention, type SentenceInfo } from './events.ts';
import { isFurniture } from './furniture.ts';
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

function extract(input: ExtractInput): ExtractResult {
  const text = input.text;
  const warnings: ExtractWarning[] = [];
  const norm = normalizeForMatching(text);
  const tokens = tokenize(norm.text);
  const mentions = parseMentions(tokens);
  const sentences = sentenceInfos(text, norm.startOf, tokens, input.title);
  const origSpan = (m: Mention) => toOriginal(norm, m.start, m.end);
  const sentenceOf = sentenceLocator(sentences);
  const spans = mentions.map(origSpan);
  const sentenceIdx = spans.map((sp) => sentenceOf(sp[0]));
  anchorAnniversaries(tokens, mentions, sentenceIdx);

  // The reference date: given, or stated by the text, or none.
  let referenceDate: ReferenceDate;
  if (input.reference) referenceDate = { ...input.reference };
  else {
    const noRef: ResolveContext = { ref: null, weekStart: DEFAULT_WEEK_START, future: false, last: {} };
    const items: RefItem[] = mentions.map((m, n) => ({ mention: m, text: text.slice(spans[n]![0], spans[n]![1]), span: spans[n]!, sentence: sentenceIdx[n]!, absolute: resolveValue(m.v, noRef) }));
    const inferred = inferReference(text, items);
    if (inferred) referenceDate = { date: inferred.date, basis: 'inferred', evidence: inferred.evidence };
    else {
      referenceDate = { date: null, basis: 'none', evidence: 'no metadata, no --ref-date, and the text does not state its date' };
      if (mentions.length) warnings.push({ message: 'no reference date: relative expressions (today, yesterday, last week …) cannot be resolved' });
    }
  }

  const futureCache = new Map<number, boolean>();
  const future = (si: number) => {
    let f = futureCache.get(si);
    if (f === undefined) {
      const s = sentences[si];
      f = s ? pointsToFuture(tokens, s.tokFrom, s.tokTo) : false;
      futureCache.set(si, f);
    }
    return f;
  };
  const ctx: ResolveContext = { ref: referenceDate.date, weekStart: input.weekStart ?? DEFAULT_WEEK_START, future: false, last: {} };
  const timexes: Timex[] = [];
  const dated: DatedMention[] = [];
  const byMention = new Map<number, Timex>();
  mentions.forEach((m, n) => {
    const [a, b] = spans[n]!;
    const surface = text.slice(a, b);
    ctx.future = future(sentenceIdx[n]!);
    const r = resolveValue(m.v, ctx);
    if (!r.ok) {
      if (r.reason === 'no-reference') warnings.push({ offset: a, message: `unresolved relative expression «${surface}»: ${r.message}` });
      else if (r.reason === 'impossible') warnings.push({ offset: a, message: `impossible date «${surface}»: ${r.message}; not kept` });
      else warnings.push({ offset: a, message: `«${surface}» not dated: ${r.message}` });
      return;
    }
    for (const note of r.notes) warnings.push({ offset: a, message: `«${surface}»: ${note}` });
    const t: Timex = { id: `${input.id}:t${a}`, text: surface, span: [a, b], start: r.start, end: r.end, grain: r.grain, kind: r.kind };
    if (m.pod) t.partOfDay = m.pod;
    // A date that restates the deictic day before it must agree with it.
    if (m.restates !== undefined) {
      const prev = byMention.get(m.restates);
      if (prev && (prev.start !== t.start || prev.end !== t.end)) {
        warnings.push({ offset: a, message: `«${surface}» (${t.start}) contradicts «${prev.text}» (${prev.start}) that it restates` });
      }
    }
    byMention.set(n, t);
    timexes.push(t);
    dated.push({ mention: m, timex: t, sentence: sentenceIdx[n]! });
    remember(ctx, t);
  });
  if (!timexes.length) warnings.push({ message: 'no dates found in the article' });

  const events = buildEvents(input.id, text, norm, tokens, sentences, dated);
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

/** Keeps the last day, month and year named, for «الشهر ذاته»، «بنفس التاريخ»، «العام نفسه». */
function remember(ctx: ResolveContext, t: Timex) {
  if (t.kind === 'range' || t.kind === 'anniversary') return;
  const s = parts(t.start);
  if (t.grain === 'day' && t.start === t.end) ctx.last.day = t.start;
  if (t.grain === 'day' || t.grain === 'month') ctx.last.month = { y: s.y, m: s.m };
  if (t.grain === 'day' || t.grain === 'month' || t.grain === 'year') ctx.last.year = s.y;
}

/** Sentences with their token ranges; the headline and page furniture are marked to give no events. */
function sentenceInfos(text: string, startOf: Int32Array, tokens: readonly Token[], title: string | undefined): SentenceInfo[] {
  const sentences = splitSentences(text);
  const out: SentenceInfo[] = [];
  // The headline is the first non-empty line (the document title), unless metadata gave the title.
  let headlineEnd = -1;
  if (title === undefined) {
    const first = text.search(/\S/);
    if (first >= 0) {
      const nl = text.indexOf('\n', first);
      headlineEnd = nl < 0 ? text.length : nl;
    }
  }
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && startOf[tokens[k]!.start]! < s.start) k++;
    const from = k;
    while (k < tokens.length && startOf[tokens[k]!.start]! < s.end) k++;
    const to = k;
    let words = 0;
    for (let j = from; j < to; j++) if (tokens[j]!.kind !== 'p') words++;
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    let lineEnd = text.indexOf('\n', s.end);
    if (lineEnd < 0) lineEnd = text.length;
    const wholeLine = text.slice(lineStart, s.start).trim() === '' && text.slice(s.end, lineEnd).trim() === '';
    const last = s.text[s.text.length - 1] ?? '';
    const normLine = tokens.slice(from, to).map((t) => t.text).join(' ');
    const furniture = wholeLine && isFurniture(normLine, words, /[.!?؟…»”"]/.test(last));
    out.push({ ...s, tokFrom: from, tokTo: to, skip: s.start < headlineEnd || furniture });
  }
  return out;
}

/** Finds the sentence holding an offset (offsets are asked in increasing order, mostly). */
function sentenceLocator(sentences: readonly SentenceInfo[]): (offset: number) => number {
  return (offset: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}
