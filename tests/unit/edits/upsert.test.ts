import { describe, expect, test } from 'vitest';
import { applyEdits, type EditsFile, type EventValues, parseEditsFile, QuoteIndex, quoteFor, serializeEdits, upsertEdit } from '../../../src/lib/edits/index.ts';
import type { TimelineEvent } from '../../../src/lib/types.ts';
import { draft, eventAt, TEXT } from './article.ts';

const { doc, events } = draft();
const announce = eventAt(events, TEXT, 'أعلنت', '2025-03-03');
const campaign = eventAt(events, TEXT, 'ستبدأ', '2025-04-01');
const signup = eventAt(events, TEXT, 'ستبدأ', '2025-03-20');
const valuesOf = (e: TimelineEvent): EventValues => ({ title: e.title, start: e.start, end: e.end, note: e.note ?? '', hidden: !!e.hidden, main: !!e.main });

/** One save from the editor, then the file read back as the loader would. */
function save(file: EditsFile, change: Parameters<typeof upsertEdit>[4]): { file: EditsFile; events: TimelineEvent[] } {
  const current = applyEdits(doc, events, file);
  const next = parseEditsFile(JSON.parse(serializeEdits(upsertEdit(file, doc, events, current, change))));
  return { file: next, events: applyEdits(doc, events, next) };
}

describe('quoteFor', () => {
  const index = new QuoteIndex(doc.text);
  const spans = new Map(doc.timexes.map((t) => [t.id, t.span] as const));
  test.each([
    { name: 'an event alone in its sentence', event: announce },
    { name: 'the first of two events in one sentence', event: campaign },
    { name: 'the second of two events in one sentence', event: signup },
  ])('$name: a quote inside its sentence that names it alone', ({ event }) => {
    const q = quoteFor(index, events, spans, doc.text, event);
    expect(event.annotation.includes(q)).toBe(true);
    const out = applyEdits(doc, events, { edits: [{ quote: q, title: 'مختبر' }] });
    expect(out.filter((e) => e.title === 'مختبر').map((e) => e.id)).toEqual([event.id]);
  });
});

describe('upsertEdit', () => {
  test('a new title becomes one edit; saving the extracted title again removes it', () => {
    const first = save({ edits: [] }, { eventId: signup.id, values: { ...valuesOf(signup), title: 'آخر موعد للتسجيل' } });
    expect(first.file.edits).toHaveLength(1);
    expect(first.events.find((e) => e.id === signup.id)!.title).toBe('آخر موعد للتسجيل');
    const back = save(first.file, { eventId: signup.id, values: valuesOf(signup) });
    expect(back.file.edits).toEqual([]);
  });

  test('a second save of the same event replaces its edit in place, keeping the hand-written quote and order', () => {
    const hand = parseEditsFile({ edits: [{ quote: 'أعلنت وزارة الصحة', note: 'بخط اليد' }, { quote: 'أطلقت حملة', hide: true }] });
    const current = applyEdits(doc, events, hand);
    const r = save(hand, { eventId: announce.id, values: { ...valuesOf(current.find((e) => e.id === announce.id)!), hidden: true } });
    expect(r.file.edits).toEqual([{ quote: 'أعلنت وزارة الصحة', note: 'بخط اليد', hide: true }, hand.edits[1]]);
  });

  test('dates left as extracted keep their grain; changed dates are written as days', () => {
    const same = save({ edits: [] }, { eventId: campaign.id, values: { ...valuesOf(campaign), note: 'ن' } });
    expect(same.file.edits[0]).not.toHaveProperty('start');
    const moved = save({ edits: [] }, { eventId: campaign.id, values: { ...valuesOf(campaign), start: '2025-04-05', end: '2025-06-05' } });
    expect(moved.events.find((e) => e.id === campaign.id)).toMatchObject({ start: '2025-04-05', end: '2025-06-05', grain: 'day' });
  });

  test('a hand-written month or year survives a save that leaves the dates alone', () => {
    const hand = parseEditsFile({ edits: [{ quote: 'أعلنت وزارة الصحة', start: '2025-02' }] });
    const current = applyEdits(doc, events, hand).find((e) => e.id === announce.id)!;
    const r = save(hand, { eventId: announce.id, values: { ...valuesOf(current), title: 'إعلان الخطة' } });
    expect(r.file.edits).toEqual([{ quote: 'أعلنت وزارة الصحة', title: 'إعلان الخطة', start: '2025-02' }]);
    expect(r.events.find((e) => e.id === announce.id)!.grain).toBe('month');
  });

  test('an added event from a selection, then edited again by its id', () => {
    const values: EventValues = { title: 'مؤتمر دولي', start: '2025-03-03', end: '2025-03-03', note: '', hidden: false, main: false };
    const added = save({ edits: [] }, { add: { quote: 'ممثلون عن المنظمات الدولية', values } });
    const event = added.events.find((e) => e.edited?.fields.includes('added'))!;
    expect(event.title).toBe('مؤتمر دولي');
    const renamed = save(added.file, { eventId: event.id, values: { ...values, title: 'مؤتمر الصحة' } });
    expect(renamed.file.edits).toHaveLength(1);
    expect(renamed.events.find((e) => e.id === event.id)!.title).toBe('مؤتمر الصحة');
  });
});
