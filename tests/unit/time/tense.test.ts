import { describe, expect, test } from 'vitest';
import { normalizeWord } from '../../../src/lib/text/normalize.ts';
import { tokenize } from '../../../src/lib/text/tokens.ts';
import { isFutureVerb, pointsToFuture } from '../../../src/lib/time/tense.ts';

describe('isFutureVerb: the prefix سـ on an imperfect verb', () => {
  const cases: { name: string; input: string; expected: boolean }[] = [
    { name: 'سيشارك', input: 'سيشارك', expected: true },
    { name: 'ستعقد', input: 'ستعقد', expected: true },
    { name: 'سنعمل', input: 'سنعمل', expected: true },
    { name: 'وسيتم (with a conjunction)', input: 'وسيتم', expected: true },
    { name: 'سياسة is a noun', input: 'سياسة', expected: false },
    { name: 'سيارة is a noun', input: 'سيارة', expected: false },
    { name: 'سيرغي is a name', input: 'سيرغي', expected: false },
    { name: 'سنوات is a noun', input: 'سنوات', expected: false },
    { name: 'ستين is a number', input: 'ستين', expected: false },
    { name: 'سيدة is a noun', input: 'سيدة', expected: false },
    { name: 'سنعود', input: 'سنعود', expected: true },
    { name: 'سيزور', input: 'سيزور', expected: true },
    { name: 'ستنطلق', input: 'ستنطلق', expected: true },
    { name: 'سيدعو (not the noun سيد)', input: 'سيدعو', expected: true },
    { name: 'سيفتتح (not the noun سيف)', input: 'سيفتتح', expected: true },
    { name: 'سينال (not سيناء)', input: 'سينال', expected: true },
    { name: 'سيمارس (not لا سيما)', input: 'سيمارس', expected: true },
    { name: 'سيبرم (not سيبراني)', input: 'سيبرم', expected: true },
    { name: 'سوريا is a name', input: 'سوريا', expected: false },
    { name: 'سبتمبر is a month', input: 'سبتمبر', expected: false },
    { name: 'ستة is a number', input: 'ستة', expected: false },
    { name: 'سياق is a noun', input: 'سياق', expected: false },
    { name: 'سيادة is a noun', input: 'سيادة', expected: false },
    { name: 'سياحة is a noun', input: 'سياحة', expected: false },
    { name: 'سيبراني is an adjective', input: 'سيبراني', expected: false },
    { name: 'سينما is a noun', input: 'سينما', expected: false },
    { name: 'سنجار is a town', input: 'سنجار', expected: false },
    { name: 'سيدي (بوزيد) is a name', input: 'سيدي', expected: false },
    { name: 'سيناء is a name', input: 'سيناء', expected: false },
    { name: 'لا سيما', input: 'سيما', expected: false },
  ];
  test.each(cases)('$name', ({ input, expected }) => expect(isFutureVerb(normalizeWord(input))).toBe(expected));
});

describe('pointsToFuture: a sentence with a future marker', () => {
  const cases: { name: string; input: string; expected: boolean }[] = [
    { name: 'past report', input: 'التقى الرئيس نظيره الأحد في الرياض.', expected: false },
    { name: 'future verb', input: 'سيلتقي الرئيس نظيره الأحد.', expected: true },
    { name: '«سوف»', input: 'سوف تعقد القمة الجمعة.', expected: true },
    { name: '«المقبل»', input: 'تعقد القمة الأسبوع المقبل.', expected: true },
    { name: '«من المقرر أن»', input: 'ومن المقرر أن تنطلق الدورة الأحد.', expected: true },
    { name: 'a noun beginning with سي is not a marker', input: 'ناقش الوزير السياسة والسيارات الكهربائية مع سيرغي.', expected: false },
  ];
  test.each(cases)('$name', ({ input, expected }) => {
    const tokens = tokenize(normalizeWord(input));
    expect(pointsToFuture(tokens, 0, tokens.length)).toBe(expected);
  });
});
