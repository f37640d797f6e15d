import { fnv1a64Hex } from '../extract/hash.ts';
import { splitSentences } from '../text/sentences.ts';
import type { EditedField, Grain, SourceDocument, TimelineEvent } from '../types.ts';
import { compareEvents } from '../validate-dataset.ts';
import { parseEditDate, coarser } from './dates.ts';
import { editedDates } from './parse.ts';
import { QuoteIndex, quoteKey } from './quote.ts';
import { resolveQuote } from './resolve.ts';
import { type AddedEvent, type EditsFile, EditsError, type FieldEdit, isAdd } from './types.ts';

type Path = (string | number)[];
const fail = (path: Path, message: string): never => {
  throw new EditsError({ path, at: 'value', message });
};
const FIELD_ORDER: EditedField[] = ['added', 'title', 'start', 'end', 'note', 'hidden', 'main'];

/**
 * Applies a document's edits to its extracted events and returns the corrected, sorted list.
 * Edited events keep their extracted id (derived from the extracted content, so it is as stable
 * as before); an added event's id derives from its document and quote. Throws an EditsError naming
 * the edit at fault: a quote not in the article, in no event or in several, two edits of one
 * event, an end before the event's start, two main events.
 */
export function applyEdits(doc: SourceDocument, extracted: readonly TimelineEvent[], file: EditsFile): TimelineEvent[] {
  const index = new QuoteIndex(doc.text);
  const timexSpans = new Map(doc.timexes.map((t) => [t.id, t.span] as const));
  const events = new Map(extracted.map((e) => [e.id, e]));
  const editedBy = new Map<string, number>();
  let mainAt: { id: string; item: number } | null = null;
  file.edits.forEach((item, i) => {
    const path: Path = ['edits', i];
    let event: TimelineEvent;
    let edit: FieldEdit;
    if (isAdd(item)) {
      edit = item.add;
      event = addedEvent(doc, index, item.add, [...path, 'add']);
      if (events.has(event.id)) fail([...path, 'add', 'quote'], `an event is already added at this quote (edits[${editedBy.get(event.id) ?? '?'}])`);
      events.set(event.id, event);
      editedBy.set(event.id, i);
    } else {
      edit = item;
      const found = resolveQuote(index, extracted, timexSpans, item.quote);
      const at = [...path, 'quote'];
      if (found.kind === 'absent') fail(at, `quote not found in the article ${doc.source}`);
      if (found.kind === 'none') fail(at, 'the quote is in the article but in no event\'s sentence (use {"add": {...}} to make one)');
      if (found.kind === 'many') fail(at, `the quote matches ${found.events.length} events (${found.events.map((e) => `«${e.title}»`).join('، ')}): quote more words of the one you mean, near its date`);
      const target = (found as { event: TimelineEvent }).event;
      const before = editedBy.get(target.id);
      if (before !== undefined) fail(at, `a second edit of the event already edited by edits[${before}] («${target.title}»): merge them`);
      editedBy.set(target.id, i);
      event = changed(events.get(target.id)!, item, path);
      events.set(target.id, event);
    }
    if (edit.main === true) {
      if (mainAt) fail([...path, isAdd(item) ? 'add' : 'quote'], `a second main event in this document (edits[${mainAt.item}] already sets one)`);
      mainAt = { id: event.id, item: i };
    }
  });
  // One main event per document: an editor's choice replaces the extractor's (see README.md).
  const chosen = mainAt as { id: string } | null;
  if (chosen) for (const [id, e] of events) if (id !== chosen.id && e.main) events.set(id, withFields(e, { main: undefined }, ['main'], {}));
  return [...events.values()].sort(compareEvents);
}

/** The id of an added event: from its document and quote, so it survives a change of its dates or title. */
export function addedEventId(docId: string, quote: string): string {
  return `e${fnv1a64Hex(`${docId}|added|${quoteKey(quote)}`)}`;
}

