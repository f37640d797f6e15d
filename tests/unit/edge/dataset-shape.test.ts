import { describe, expect, test } from 'vitest';
import { hasDatasetShape } from '../../../src/edge/dataset-shape.ts';
import { datasetShapeProblems } from '../../../src/edge/dataset-shape-report.ts';
import { generateTimelineDataset } from '../../bench/generate-dataset.ts';

const valid = () => structuredClone(generateTimelineDataset({ events: 5, seed: 3 })) as unknown as Record<string, any>;

describe('datasetShapeProblems', () => {
  test('a generated dataset has the JSON types of TimelineDataset', () => {
    expect(datasetShapeProblems(valid())).toEqual([]);
    expect(hasDatasetShape(valid())).toBe(true);
  });

  test.each([
    { name: 'not an object', mutate: () => [1, 2], expected: ['the file holds no JSON object'] },
    { name: 'null', mutate: () => null, expected: ['the file holds no JSON object'] },
    { name: 'events missing', mutate: (d: any) => (delete d.events, d), expected: ['events: not an array'] },
    { name: 'a title that is a number', mutate: (d: any) => ((d.events[2].title = 7), d), expected: ['events[2].title: not a string'] },
    { name: 'a span of three numbers', mutate: (d: any) => ((d.events[0].span = [1, 2, 3]), d), expected: ['events[0].span: not two whole numbers'] },
    { name: 'a fractional span', mutate: (d: any) => ((d.events[0].span = [1.5, 2]), d), expected: ['events[0].span: not two whole numbers'] },
    { name: 'timex ids that are numbers', mutate: (d: any) => ((d.events[1].timexIds = [1]), d), expected: ['events[1].timexIds: not a list of strings'] },
    { name: 'a reference date that is a number', mutate: (d: any) => ((d.documents[0].referenceDate.date = 2023), d), expected: ['documents[0].referenceDate.date: neither a string nor null'] },
    { name: 'a reference date of null is fine', mutate: (d: any) => ((d.documents[0].referenceDate.date = null), d), expected: [] },
    { name: 'a partOfDay that is not a string', mutate: (d: any) => ((d.events[3].partOfDay = true), d), expected: ['events[3].partOfDay: not a string'] },
    { name: 'a link that is not a string', mutate: (d: any) => ((d.documents[0].url = { href: 'x' }), d), expected: ['documents[0].url: not a string'] },
    { name: 'a document without text', mutate: (d: any) => (delete d.documents[0].text, d), expected: ['documents[0].text: not a string'] },
    { name: 'main, hidden, note and an edit record are fine', mutate: (d: any) => (Object.assign(d.events[0], { main: true, hidden: true, note: 'ن', edited: { fields: ['title'], extracted: { title: 'ع' } } }), d), expected: [] },
    { name: 'main that is false', mutate: (d: any) => ((d.events[0].main = false), d), expected: ['events[0].main: neither absent nor true'] },
    { name: 'an edit record without fields', mutate: (d: any) => ((d.events[1].edited = { extracted: {} }), d), expected: ['events[1].edited: not an edit record ({fields: [...], extracted?: {...}})'] },
    { name: 'a timex that is a string', mutate: (d: any) => ((d.documents[0].timexes[4] = 'x'), d), expected: ['documents[0].timexes[4]: not an object'] },
  ])('$name', ({ mutate, expected }) => {
    const data = mutate(valid());
    expect(datasetShapeProblems(data)).toEqual(expected);
    // The fast check every load takes agrees: no problem listed exactly when it says yes.
    expect(hasDatasetShape(data)).toBe(expected.length === 0);
  });

  test('stops at the limit', () => {
    const d = valid();
    for (const e of d.events) e.title = 0;
    expect(datasetShapeProblems(d, 3)).toEqual(['events[0].title: not a string', 'events[1].title: not a string', 'events[2].title: not a string']);
  });
});
