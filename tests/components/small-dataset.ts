import type { TimelineDataset } from '../../src/lib/types.ts';

const text = 'عنوان الخبر\n\nاندلعت الحرب عام 1950. وُقّعت الهدنة في 27 تموز 1953. وزار الوفد المعرض أمس.\n';
const at = (s: string): [number, number] => {
  const i = text.indexOf(s);
  return [i, i + s.length];
};

/** A three-event article written for component tests. */
export const smallDataset: TimelineDataset = {
  schemaVersion: 1,
  documents: [
    {
      id: 'doc',
      source: 'seeds/doc.txt',
      title: 'عنوان الخبر',
      text,
      referenceDate: { date: '2023-07-27', basis: 'option', evidence: '--ref-date 2023-07-27' },
      timexes: [],
    },
  ],
  events: [
    { id: 'war', documentId: 'doc', start: '1950-01-01', end: '1950-12-31', grain: 'year', title: 'اندلعت الحرب', annotation: 'اندلعت الحرب عام 1950.', span: at('اندلعت الحرب عام 1950.'), timexIds: [] },
    { id: 'truce', documentId: 'doc', start: '1953-07-27', end: '1953-07-27', grain: 'day', title: 'وُقّعت الهدنة', annotation: 'وُقّعت الهدنة في 27 تموز 1953.', span: at('وُقّعت الهدنة في 27 تموز 1953.'), timexIds: [] },
    { id: 'visit', documentId: 'doc', start: '2023-07-26', end: '2023-07-26', grain: 'day', partOfDay: 'evening', title: 'زار الوفد المعرض', annotation: 'وزار الوفد المعرض أمس.', span: at('وزار الوفد المعرض أمس.'), timexIds: [] },
  ],
};
