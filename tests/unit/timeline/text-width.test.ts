import { describe, expect, test } from 'vitest';
import { estimateTextWidth, truncateToWidth } from '../../../src/lib/timeline/text-width.ts';

const at = (fontSize: number, bold = false) => ({ fontSize, bold });

describe('estimateTextWidth', () => {
  test.each([
    ['حرب التحرير الوطنية'],
    ['وزارة الدفاع الروسية تعلن نتائج الزيارة'],
    ['١٢٣٤٥٦٧٨٩٠١٢'],
    ['Weapons Expo 2023'],
  ])('grows as words or digits are appended: %s', (text) => {
    const units = text.includes(' ') ? text.split(' ') : Array.from(text);
    const joiner = text.includes(' ') ? ' ' : '';
    let previous = 0;
    for (let n = 1; n <= units.length; n++) {
      const width = estimateTextWidth(units.slice(0, n).join(joiner), at(14));
      expect(width).toBeGreaterThan(previous);
      previous = width;
    }
  });

  test.each([
    { text: 'العرض العسكري', a: at(14), b: at(14, true) },
    { text: 'العرض العسكري', a: at(14), b: at(16) },
    { text: '⋯ ٧٠ عامًا ⋯', a: at(12), b: at(12, true) },
  ])('wider in bold or at a bigger size: $text', ({ text, a, b }) => {
    expect(estimateTextWidth(text, b)).toBeGreaterThan(estimateTextWidth(text, a));
  });

  test('scales linearly with the font size', () => {
    expect(estimateTextWidth('معرض الأسلحة', at(28))).toBeCloseTo(2 * estimateTextWidth('معرض الأسلحة', at(14)), 9);
  });

  test.each([
    { name: 'empty', text: '', expected: 0 },
    { name: 'only invisible marks', text: '\u200f\u200e\u061c', expected: 0 },
  ])('$name is zero wide', ({ text, expected }) => {
    expect(estimateTextWidth(text, at(14))).toBe(expected);
  });

  test('diacritics and bidi marks add nothing', () => {
    expect(estimateTextWidth('تمّوز', at(14))).toBe(estimateTextWidth('تموز', at(14)));
    expect(estimateTextWidth('\u200f٢٧ تموز', at(14))).toBe(estimateTextWidth('٢٧ تموز', at(14)));
  });

  test('a letter joined to the next is narrower than the same letter alone (contextual forms)', () => {
    expect(estimateTextWidth('بب', at(14))).toBeLessThan(2 * estimateTextWidth('ب', at(14)));
    // ي before ر takes its narrow initial form (ـي alone has a wide tail).
    expect(estimateTextWidth('ير', at(14))).toBeLessThan(estimateTextWidth('ي', at(14)) + estimateTextWidth('ر', at(14)));
  });

  // Advances measured with HarfBuzz (harfbuzzjs 1.6.4) on Noto Naskh Arabic from
  // @fontsource/noto-naskh-arabic 5.3.0, in em. The estimate must never be narrower, and not wildly wider.
  test.each([
    { text: 'حرب التحرير الوطنية', bold: false, em: 7.563 },
    { text: 'حرب التحرير الوطنية', bold: true, em: 7.743 },
    { text: 'وزارة الدفاع الروسية', bold: false, em: 7.321 },
    { text: 'وزارة الدفاع الروسية', bold: true, em: 7.626 },
    { text: '٠١٢٣٤٥٦٧٨٩', bold: false, em: 4.49 },
    { text: '٠١٢٣٤٥٦٧٨٩', bold: true, em: 4.88 },
    { text: 'لا', bold: false, em: 0.518 },
    { text: 'الله', bold: false, em: 1.147 },
  ])('upper bound of the measured width: $text (bold $bold)', ({ text, bold, em }) => {
    const estimate = estimateTextWidth(text, at(100, bold)) / 100;
    expect(estimate).toBeGreaterThanOrEqual(em);
    expect(estimate).toBeLessThan(em * 1.35);
  });
});

describe('truncateToWidth', () => {
  const style = at(14);
  test.each([
    { text: 'الهدنة', max: 200 },
    { text: 'وزارة الدفاع الروسية', max: 200 },
  ])('leaves text that fits unchanged: $text', ({ text, max }) => {
    expect(truncateToWidth(text, max, style)).toBe(text);
  });

  test.each([
    { text: 'وزارة الدفاع الروسية تعلن نتائج زيارة الوزير إلى بيونغ يانغ', max: 120 },
    { text: 'حرب التحرير الوطنية', max: 60 },
    { text: 'انتخاباتبرلمانيةمبكرة', max: 50 },
    { text: 'حرب التحرير الوطنية', max: 5 },
  ])('cuts to the width with «…»: $text at $max px', ({ text, max }) => {
    const out = truncateToWidth(text, max, style);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeGreaterThan(1); // at least one letter is kept
    expect(text.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
    if (max >= 50) expect(estimateTextWidth(out, style)).toBeLessThanOrEqual(max);
  });

  test('prefers a word boundary when it keeps most of the room', () => {
    const out = truncateToWidth('وزارة الدفاع الروسية تعلن نتائج الزيارة', 130, style);
    expect(out.endsWith(' …')).toBe(false);
    const kept = out.slice(0, -1);
    expect('وزارة الدفاع الروسية تعلن نتائج الزيارة'.startsWith(`${kept} `)).toBe(true);
  });
});
