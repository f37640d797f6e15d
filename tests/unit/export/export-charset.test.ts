import { expect, test } from 'vitest';
import { exportCharset, interfaceCharset } from '../../../src/lib/export/export-charset.ts';
import type { TimelineDataset } from '../../../src/lib/types.ts';

const has = (charset: string, word: string) => Array.from(word).every((c) => charset.includes(c));

test.each([
  { name: 'both digit systems', word: '0123456789٠١٢٣٤٥٦٧٨٩' },
  { name: 'Egyptian month names', word: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر' },
  { name: 'Levantine month names', word: 'كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول' },
  { name: 'Maghrebi month names', word: 'جانفي فيفري أفريل ماي جوان جويلية أوت يوليوز غشت شتنبر دجنبر' },
  { name: 'Hijri month names and era', word: 'محرم صفر ربيع الآخر جمادى رجب شعبان رمضان شوال ذو القعدة الحجة هـ' },
  { name: 'gap words with tanwin', word: 'عامًا أعوام شهرًا يومًا' },
  { name: 'badge and label punctuation', word: '+…·«»،/–' },
  { name: 'every basic Arabic letter and the vowel marks', word: 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْ' },
])('interface charset has $name', ({ word }) => {
  expect(has(interfaceCharset(), word)).toBe(true);
});

const dataset = (titles: string[]): TimelineDataset => ({
  schemaVersion: 1,
  documents: [{ id: 'd', source: 'seeds/d.txt', title: 'Ünïcode پژوهش', text: '', referenceDate: { date: null, basis: 'none', evidence: '' }, timexes: [] }],
  events: titles.map((title, i) => ({ id: `e${i}`, documentId: 'd', start: '2023-01-01', end: '2023-01-01', grain: 'day', title, annotation: 'ڤ not shown', span: [0, 0], timexIds: [] })),
});

test('dataset charset adds the headline and event titles, not the annotations, and no format controls', () => {
  const cs = exportCharset(dataset(['گفت\u202E\u2067وگو\u200C']));
  expect(has(cs, 'Ünïcode پژوهش گفتوگو\u200C')).toBe(true);
  expect(cs.includes('ڤ')).toBe(false);
  expect(/[\u202E\u2067]/.test(cs)).toBe(false);
});

test('charset is sorted and free of duplicates, so the same dataset gives the same font', () => {
  const cs = Array.from(exportCharset(dataset(['ب ا ب ا'])));
  expect(cs).toEqual([...new Set(cs)].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!));
});
