import { describe, expect, test } from 'vitest';
import { isEventNoun, isVerbLike, singularsOf } from '../../../src/lib/extract/happening.ts';
import { normalizeWord } from '../../../src/lib/text/normalize.ts';

const W = normalizeWord;

describe('event nouns in the dual, its construct and the feminine plural', () => {
  const cases: { word: string; event: boolean }[] = [
    { word: 'جريمتان', event: true },
    { word: 'جريمتين', event: true },
    { word: 'جريمتا', event: true },
    { word: 'زيارتي', event: true },
    { word: 'قمتين', event: true },
    { word: 'هجومين', event: true },
    { word: 'هجوما', event: true },
    { word: 'موعدا', event: true },
    { word: 'غارات', event: true },
    { word: 'والزيارات', event: true },
    { word: 'حربين', event: true },
    // Words that end the same way but are no inflection of an event word.
    { word: 'بيروت', event: false },
    { word: 'الوزير', event: false },
    { word: 'سيارتين', event: false },
    { word: 'شارعين', event: false },
  ];
  test.each(cases)('$word → $event', ({ word, event }) => expect(isEventNoun(W(word))).toBe(event));

  test('the singulars tried for each ending', () => {
    expect(singularsOf(W('جريمتان'))).toContain(W('جريمة'));
    expect(singularsOf(W('قمتي'))).toContain(W('قمة'));
    expect(singularsOf(W('اجتماعات'))).toContain(W('اجتماع'));
    expect(singularsOf(W('زيارات'))).toContain(W('زيارة'));
    expect(singularsOf(W('هجومين'))).toContain(W('هجوم'));
    expect(singularsOf(W('حرب'))).toEqual([]);
  });
});

describe('verbs by shape', () => {
  const cases: { word: string; verb: boolean }[] = [
    { word: 'ستنطلق', verb: true },
    { word: 'اندلعت', verb: true },
    { word: 'وقعوا', verb: true },
    { word: 'تصريح', verb: false },
    { word: 'ندوة', verb: false },
    { word: 'يوليو', verb: false },
  ];
  test.each(cases)('$word → $verb', ({ word, verb }) => expect(isVerbLike(W(word))).toBe(verb));
});
