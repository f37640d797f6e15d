import { describe, expect, test } from 'vitest';
import { EditsError, parseEditDate, parseEditsFile, serializeEdits } from '../../../src/lib/edits/index.ts';

function problem(data: unknown) {
  try {
    parseEditsFile(data);
  } catch (e) {
    if (e instanceof EditsError) return e.problem;
    throw e;
  }
  throw new Error('expected a problem');
}

describe('parseEditDate', () => {
  test.each([
    { input: '1953-07-27', expected: { first: '1953-07-27', last: '1953-07-27', grain: 'day' } },
    { input: '1953-07', expected: { first: '1953-07-01', last: '1953-07-31', grain: 'month' } },
    { input: '2100-02', expected: { first: '2100-02-01', last: '2100-02-28', grain: 'month' } },
    { input: '1953', expected: { first: '1953-01-01', last: '1953-12-31', grain: 'year' } },
  ])('$input', ({ input, expected }) => expect(parseEditDate(input)).toEqual(expected));
  test.each(['2023-02-29', '2023-13', '2023-00', '23-07-27', '2023/07/27', '٢٠٢٣', '2023-07-27T00:00', ''])('refuses %j', (s) => expect(parseEditDate(s)).toBeNull());
});

describe('the shape of the file', () => {
  test.each([
    { name: 'not an object', data: [], path: [], at: 'value', says: /JSON object/ },
    { name: 'an unknown top-level field', data: { edits: [], edit: [] }, path: ['edit'], at: 'key', says: /unknown field "edit"/ },
    { name: 'edits not a list', data: { edits: {} }, path: ['edits'], at: 'value', says: /must be a list/ },
    { name: 'an unknown field in an edit', data: { edits: [{ quote: 'x', titel: 'y' }] }, path: ['edits', 0, 'titel'], at: 'key', says: /unknown field "titel"/ },
    { name: 'an unknown field in an add', data: { edits: [{ add: { quote: 'x', start: '2020', hidden: true } }] }, path: ['edits', 0, 'add', 'hidden'], at: 'key', says: /unknown field "hidden"/ },
    { name: 'a field beside add', data: { edits: [{ add: { quote: 'x', start: '2020' }, title: 'y' }] }, path: ['edits', 0, 'title'], at: 'key', says: /beside "add"/ },
    { name: 'no quote', data: { edits: [{ title: 'y' }] }, path: ['edits', 0], at: 'value', says: /needs a "quote"/ },
    { name: 'an empty quote', data: { edits: [{ quote: '  ', title: 'y' }] }, path: ['edits', 0, 'quote'], at: 'value', says: /non-empty string/ },
    { name: 'a quote and nothing to change', data: { edits: [{ quote: 'x' }] }, path: ['edits', 0], at: 'value', says: /changes nothing/ },
    { name: 'a bad date', data: { edits: [{ quote: 'x', start: '2023-02-30' }] }, path: ['edits', 0, 'start'], at: 'value', says: /bad date "2023-02-30"/ },
    { name: 'a date that is not a string', data: { edits: [{ quote: 'x', end: 2023 }] }, path: ['edits', 0, 'end'], at: 'value', says: /bad date 2023/ },
    { name: 'start after end', data: { edits: [{ quote: 'x', start: '2023-08', end: '2023-07-31' }] }, path: ['edits', 0, 'end'], at: 'value', says: /start after end/ },
    { name: 'hide not a boolean', data: { edits: [{ quote: 'x', hide: 'yes' }] }, path: ['edits', 0, 'hide'], at: 'value', says: /true or false/ },
    { name: 'an add without start', data: { edits: [{ add: { quote: 'x', title: 'y' } }] }, path: ['edits', 0, 'add'], at: 'value', says: /needs a "start"/ },
  ])('$name', ({ data, path, at, says }) => {
    const p = problem(data);
    expect(p.path).toEqual(path);
    expect(p.at).toBe(at);
    expect(p.message).toMatch(says);
  });

  test('a start and end within the same month are accepted, month against day', () => {
    expect(parseEditsFile({ edits: [{ quote: 'x', start: '2023-07', end: '2023-07-01' }] }).edits).toHaveLength(1);
  });
});

describe('serializeEdits', () => {
  test('fixed field order, two-space indent, final newline; the same edits give the same bytes', () => {
    const a = serializeEdits({ edits: [{ main: true, quote: 'ق', title: 'ع' }, { add: { start: '2020', quote: 'س' } }] });
    const b = serializeEdits(parseEditsFile(JSON.parse(a)));
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.indexOf('"quote"')).toBeLessThan(a.indexOf('"title"'));
    expect(a.indexOf('"title"')).toBeLessThan(a.indexOf('"main"'));
    expect(a.split('\n')[1]).toBe('  "edits": [');
  });
});
