import { describe, expect, test } from 'vitest';
import { normalizeForMatching, toNormalized, toOriginal } from '../../../src/lib/text/normalize.ts';

describe('normalizeForMatching: what matching sees', () => {
  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'Arabic-Indic digits become ASCII', input: '٢٧ تموز ٢٠٢٣', expected: '27 تموز 2023' },
    { name: 'Persian (extended) digits become ASCII', input: '۱۴ فروردین ۱۴۰۲', expected: '14 فروردين 1402' },
    { name: 'Arabic decimal and thousands separators', input: '٣٫٥ و٢٬٠٠٠', expected: '3.5 و2,000' },
    { name: 'tatweel after a clitic disappears', input: 'الموافق لـ 27 والذكرى الـ 70', expected: 'الموافق ل 27 والذكري ال 70' },
    { name: 'diacritics and tanween disappear', input: 'غداً يُعقَد الاجتماعُ', expected: 'غدا يعقد الاجتماع' },
    { name: 'alef forms fold to bare alef', input: 'أيار إبريل آذار ٱلأمس', expected: 'ايار ابريل اذار الامس' },
    { name: 'alef maqsura, ta marbuta and hamza carriers fold', input: 'الذكرى السنة مسؤول رئيس', expected: 'الذكري السنه مسوول رييس' },
    { name: 'Persian yeh and keheh fold to Arabic letters', input: 'تشرین کانون', expected: 'تشرين كانون' },
    { name: 'NBSP and typographic spaces become one space', input: '29\u00a0\u2009آذار', expected: '29 اذار' },
    { name: 'bidi and zero-width marks vanish', input: '\u200f27\u200e \u061cتموز\u2067/\u2069يوليو\u200d', expected: '27 تموز/يوليو' },
    { name: 'en dash and minus become a hyphen', input: '1950–1953 و2000−2001', expected: '1950-1953 و2000-2001' },
    { name: 'presentation forms decompose (lam-alef ligature)', input: 'ﻻ', expected: 'لا' },
    { name: 'line breaks stay, spaces around them collapse', input: 'سطر  أول\n  سطر ثان', expected: 'سطر اول\nسطر ثان' },
  ];
  test.each(cases)('$name', ({ input, expected }) => expect(normalizeForMatching(input).text).toBe(expected));
});

describe('offsets map back to the original text', () => {
  const cases: { name: string; input: string; find: string; expected: string }[] = [
    { name: 'a date behind RLM marks', input: 'قال \u200f٢٧\u200f تموز', find: '27 تموز', expected: '٢٧\u200f تموز' },
    { name: 'a clitic with tatweel', input: 'الموافق لـ 27 يوليو', find: 'ل 27', expected: 'لـ 27' },
    { name: 'a span ending on a letter keeps its tanween', input: 'يصل غداً إلى', find: 'غدا', expected: 'غداً' },
    { name: 'a Hijri era mark keeps its tatweel', input: '1439 هـ.', find: '1439 ه', expected: '1439 هـ' },
    { name: 'across a no-break space', input: 'في 29 \u00a0آذار', find: '29 اذار', expected: '29 \u00a0آذار' },
    { name: 'diacritized month name', input: 'في شُبَاطٌ القادم', find: 'شباط', expected: 'شُبَاطٌ' },
  ];
  test.each(cases)('$name', ({ input, find, expected }) => {
    const n = normalizeForMatching(input);
    const at = n.text.indexOf(find);
    expect(at).toBeGreaterThanOrEqual(0);
    const [a, b] = toOriginal(n, at, at + find.length);
    expect(input.slice(a, b)).toBe(expected);
  });

  test('every normalized unit points at an original unit that normalizes to it or decomposes into it', () => {
    const input = 'أعلنت\u200f الوزارة ٢٣ أيلول/سبتمبر ٢٠١٩ ﻻ  غداً';
    const n = normalizeForMatching(input);
    expect(n.startOf.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const a = n.startOf[i]!;
      const b = n.endOf[i]!;
      expect(a).toBeLessThan(b);
      if (i > 0) expect(a).toBeGreaterThanOrEqual(n.startOf[i - 1]!);
      expect(normalizeForMatching(input.slice(a, a + 1)).text.includes(n.text[i]!) || n.text[i] === ' ').toBe(true);
    }
  });

  test('toNormalized finds the normalized offset of an original offset', () => {
    const input = '\u200fاليوم \u200fالخميس';
    const n = normalizeForMatching(input);
    expect(n.text).toBe('اليوم الخميس');
    expect(toNormalized(n, input.indexOf('الخميس'))).toBe(n.text.indexOf('الخميس'));
    expect(toNormalized(n, input.length)).toBe(n.text.length);
  });
});
