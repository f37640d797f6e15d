import { describe, expect, test } from 'vitest';
import { isConjunctionWaw } from '../../../src/lib/extract/leading-waw.ts';
import { normalizeForMatching, normalizeWord } from '../../../src/lib/text/normalize.ts';
import { tokenize } from '../../../src/lib/text/tokens.ts';

// Each case: a word at a title's start, the text around it, and whether its «و» is the conjunction.
const cases: { word: string; text: string; conjunction: boolean }[] = [
  { word: 'وشارك', text: 'وشارك الوفد في المؤتمر.', conjunction: true },
  { word: 'وأعلنت', text: 'وأعلنت الوزارة النتائج.', conjunction: true },
  { word: 'وزير', text: 'وزير الخارجية يزور الرباط.', conjunction: false },
  { word: 'ووصل', text: 'ووصل الوفد أمس.', conjunction: true },
  { word: 'وقعت', text: 'وقعت الحادثة مساء.', conjunction: false },
  { word: 'وانطلقت', text: 'وانطلقت المسيرة من الساحة.', conjunction: true },
  { word: 'واشنطن', text: 'واشنطن ترفض القرار.', conjunction: false },
  // The text shows the «و» belongs to the name: after a preposition, or with a clitic before it.
  { word: 'وهران', text: 'وهران تستضيف الألعاب. وصل الوفد إلى وهران أمس.', conjunction: false },
  { word: 'وليد', text: 'وليد يفوز بالجائزة. وقالت الأسرة إن الجائزة لوليد.', conjunction: false },
  { word: 'وهران', text: 'وهران تستضيف الألعاب.', conjunction: true },
];

describe('a leading «و»: the conjunction or the word’s own letter', () => {
  test.each(cases)('$word in «$text» → $conjunction', ({ word, text, conjunction }) => {
    const tokens = tokenize(normalizeForMatching(text).text);
    expect(isConjunctionWaw(normalizeWord(word), word.charCodeAt(1), tokens)).toBe(conjunction);
  });

  test('the same token list answers for each word on its own', () => {
    const tokens = tokenize(normalizeForMatching('وهران ووليد. وصل الوفد إلى وهران.').text);
    expect(isConjunctionWaw(normalizeWord('وهران'), 'ه'.charCodeAt(0), tokens)).toBe(false);
    expect(isConjunctionWaw(normalizeWord('وليد'), 'ل'.charCodeAt(0), tokens)).toBe(false);
    expect(isConjunctionWaw(normalizeWord('وسيم'), 'س'.charCodeAt(0), tokens)).toBe(true);
  });
});