/** An event made from an `add`: its annotation is the sentence (or sentences) holding the quote. */
function addedEvent(doc: SourceDocument, index: QuoteIndex, add: AddedEvent, path: Path): TimelineEvent {
  const places = index.find(add.quote);
  if (!places.length) fail([...path, 'quote'], `quote not found in the article ${doc.source}`);
  if (places.length > 1) fail([...path, 'quote'], `the quote occurs ${places.length} times in the article: quote more words`);
  const [a, b] = places[0]!;
  const sentences = splitSentences(doc.text);
  const first = sentences.find((s) => s.end > a) ?? sentences[sentences.length - 1]!;
  const last = [...sentences].reverse().find((s) => s.start < b) ?? first;
  const span: [number, number] = [Math.min(first.start, a), Math.max(last.end, b)];
  const s = parseEditDate(add.start)!;
  const e = add.end !== undefined ? parseEditDate(add.end)! : s;
  const event: TimelineEvent = {
    id: addedEventId(doc.id, add.quote),
    documentId: doc.id,
    start: s.first,
    end: e.last,
    grain: coarser(s.grain, e.grain),
    title: add.title ?? doc.text.slice(a, b).replace(/\s+/g, ' ').trim(),
    annotation: doc.text.slice(span[0], span[1]),
    span,
    timexIds: [],
  };
  if (add.main) event.main = true;
  if (add.note) event.note = add.note;
  if (add.hide) event.hidden = true;
  event.edited = { fields: ['added'] };
  return event;
}

/** An extracted event with an edit's fields applied, and what changed recorded beside it. */
function changed(e: TimelineEvent, edit: FieldEdit, path: Path): TimelineEvent {
  const fields: EditedField[] = [];
  const extracted: { title?: string; start?: string; end?: string } = {};
  const next: Partial<TimelineEvent> = {};
  if (edit.title !== undefined && edit.title !== e.title) {
    fields.push('title');
    extracted.title = e.title;
    next.title = edit.title;
  }
  if (edit.start !== undefined || edit.end !== undefined) {
    const d = editedDates(edit, e);
    if (d.start > d.end) fail([...path, 'end'], `start after end: the event starts ${d.start} and "end" ends it ${d.end}`);
    if (d.start !== e.start) fields.push('start');
    if (d.end !== e.end) fields.push('end');
    if (d.start !== e.start || d.end !== e.end || d.grain !== e.grain) {
      extracted.start = e.start;
      extracted.end = e.end;
      Object.assign(next, { start: d.start, end: d.end, grain: d.grain as Grain, partOfDay: undefined });
    }
  }
  if (edit.note !== undefined) (fields.push('note'), (next.note = edit.note));
  if (edit.hide === true) (fields.push('hidden'), (next.hidden = true));
  if (edit.main !== undefined && edit.main !== !!e.main) (fields.push('main'), (next.main = edit.main ? true : undefined));
  return fields.length ? withFields(e, next, fields, extracted) : e;
}

/**
 * A copy of the event with `next` applied (undefined removes a field) and its provenance merged,
 * keys in the contract's order so the JSON reads the same however the edit was made.
 */
function withFields(e: TimelineEvent, next: Partial<TimelineEvent>, fields: EditedField[], extracted: NonNullable<TimelineEvent['edited']>['extracted'] & object): TimelineEvent {
  const m = { ...e, ...next };
  const out: TimelineEvent = { id: m.id, documentId: m.documentId, start: m.start, end: m.end, grain: m.grain, title: m.title, annotation: m.annotation, span: m.span, timexIds: m.timexIds };
  if (m.partOfDay) out.partOfDay = m.partOfDay;
  if (m.main) out.main = true;
  if (m.note) out.note = m.note;
  if (m.hidden) out.hidden = true;
  const all = new Set([...(e.edited?.fields ?? []), ...fields]);
  const ex = { ...e.edited?.extracted, ...extracted };
  out.edited = { fields: FIELD_ORDER.filter((f) => all.has(f)), ...(Object.keys(ex).length ? { extracted: { ...(ex.title !== undefined ? { title: ex.title } : {}), ...(ex.start !== undefined ? { start: ex.start, end: ex.end! } : {}) } } : {}) };
  return out;
}
