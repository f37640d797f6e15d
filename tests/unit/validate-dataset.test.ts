import { describe, expect, test } from 'vitest';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { validateDataset } from '../../src/lib/validate-dataset.ts';

const text = 'اندلعت الحرب عام 1950. وُقّعت الهدنة في 27 تموز 1953.';
const span = (s: string): [number, number] => {
  const i = text.indexOf(s);
  return [i, i + s.length];
};

/** A small valid dataset built by hand: two timexes, two events in dataset order. */
function valid(): TimelineDataset {
  return {
    schemaVersion: 1,
    documents: [
      {
        id: 'd',
        source: 'seeds/d.txt',
        title: 'عنوان',
        text,
        url: 'https://news.example/a',
        referenceDate: { date: '2023-07-27', basis: 'option', evidence: '--ref-date' },
        timexes: [
          { id: 't1', text: 'عام 1950', span: span('عام 1950'), start: '1950-01-01', end: '1950-12-31', grain: 'year', kind: 'absolute' },
          { id: 't2', text: '27 تموز 1953', span: span('27 تموز 1953'), start: '1953-07-27', end: '1953-07-27', grain: 'day', kind: 'absolute' },
        ],
      },
    ],
    events: [
      { id: 'war', documentId: 'd', start: '1950-01-01', end: '1950-12-31', grain: 'year', title: 'اندلعت الحرب', annotation: 'اندلعت الحرب عام 1950.', span: span('اندلعت الحرب عام 1950.'), timexIds: ['t1'] },
      { id: 'truce', documentId: 'd', start: '1953-07-27', end: '1953-07-27', grain: 'day', partOfDay: 'evening', title: 'الهدنة', annotation: 'وُقّعت الهدنة في 27 تموز 1953.', span: span('وُقّعت الهدنة في 27 تموز 1953.'), timexIds: ['t2'] },
    ],
  };
}

/** The problems of a valid dataset after `change`. */
function problemsAfter(change: (d: TimelineDataset) => void): string[] {
  const d = valid();
  change(d);
  return validateDataset(d);
}

const doc = (d: TimelineDataset) => d.documents[0]!;
const timex = (d: TimelineDataset, i: number) => doc(d).timexes[i]!;
const event = (d: TimelineDataset, i: number) => d.events[i]!;

