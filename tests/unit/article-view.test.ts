import { describe, expect, test } from 'vitest';
import { articleParagraphs } from '../../src/lib/article-view.ts';

const text = 'عنوان\n\nجملة أولى. جملة ثانية.\nفقرة أخرى';

describe('articleParagraphs', () => {
  test('splits on line breaks and drops blank lines', () => {
    const paras = articleParagraphs(text, null);
    expect(paras.map((p) => p.map((r) => r.text).join(''))).toEqual(['عنوان', 'جملة أولى. جملة ثانية.', 'فقرة أخرى']);
    expect(paras.flat().some((r) => r.highlighted)).toBe(false);
  });
  test('marks exactly the span, inside a paragraph', () => {
    const start = text.indexOf('جملة ثانية');
    const paras = articleParagraphs(text, [start, start + 'جملة ثانية.'.length]);
    expect(paras[1]).toEqual([
      { text: 'جملة أولى. ', highlighted: false },
      { text: 'جملة ثانية.', highlighted: true },
    ]);
  });
  test('a span across two paragraphs is marked in both', () => {
    const start = text.indexOf('ثانية');
    const end = text.indexOf('أخرى');
    const marked = articleParagraphs(text, [start, end]).flat().filter((r) => r.highlighted).map((r) => r.text);
    expect(marked).toEqual(['ثانية.', 'فقرة ']);
  });
});
