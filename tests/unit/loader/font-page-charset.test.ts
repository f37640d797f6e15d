import { describe, expect, test } from 'vitest';
import { ARABIC_BLOCK, pageCharset, stringsOf, uiStringsOf } from '../../../src/loader/page-font-charset.ts';

describe('uiStringsOf: the interface strings of a source file', () => {
  test('quoted strings with an Arabic letter are kept, Latin inside them too; English-only strings and code are not', () => {
    const source = [
      "const label = busy ? 'جارٍ الحفظ…' : 'حفظ PDF';",
      'const message = "Only English here";',
      'const title = `${count} خبرًا من الأرشيف`;',
      "if (kind === 'range') run();",
    ].join('\n');
    expect(uiStringsOf(source, false)).toEqual(['جارٍ الحفظ…', 'حفظ PDF', '  خبرًا من الأرشيف']);
  });

  test('comments never count, whatever language they are in; a URL in a string is not taken for one', () => {
    const source = [
      "// «أمس» is read as yesterday: 'قبل يوم'",
      '/* block: "مثال في تعليق" */',
      "const help = 'افتح https://example.org/ar للمزيد';",
    ].join('\n');
    expect(uiStringsOf(source, false)).toEqual(['افتح https://example.org/ar للمزيد']);
  });

  test('markup text between tags is kept without its {expressions}; script and style blocks are code', () => {
    const source = [
      "<script lang=\"ts\">let n = $state(0); const hidden = 'x';</script>",
      '<button onclick={() => (n = n > 2 ? 0 : n + 1)}>أعد التحميل ({n})</button>',
      '<p>No Arabic in this paragraph</p>',
      '<style>.a::before { content: "b"; }</style>',
    ].join('\n');
    const strings = uiStringsOf(source, true);
    expect(strings).toHaveLength(1);
    expect(strings[0]).toContain('أعد التحميل (');
    // Nothing of the handler or the expression: no letter, digit or operator of the code.
    expect(strings[0]).not.toMatch(/[A-Za-z0-9=>?:+]/);
  });
});

describe('stringsOf', () => {
  test('collects every string value at any depth, never a key', () => {
    expect(stringsOf({ titleKey: 'عنوان', list: [{ note: 'ملاحظة', n: 3 }, ['سطر']], flag: true }).sort()).toEqual(['سطر', 'عنوان', 'ملاحظة']);
  });
});

describe('pageCharset', () => {
  const cps = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

  test('holds the whole basic Arabic block except the number enclosers, so Persian, Urdu and Kurdish letters need no other face', () => {
    const set = new Set(cps(pageCharset([])));
    // پ چ ژ گ (Persian), ٹ ڈ ڑ ے (Urdu), ڕ ۆ (Kurdish), ۵ (Persian five), ٪ and ؟
    for (const c of cps('پچژگٹڈڑےڕۆ۵٪؟')) expect(set.has(c), String.fromCodePoint(c)).toBe(true);
    const [from, to] = ARABIC_BLOCK;
    const missing = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((c) => !set.has(c));
    expect(missing).toEqual([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd]);
  });

  test('adds the texts, both digit sets and the joiners; sorted without duplicates', () => {
    const charset = pageCharset(['Reuters ١٢', 'Reuters', 'ZWNJ: می‌خواهم']);
    const list = cps(charset);
    expect(list).toEqual([...new Set(list)].sort((a, b) => a - b));
    for (const c of 'RtZ0123456789٠١٢٣٤٥٦٧٨٩\u200C\u200D') expect(charset).toContain(c);
  });

  test('a number encloser in a text is kept: the texts decide, not the block rule', () => {
    expect(pageCharset(['\u06DD١٢'])).toContain('\u06DD');
  });
});