describe('validateDataset', () => {
  test('a valid dataset has no problems', () => expect(validateDataset(valid())).toEqual([]));

  test('main, note, hidden and an edit record are valid optional fields', () => {
    const problems = problemsAfter((d) => {
      Object.assign(event(d, 1), { main: true, note: 'ملاحظة', hidden: true, edited: { fields: ['title', 'hidden'], extracted: { title: 'الهدنة' } } });
    });
    expect(problems).toEqual([]);
  });

  test.each<[string, (d: TimelineDataset) => void, string]>([
    ['schema version', (d) => ((d as { schemaVersion: number }).schemaVersion = 2), 'dataset: schemaVersion must be 1'],
    ['duplicate document', (d) => d.documents.push(doc(d)), 'dataset: duplicate document id'],
    ['reference basis', (d) => ((doc(d).referenceDate as { basis: string }).basis = 'guess'), 'document d: bad referenceDate.basis guess'],
    ['reference date', (d) => (doc(d).referenceDate.date = '2023-02-30'), 'document d: bad referenceDate.date'],
    ['a link that is not http(s)', (d) => (doc(d).url = 'javascript:alert(1)'), 'document d: url must be an http:// or https:// address'],
    ['duplicate timex', (d) => (timex(d, 1).id = 't1'), 'document d timex t1: duplicate id'],
    ['timex text', (d) => (timex(d, 0).text = 'عام 1951'), 'document d timex t1: text does not match its span'],
    ['timex order', (d) => doc(d).timexes.reverse(), 'document d timex t1: timexes out of text order'],
    ['timex start', (d) => (timex(d, 0).start = '1950-13-01'), 'document d timex t1: bad start 1950-13-01'],
    ['timex end', (d) => (timex(d, 0).end = '1950-02-29'), 'document d timex t1: bad end 1950-02-29'],
    ['timex range', (d) => (timex(d, 0).start = '1951-01-01'), 'document d timex t1: start after end'],
    ['timex grain', (d) => ((timex(d, 0) as { grain: string }).grain = 'hour'), 'document d timex t1: bad grain hour'],
    ['timex kind', (d) => ((timex(d, 0) as { kind: string }).kind = 'vague'), 'document d timex t1: bad kind vague'],
    ['timex part of day', (d) => ((timex(d, 0) as { partOfDay?: string }).partOfDay = 'dawn'), 'document d timex t1: bad partOfDay dawn'],
    ['duplicate event', (d) => (event(d, 1).id = 'war'), 'event war: duplicate id'],
    ['unknown document', (d) => (event(d, 0).documentId = 'x'), 'event war: unknown document x'],
    ['event start', (d) => (event(d, 1).start = '1953-7-27'), 'event truce: bad start 1953-7-27'],
    ['event grain', (d) => ((event(d, 0) as { grain: string }).grain = 'hour'), 'event war: bad grain hour'],
    ['event part of day', (d) => ((event(d, 1) as { partOfDay?: string }).partOfDay = 'dawn'), 'event truce: bad partOfDay dawn'],
    ['empty title', (d) => (event(d, 0).title = ' \n\u00a0'), 'event war: empty title'],
    ['annotation', (d) => (event(d, 0).annotation = 'جملة أخرى'), 'event war: annotation does not match its span'],
    ['unknown timex', (d) => event(d, 0).timexIds.push('t9'), 'event war: unknown timex t9'],
    ['order', (d) => d.events.reverse(), 'event war: events not sorted by start, end, id'],
    ['main not true', (d) => ((event(d, 0) as { main?: unknown }).main = false), 'event war: main must be true when present'],
    ['hidden not true', (d) => ((event(d, 0) as { hidden?: unknown }).hidden = 1), 'event war: hidden must be true when present'],
    ['empty edit', (d) => (event(d, 0).edited = { fields: [] }), 'event war: edited.fields is empty'],
    ['unknown edited field', (d) => (event(d, 0).edited = { fields: ['colour' as 'title'] }), 'event war: bad edited field colour'],
    ['extracted date', (d) => (event(d, 0).edited = { fields: ['start'], extracted: { start: '1950-02-30' } }), 'event war: bad edited.extracted.start 1950-02-30'],
  ])('names the fault: %s', (_name, change, message) => {
    expect(problemsAfter(change)).toContain(message);
  });

  test('a bad date is reported wherever it appears, not only the first time (the date cache keeps only valid dates)', () => {
    const problems = problemsAfter((d) => {
      timex(d, 1).start = timex(d, 1).end = '1953-02-30';
      event(d, 1).start = event(d, 1).end = '1953-02-30';
    });
    expect(problems.filter((p) => p.includes('bad start 1953-02-30'))).toHaveLength(2);
    expect(problems.filter((p) => p.includes('bad end 1953-02-30'))).toHaveLength(2);
  });

  // The span test compares in place; these are the cases where slicing would have clamped or shifted.
  test.each<[string, [number, number] | ((n: number) => [number, number])]>([
    ['a span one character short', (n) => [0, n - 1]],
    ['a span one character long', (n) => [0, n + 1]],
    ['a span shifted by one', (n) => [1, n + 1]],
    ['a negative start that the length would allow', (n) => [-2, n - 2]],
    ['a span past the end of the text', () => [text.length, text.length + 5]],
    ['a reversed span', (n) => [n, 0]],
  ])('an annotation is refused for %s', (_name, make) => {
    const problems = problemsAfter((d) => {
      const e = event(d, 0);
      e.span = typeof make === 'function' ? make(e.annotation.length) : make;
    });
    expect(problems).toContain('event war: annotation does not match its span');
  });

  test('an empty annotation matches an empty span anywhere inside the text, and only there', () => {
    expect(problemsAfter((d) => ((event(d, 0).annotation = ''), (event(d, 0).span = [5, 5])))).not.toContain('event war: annotation does not match its span');
    expect(problemsAfter((d) => ((event(d, 0).annotation = ''), (event(d, 0).span = [text.length + 1, text.length + 1])))).toContain(
      'event war: annotation does not match its span',
    );
  });
});
