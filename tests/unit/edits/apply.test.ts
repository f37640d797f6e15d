import { describe, expect, test } from 'vitest';
import { applyEdits, EditsError, type EditsFile, parseEditsFile } from '../../../src/lib/edits/index.ts';
import type { TimelineEvent } from '../../../src/lib/types.ts';
import { compareEvents, validateDataset } from '../../../src/lib/validate-dataset.ts';
import { draft, eventAt, TEXT } from './article.ts';

const { doc, events } = draft();
const announce = eventAt(events, TEXT, 'أعلنت', '2025-03-03');
const campaign = eventAt(events, TEXT, 'ستبدأ', '2025-04-01');
const signup = eventAt(events, TEXT, 'ستبدأ', '2025-03-20');
const past = eventAt(events, TEXT, 'أطلقت', '2019-01-01');

function apply(edits: unknown[]): TimelineEvent[] {
  const out = applyEdits(doc, events, parseEditsFile({ edits }));
  expect(validateDataset({ schemaVersion: 1, documents: [doc], events: out })).toEqual([]);
  expect([...out].sort(compareEvents)).toEqual(out);
  return out;
}
const byId = (list: TimelineEvent[], id: string) => list.find((e) => e.id === id)!;
function problem(edits: unknown[]): { path: (string | number)[]; message: string } {
  try {
    applyEdits(doc, events, parseEditsFile({ edits } as EditsFile));
  } catch (e) {
    if (e instanceof EditsError) return e.problem;
    throw e;
  }
  throw new Error('expected an edits problem');
}

describe('each field of an edit', () => {
  test('title: replaced, the extracted title kept beside it, the id unchanged', () => {
    const e = byId(apply([{ quote: 'خطة لتطعيم الأطفال', title: 'خطة التطعيم الوطنية' }]), announce.id);
    expect(e.title).toBe('خطة التطعيم الوطنية');
    expect(e.edited).toEqual({ fields: ['title'], extracted: { title: announce.title } });
  });

  test.each([
    { name: 'a day alone names that day', edit: { start: '2025-03-05' }, expected: ['2025-03-05', '2025-03-05', 'day'] },
    { name: 'a month alone names the whole month', edit: { start: '2025-02' }, expected: ['2025-02-01', '2025-02-28', 'month'] },
    { name: 'a leap February', edit: { start: '2024-02' }, expected: ['2024-02-01', '2024-02-29', 'month'] },
    { name: 'a year alone names the whole year', edit: { start: '2024' }, expected: ['2024-01-01', '2024-12-31', 'year'] },
    { name: 'start and end of different grains read as the coarser', edit: { start: '2025-03-01', end: '2025-05' }, expected: ['2025-03-01', '2025-05-31', 'month'] },
    { name: 'an end alone keeps the start', edit: { end: '2025-03-10' }, expected: ['2025-03-03', '2025-03-10', 'day'] },
  ])('start/end: $name', ({ edit, expected }) => {
    const e = byId(apply([{ quote: 'أعلنت وزارة الصحة', ...edit }]), announce.id);
    expect([e.start, e.end, e.grain]).toEqual(expected);
    expect(e.edited?.extracted).toEqual({ start: announce.start, end: announce.end });
    expect(e.edited?.fields.filter((f) => f === 'start' || f === 'end').length).toBeGreaterThan(0);
    expect(e.id).toBe(announce.id);
  });

  test('note, hide and main are set and marked', () => {
    const out = apply([
      { quote: 'أطلقت حملة', note: 'ملاحظة المحرر', hide: true },
      { quote: 'خطة لتطعيم', main: true },
    ]);
    expect(byId(out, past.id)).toMatchObject({ note: 'ملاحظة المحرر', hidden: true, edited: { fields: ['note', 'hidden'] } });
    expect(byId(out, past.id).edited?.extracted).toBeUndefined();
    expect(byId(out, announce.id)).toMatchObject({ main: true, edited: { fields: ['main'] } });
    expect(out.filter((e) => e.main).length).toBe(1);
  });

  test('main on one event removes it from the extracted main of the same document', () => {
    const withMain = events.map((e) => (e.id === announce.id ? { ...e, main: true as const } : e));
    const out = applyEdits(doc, withMain, parseEditsFile({ edits: [{ quote: 'أطلقت حملة', main: true }] }));
    expect(out.filter((e) => e.main).map((e) => e.id)).toEqual([past.id]);
    expect(byId(out, announce.id).edited?.fields).toEqual(['main']);
  });

  test('an edit that names the extracted values changes nothing, and the event carries no mark', () => {
    const out = apply([{ quote: 'خطة لتطعيم', title: announce.title, hide: false }]);
    expect(byId(out, announce.id)).toEqual(announce);
  });

  test('no edits: the very same events', () => {
    expect(apply([])).toEqual(events);
  });

  test('add: an event anchored at the sentence of its quote, with a content-derived id', () => {
    const out = apply([{ add: { quote: 'ممثلون عن المنظمات', start: '2025-03-03', title: 'مشاركة دولية' } }]);
    const added = out.find((e) => e.edited?.fields.includes('added'))!;
    const sentence = TEXT.split('\n').find((l) => l.includes('ممثلون'))!;
    expect(added.annotation).toBe(sentence);
    expect(TEXT.slice(added.span[0], added.span[1])).toBe(sentence);
    expect([added.start, added.end, added.grain, added.title]).toEqual(['2025-03-03', '2025-03-03', 'day', 'مشاركة دولية']);
    const again = apply([{ add: { quote: 'ممثلون  عن المنظمات', start: '2025-03', title: 'عنوان آخر' } }]).find((e) => e.edited?.fields.includes('added'))!;
    expect(again.id).toBe(added.id);
  });

  test('add without a title takes the quoted words', () => {
    const added = apply([{ add: { quote: 'ممثلون عن المنظمات', start: '2025' } }]).find((e) => e.edited)!;
    expect(added.title).toBe('ممثلون عن المنظمات');
    expect(added.grain).toBe('year');
  });
});

