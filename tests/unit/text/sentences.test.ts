import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/lib/text/sentences.ts';

describe('splitSentences', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    { name: 'full stops', input: 'وصل الوفد. وبدأت المحادثات.', expected: ['وصل الوفد.', 'وبدأت المحادثات.'] },
    { name: 'Arabic question mark and semicolon', input: 'هل تنجح الهدنة؟ يرى المراقبون ذلك؛ لكن الحذر قائم', expected: ['هل تنجح الهدنة؟', 'يرى المراقبون ذلك؛', 'لكن الحذر قائم'] },
    { name: 'exclamation and ellipsis runs stay together', input: 'يا للهول!! ثم ماذا... انتهى', expected: ['يا للهول!!', 'ثم ماذا...', 'انتهى'] },
    { name: 'line breaks end sentences (headline, paragraphs)', input: 'عنوان الخبر\n\nالفقرة الأولى\nالفقرة الثانية', expected: ['عنوان الخبر', 'الفقرة الأولى', 'الفقرة الثانية'] },
    { name: 'no split inside a dotted date', input: 'صدر القرار في 12.02.2018 وطبق فورا.', expected: ['صدر القرار في 12.02.2018 وطبق فورا.'] },
    { name: 'no split inside a decimal number, in any digit system', input: 'ارتفع المؤشر 3.5 بالمئة و٢.٧ بالمئة. ثم تراجع.', expected: ['ارتفع المؤشر 3.5 بالمئة و٢.٧ بالمئة.', 'ثم تراجع.'] },
    { name: 'closing quotes belong to the sentence they end', input: 'قال: «انتهى الأمر.» ثم غادر.', expected: ['قال: «انتهى الأمر.»', 'ثم غادر.'] },
    { name: 'a year at the end of a sentence', input: 'اندلعت الحرب عام 1950. وانتهت عام 1953.', expected: ['اندلعت الحرب عام 1950.', 'وانتهت عام 1953.'] },
  ];
  test.each(cases)('$name', ({ input, expected }) => expect(splitSentences(input).map((s) => s.text)).toEqual(expected));

  test('offsets slice the original text', () => {
    const input = '  أولى.   ثانية؟\n\u200fثالثة  ';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    // Invisible marks at the edges are trimmed like spaces.
    expect(splitSentences(input).map((s) => s.text)).toEqual(['أولى.', 'ثانية؟', 'ثالثة']);
  });
});
