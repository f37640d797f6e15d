import type { SourceDocument, TimelineEvent } from '../types.ts';
import { parseEditDate } from './dates.ts';
import { addedEventId } from './apply.ts';
import { QuoteIndex } from './quote.ts';
import { resolveQuote } from './resolve.ts';
import { type AddedEvent, type EditItem, type EditsFile, type FieldEdit, isAdd } from './types.ts';

/** What the dev editor's form says about one event (dates as "YYYY-MM-DD", "YYYY-MM" or "YYYY"). */
export interface EventValues {
  title: string;
  start: string;
  end: string;
  note: string;
  hidden: boolean;
  main: boolean;
}

/** A save from the editor: new values for an event, or a new event at a quoted selection. */
export type EditorChange = { eventId: string; values: EventValues } | { add: { quote: string; values: EventValues } };

/**
 * The edits file after one save from the editor. An existing edit of the same event is replaced in
 * place (a hand-written file keeps its order); values equal to the extracted ones are left out, so
 * an event set back to what the extractor said loses its edit. `extracted` are the document's
 * events before any edit; `current` after the file's edits (ids of added events live only there).
 */
export function upsertEdit(file: EditsFile, doc: SourceDocument, extracted: readonly TimelineEvent[], current: readonly TimelineEvent[], change: EditorChange): EditsFile {
  const edits = [...file.edits];
  if ('add' in change) {
    edits.push({ add: addedFrom(change.add.quote, change.add.values) });
    return { edits };
  }
  const target = current.find((e) => e.id === change.eventId);
  if (!target) throw new Error(`no event ${change.eventId} in ${doc.id}`);
  const index = new QuoteIndex(doc.text);
  const timexSpans = new Map(doc.timexes.map((t) => [t.id, t.span] as const));
  const slot = edits.findIndex((item) => (isAdd(item) ? addedEventId(doc.id, item.add.quote) === target.id : targets(index, extracted, timexSpans, item, target.id)));
  if (slot >= 0 && isAdd(edits[slot]!)) {
    const old = edits[slot] as { add: AddedEvent };
    edits[slot] = { add: addedFrom(old.add.quote, change.values) };
    return { edits };
  }
  const base = extracted.find((e) => e.id === target.id);
  if (!base) throw new Error(`event ${change.eventId} is not an extracted event`);
  const quote = slot >= 0 ? (edits[slot] as FieldEdit).quote : quoteFor(index, extracted, timexSpans, doc.text, base);
  const edit = fieldEdit(quote, base, change.values, slot >= 0 ? { event: target, edit: edits[slot] as FieldEdit } : null);
  if (slot >= 0) {
    if (edit) edits[slot] = edit;
    else edits.splice(slot, 1);
  } else if (edit) edits.push(edit);
  return { edits };
}

function targets(index: QuoteIndex, extracted: readonly TimelineEvent[], timexSpans: ReadonlyMap<string, [number, number]>, item: EditItem, id: string): boolean {
  const r = resolveQuote(index, extracted, timexSpans, (item as FieldEdit).quote);
  return r.kind === 'event' && r.event.id === id;
}

/** The edit that turns the extracted event into the form's values, or null when nothing differs. */
function fieldEdit(quote: string, base: TimelineEvent, v: EventValues, previous: { event: TimelineEvent; edit: FieldEdit } | null): FieldEdit | null {
  const edit: FieldEdit = { quote };
  if (v.title.trim() && v.title.trim() !== base.title) edit.title = v.title.trim();
  const kept = previous && v.start === previous.event.start && v.end === previous.event.end;
  if (kept && (previous.edit.start !== undefined || previous.edit.end !== undefined)) {
    // Dates left as the file had them keep their written form («1953», «2025-04»), not the form's days.
    if (previous.edit.start !== undefined) edit.start = previous.edit.start;
    if (previous.edit.end !== undefined) edit.end = previous.edit.end;
  } else if (v.start !== base.start || v.end !== base.end) {
    const s = parseEditDate(v.start);
    const e = parseEditDate(v.end);
    // The form shows days; a date left as it was keeps the extracted month or year grain.
    if (!(s && e && s.first === base.start && e.last === base.end)) Object.assign(edit, { start: v.start, end: v.end });
  }
  if (v.note.trim()) edit.note = v.note.trim();
  if (v.hidden) edit.hide = true;
  if (v.main !== !!base.main) edit.main = v.main;
  return Object.keys(edit).length > 1 ? edit : null;
}

function addedFrom(quote: string, v: EventValues): AddedEvent {
  const add: AddedEvent = { quote, start: v.start };
  if (v.title.trim()) add.title = v.title.trim();
  if (v.end && v.end !== v.start) add.end = v.end;
  if (v.note.trim()) add.note = v.note.trim();
  if (v.hidden) add.hide = true;
  if (v.main) add.main = true;
  return add;
}

/**
 * The shortest run of the event's sentence, grown word by word around its first date, that names
 * this event and no other: what the editor writes as `quote`. The whole sentence is the last try.
 */
export function quoteFor(index: QuoteIndex, extracted: readonly TimelineEvent[], timexSpans: ReadonlyMap<string, [number, number]>, text: string, event: TimelineEvent): string {
  const [s0, s1] = event.span;
  const words: [number, number][] = [];
  for (const m of text.slice(s0, s1).matchAll(/\S+/g)) words.push([s0 + m.index, s0 + m.index + m[0].length]);
  const date = event.timexIds.map((id) => timexSpans.get(id)).find((x) => x);
  let centre = date ? words.findIndex((w) => w[1] > date[0]) : 0;
  if (centre < 0) centre = 0;
  const endAt = date ? Math.max(centre, words.findIndex((w) => w[1] >= date[1])) : centre;
  const names = (q: string) => {
    const r = resolveQuote(index, extracted, timexSpans, q);
    return r.kind === 'event' && r.event.id === event.id;
  };
  for (let k = 1; k <= words.length; k++) {
    const a = Math.max(0, centre - k);
    const b = Math.min(words.length - 1, endAt + k);
    const q = text.slice(words[a]![0], words[b]![1]);
    if (names(q)) return q;
    if (a === 0 && b === words.length - 1) break;
  }
  const whole = text.slice(s0, s1);
  if (names(whole)) return whole;
  throw new Error(`no quote of its sentence names event ${event.id} alone`);
}