describe('a quote finds its event whatever the spacing, diacritics, NBSP or tatweel', () => {
  test.each([
    { name: 'the words as written in the article (with a damma)', quote: 'أعلنت وزارةُ الصحة' },
    { name: 'without the damma', quote: 'أعلنت وزارة الصحة' },
    { name: 'with extra harakat and shadda', quote: 'أَعْلَنَتْ وزارةُ الصِّحَّة' },
    { name: 'with tatweel', quote: 'أعلـــنت وزارة الصحة' },
    { name: 'with NBSP and doubled spaces', quote: 'أعلنت\u00a0وزارة   الصحة' },
    { name: 'bare alef for hamza', quote: 'اعلنت وزارة الصحة' },
    { name: 'leading and trailing spaces', quote: '  أعلنت وزارة الصحة ' },
  ])('$name', ({ quote }) => {
    expect(byId(apply([{ quote, title: 'عنوان' }]), announce.id).title).toBe('عنوان');
  });

  test('a plain space in the quote matches the NBSP in the article', () => {
    expect(byId(apply([{ quote: 'حملة مماثلة', title: 'عنوان' }]), past.id).title).toBe('عنوان');
  });

  test('two events of one sentence: the words around a date name that date\'s event', () => {
    const out = apply([
      { quote: 'ستبدأ في نيسان', title: 'بدء الحملة' },
      { quote: 'ينتهي التسجيل في 20 آذار', title: 'نهاية التسجيل' },
    ]);
    expect(byId(out, campaign.id).title).toBe('بدء الحملة');
    expect(byId(out, signup.id).title).toBe('نهاية التسجيل');
  });
});

describe('every error names the edit at fault', () => {
  test.each([
    { name: 'a quote not in the article', edits: [{ quote: 'كلمات لا ترد في النص', title: 'x' }], path: ['edits', 0, 'quote'], says: /quote not found in the article seeds\/doc\.txt/ },
    { name: 'a quote in no event\'s sentence', edits: [{ quote: 'ممثلون عن المنظمات', title: 'x' }], path: ['edits', 0, 'quote'], says: /in no event's sentence/ },
    { name: 'a quote matching two events', edits: [{ quote: 'وقال الوزير إن الحملة', title: 'x' }], path: ['edits', 0, 'quote'], says: /matches 2 events/ },
    { name: 'a quote in two sentences of two events', edits: [{ quote: 'وزارة', title: 'x' }], path: ['edits', 0, 'quote'], says: /matches 2 events/ },
    { name: 'two edits of one event', edits: [{ quote: 'أعلنت', title: 'x' }, { quote: 'خطة لتطعيم', note: 'y' }], path: ['edits', 1, 'quote'], says: /already edited by edits\[0\]/ },
    { name: 'an end before the extracted start', edits: [{ quote: 'أعلنت', end: '2024-12' }], path: ['edits', 0, 'end'], says: /start after end/ },
    { name: 'two main events', edits: [{ quote: 'أعلنت', main: true }, { quote: 'أطلقت', main: true }], path: ['edits', 1, 'quote'], says: /second main event/ },
    { name: 'an add whose quote occurs twice', edits: [{ add: { quote: 'وزارة', start: '2025' } }], path: ['edits', 0, 'add', 'quote'], says: /occurs 3 times/ },
    { name: 'an add whose quote is not in the article', edits: [{ add: { quote: 'غير موجود أبدا', start: '2025' } }], path: ['edits', 0, 'add', 'quote'], says: /quote not found/ },
  ])('$name', ({ edits, path, says }) => {
    const p = problem(edits);
    expect(p.path).toEqual(path);
    expect(p.message).toMatch(says);
  });
});
