import { isValidIsoDate } from './iso-date.ts';
import type { TimelineDataset } from './types.ts';

const GRAINS = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);
const PARTS = new Set(['morning', 'noon', 'afternoon', 'evening', 'night']);
const KINDS = new Set(['absolute', 'relative', 'anniversary', 'range']);
const BASES = new Set(['metadata', 'option', 'inferred', 'none']);

/** Checks a dataset against the contract; returns the list of violations (empty when valid). */
export function validateDataset(data: TimelineDataset): string[] {
  const errors: string[] = [];
  const fail = (where: string, what: string) => errors.push(`${where}: ${what}`);
  if (data.schemaVersion !== 1) fail('dataset', 'schemaVersion must be 1');
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  // Built once per document: checking each event against a fresh set would be quadratic on big articles.
  const timexIds = new Map(data.documents.map((d) => [d.id, new Set(d.timexes.map((t) => t.id))]));
  if (docs.size !== data.documents.length) fail('dataset', 'duplicate document id');

  for (const doc of data.documents) {
    const at = `document ${doc.id}`;
    if (!BASES.has(doc.referenceDate.basis)) fail(at, `bad referenceDate.basis ${doc.referenceDate.basis}`);
    if (doc.referenceDate.date !== null && !isValidIsoDate(doc.referenceDate.date)) fail(at, 'bad referenceDate.date');
    const ids = new Set<string>();
    let last = -1;
    for (const t of doc.timexes) {
      const w = `${at} timex ${t.id}`;
      if (ids.has(t.id)) fail(w, 'duplicate id');
      ids.add(t.id);
      if (doc.text.slice(t.span[0], t.span[1]) !== t.text) fail(w, 'text does not match its span');
      if (t.span[0] < last) fail(w, 'timexes out of text order');
      last = t.span[0];
      checkRange(w, t.start, t.end, fail);
      if (!GRAINS.has(t.grain)) fail(w, `bad grain ${t.grain}`);
      if (!KINDS.has(t.kind)) fail(w, `bad kind ${t.kind}`);
      if (t.partOfDay !== undefined && !PARTS.has(t.partOfDay)) fail(w, `bad partOfDay ${t.partOfDay}`);
    }
  }

  const eventIds = new Set<string>();
  let prev: { start: string; end: string; id: string } | null = null;
  for (const e of data.events) {
    const w = `event ${e.id}`;
    if (eventIds.has(e.id)) fail(w, 'duplicate id');
    eventIds.add(e.id);
    const doc = docs.get(e.documentId);
    if (!doc) {
      fail(w, `unknown document ${e.documentId}`);
      continue;
    }
    checkRange(w, e.start, e.end, fail);
    if (!GRAINS.has(e.grain)) fail(w, `bad grain ${e.grain}`);
    if (!e.title.trim()) fail(w, 'empty title');
    if (doc.text.slice(e.span[0], e.span[1]) !== e.annotation) fail(w, 'annotation does not match its span');
    const known = timexIds.get(e.documentId)!;
    for (const id of e.timexIds) if (!known.has(id)) fail(w, `unknown timex ${id}`);
    if (prev && compareEvents(prev, e) > 0) fail(w, 'events not sorted by start, end, id');
    prev = e;
  }
  return errors;
}

function checkRange(where: string, start: string, end: string, fail: (w: string, m: string) => void) {
  if (!isValidIsoDate(start)) fail(where, `bad start ${start}`);
  if (!isValidIsoDate(end)) fail(where, `bad end ${end}`);
  if (start > end) fail(where, 'start after end');
}

/** Dataset order: by start, then end, then id. */
export function compareEvents(a: { start: string; end: string; id: string }, b: { start: string; end: string; id: string }): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
