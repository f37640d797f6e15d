import { describe, expect, test } from 'vitest';
import { fillGapsWhere, fillShortGaps, pageFontCss, shortestRange } from '../../../src/loader/page-font-css.ts';

describe('fillGapsWhere', () => {
  test('fills a gap only when every code point in it passes', () => {
    expect(fillGapsWhere([1, 4, 8], (c) => c !== 6)).toEqual([1, 2, 3, 4, 8]);
  });
  test('leaves gaps longer than the limit', () => {
    expect(fillGapsWhere([10, 12, 100], () => true, 32)).toEqual([10, 11, 12, 100]);
  });
});

describe('fillShortGaps', () => {
  test('joins code points less than 32 apart, not farther', () => {
    const filled = fillShortGaps([0x21, 0x25, 0x3a, 0xab]);
    expect(filled.slice(0, -1)).toEqual(Array.from({ length: 0x3a - 0x21 + 1 }, (_, i) => 0x21 + i));
    expect(filled.at(-1)).toBe(0xab);
  });
});

describe('shortestRange', () => {
  test('picks the list whose unicode-range is shortest, the first of equals', () => {
    expect(shortestRange([[1, 3, 5], [1, 2, 3, 4, 5]])).toEqual([1, 2, 3, 4, 5]);
    expect(shortestRange([[7], [8]])).toEqual([7]);
  });
});

describe('pageFontCss', () => {
  const subset = [
    { weight: 400, codePoints: [0x20, 0x627, 0x628, 0x62a], url: 'a/subset-400.woff2', coarse: true },
    { weight: 700, codePoints: [], url: 'a/empty-700.woff2', coarse: true },
  ];
  const full = [{ weight: 400, codePoints: [0x20, 0x627, 0x628, 0x62a, 0x750, 0x751], url: 'b/full-400.woff2' }];
  const css = pageFontCss('Test Naskh', subset, full);
  const rules = css.trim().split('\n');

  test('declares the full face first and the subset after it, so the subset is asked first', () => {
    expect(rules).toHaveLength(2);
    expect(rules[0]).toContain('url(b/full-400.woff2)');
    expect(rules[1]).toContain('url(a/subset-400.woff2)');
  });

  test('a face without code points is not declared', () => {
    expect(css).not.toContain('empty-700');
  });

  test('the subset claims its gaps filled and swaps in; the full face claims exactly its code points and blocks', () => {
    expect(rules[1]).toContain('unicode-range:U+20,U+627-62A;');
    expect(rules[1]).toContain('font-display:swap');
    expect(rules[0]).toContain('unicode-range:U+20,U+627-628,U+62A,U+750-751;');
    expect(rules[0]).not.toContain('font-display');
    expect(rules[0]).toContain("font-family:'Test Naskh';");
    expect(rules[0]).toContain('font-weight:400;');
  });
});
