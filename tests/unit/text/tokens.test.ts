import { describe, expect, test } from 'vitest';
import { readings } from '../../../src/lib/text/clitics.ts';
import { normalizeWord } from '../../../src/lib/text/normalize.ts';
import { tokenize } from '../../../src/lib/text/tokens.ts';

describe('tokenize', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    { name: 'a day glued to its month splits', input: '08جوان', expected: ['n:08', 'w:جوان'] },
    { name: 'a preposition glued to a number splits', input: 'في29 اذار', expected: ['w:في', 'n:29', 'w:اذار'] },
    { name: 'quantities keep their separators', input: '2,000 و3.5', expected: ['n:2,000', 'w:و', 'n:3.5'] },
    { name: 'a dotted date is one number token', input: '12.02.2018.', expected: ['n:12.02.2018', 'p:.'] },
    { name: 'slashes and hyphens are punctuation', input: '12/2/2018 1950-1953', expected: ['n:12', 'p:/', 'n:2', 'p:/', 'n:2018', 'n:1950', 'p:-', 'n:1953'] },
  ];
  test.each(cases)('$name', ({ input, expected }) => expect(tokenize(input).map((t) => `${t.kind}:${t.text}`)).toEqual(expected));

  test('spacing and line breaks are recorded', () => {
    const t = tokenize('تموز/ يوليو\nالعام');
    expect(t.map((x) => [x.text, x.spaced, x.newline])).toEqual([
      ['تموز', true, false],
      ['/', false, false],
      ['يوليو', true, false],
      ['العام', true, true],
    ]);
  });

  test('a range of the text can be tokenized with absolute offsets', () => {
    const text = 'قبل ثم 27 تموز بعد';
    const from = text.indexOf('27');
    const t = tokenize(text, from, text.indexOf(' بعد'));
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['27', 'تموز']);
  });
});

describe('readings: proclitics and the ل + ال fusion', () => {
  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'ل + ال fuses into لل', input: 'للذكرى', expected: 'الذكرى' },
    { name: 'ل + ال on an ordinal', input: 'للسابع', expected: 'السابع' },
    { name: 'و then ل + ال', input: 'وللعام', expected: 'العام' },
    { name: 'ب before the article', input: 'بالأمس', expected: 'الأمس' },
    { name: 'ف before a weekday', input: 'فالخميس', expected: 'الخميس' },
    { name: 'و before a month', input: 'ويوليو', expected: 'يوليو' },
  ];
  test.each(cases)('$name', ({ input, expected }) => {
    expect(readings(normalizeWord(input)).map((r) => r.stem)).toContain(normalizeWord(expected));
  });
  test('the word as written is always the first reading', () => {
    expect(readings('فيفري')[0]).toEqual({ stem: 'فيفري', prefix: '' });
    expect(readings('لبنان')[0]).toEqual({ stem: 'لبنان', prefix: '' });
  });
});
