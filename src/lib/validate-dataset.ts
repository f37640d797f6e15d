import { isValidIsoDate } from './iso-date.ts';
import type { SourceDocument, Timex, TimelineDataset, TimelineEvent } from './types.ts';

const GRAINS = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);
const PARTS = new Set(['morning', 'noon', 'afternoon', 'evening', 'night']);
const KINDS = new Set(['absolute', 'relative', 'anniversary', 'range']);
const BASES = new Set(['metadata', 'option', 'inferred', 'none']);
const EDITED = new Set(['title', 'start', 'end', 'note', 'hidden', 'main', 'added']);
/** The loader accepts only these for an article's link (src/loader/read-meta.ts); a page renders it as a link. */
const WEB_URL = /^https?:\/\/\S+$/i;

/**
 * True when `text` is exactly the characters `span` covers in `whole`, compared in place: the check
 * runs for every timex and event of every load, and slicing would allocate one string each. Unlike
 * a slice, nothing is clamped: a span reaching outside the text never matches, even for empty text.
 */
function matchesSpan(whole: string, span: readonly [number, number], text: string): boolean {
  return span[0] >= 0 && span[1] <= whole.length && span[1] - span[0] === text.length && whole.startsWith(text, span[0]);
}

/** Checks a dataset against the contract; returns the list of violations (empty when valid). */
export function validateDataset(data: TimelineDataset): string[] {
  const errors: string[] = [];
  // Places are named only when something is wrong there: no string is built per timex and event.
  const fail = (where: string, what: string) => errors.push(`${where}: ${what}`);
  const timexAt = (doc: SourceDocument, t: Timex) => `document ${doc.id} timex ${t.id}`;
  const eventAt = (e: TimelineEvent) => `event ${e.id}`;
  // Events and timexes repeat the same few dates thousands of times: each string is checked once.
  const validDates = new Set<string>();
  const isDate = (s: string) => validDates.has(s) || (isValidIsoDate(s) && !!validDates.add(s));
  const rangeOk = (start: string, end: string) => isDate(start) && isDate(end) && start <= end;
  const rangeFaults = (where: string, start: string, end: string) => {
    if (!isDate(start)) fail(where, `bad start ${start}`);
    if (!isDate(end)) fail(where, `bad end ${end}`);
    if (start > end) fail(where, 'start after end');
  };

  if (data.schemaVersion !== 1) fail('dataset', 'schemaVersion must be 1');
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  if (docs.size !== data.documents.length) fail('dataset', 'duplicate document id');
  // Each document's timex ids, kept for the events: one set per document, not one per event.
  const timexIds = new Map<string, Set<string>>();

  for (const doc of data.documents) {
    const at = `document ${doc.id}`;
    if (!BASES.has(doc.referenceDate.basis)) fail(at, `bad referenceDate.basis ${doc.referenceDate.basis}`);
    if (doc.referenceDate.date !== null && !isDate(doc.referenceDate.date)) fail(at, 'bad referenceDate.date');
    if (doc.url !== undefined && !WEB_URL.test(doc.url)) fail(at, 'url must be an http:// or https:// address');
    const ids = new Set<string>();
    let last = -1;
    for (const t of doc.timexes) {
      if (ids.has(t.id)) fail(timexAt(doc, t), 'duplicate id');
      ids.add(t.id);
      if (!matchesSpan(doc.text, t.span, t.text)) fail(timexAt(doc, t), 'text does not match its span');
      if (t.span[0] < last) fail(timexAt(doc, t), 'timexes out of text order');
      last = t.span[0];
      if (!rangeOk(t.start, t.end)) rangeFaults(timexAt(doc, t), t.start, t.end);
      if (!GRAINS.has(t.grain)) fail(timexAt(doc, t), `bad grain ${t.grain}`);
      if (!KINDS.has(t.kind)) fail(timexAt(doc, t), `bad kind ${t.kind}`);
      if (t.partOfDay !== undefined && !PARTS.has(t.partOfDay)) fail(timexAt(doc, t), `bad partOfDay ${t.partOfDay}`);
    }
    // As a Map built from the list would: with duplicate document ids, the last one's set stands.
    timexIds.set(doc.id, ids);
  }

  const eventIds = new Set<string>();
  let prev: TimelineEvent | null = null;
  for (const e of data.events) {
    if (eventIds.has(e.id)) fail(eventAt(e), 'duplicate id');
    eventIds.add(e.id);
    const doc = docs.get(e.documentId);
    if (!doc) {
      fail(eventAt(e), `unknown document ${e.documentId}`);
      continue;
    }
    if (!rangeOk(e.start, e.end)) rangeFaults(eventAt(e), e.start, e.end);
    if (!GRAINS.has(e.grain)) fail(eventAt(e), `bad grain ${e.grain}`);
    if (e.partOfDay !== undefined && !PARTS.has(e.partOfDay)) fail(eventAt(e), `bad partOfDay ${e.partOfDay}`);
    if (!/\S/.test(e.title)) fail(eventAt(e), 'empty title'); // as title.trim() === '', without a copy per event
    if (!matchesSpan(doc.text, e.span, e.annotation)) fail(eventAt(e), 'annotation does not match its span');
    const known = timexIds.get(e.documentId)!;
    for (const id of e.timexIds) if (!known.has(id)) fail(eventAt(e), `unknown timex ${id}`);
    if (e.main !== undefined && e.main !== true) fail(eventAt(e), 'main must be true when present');
    if (e.hidden !== undefined && e.hidden !== true) fail(eventAt(e), 'hidden must be true when present');
    if (e.edited !== undefined) editFaults(e, (what) => fail(eventAt(e), what), isDate);
    if (prev && compareEvents(prev, e) > 0) fail(eventAt(e), 'events not sorted by start, end, id');
    prev = e;
  }
  return errors;
}

/** Reports what is wrong with an event's edit provenance: known fields, valid extracted dates. */
function editFaults(e: TimelineEvent, fail: (what: string) => void, isDate: (s: string) => boolean): void {
  const { fields, extracted } = e.edited!;
  if (fields.length === 0) fail('edited.fields is empty');
  for (const f of fields) if (!EDITED.has(f)) fail(`bad edited field ${f}`);
  if (extracted?.start !== undefined && !isDate(extracted.start)) fail(`bad edited.extracted.start ${extracted.start}`);
  if (extracted?.end !== undefined && !isDate(extracted.end)) fail(`bad edited.extracted.end ${extracted.end}`);
}

/** Dataset order: by start, then end, then id. */
export function compareEvents(a: { start: string; end: string; id: string }, b: { start: string; end: string; id: string }): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
