import { describe, expect, test } from 'vitest';
import { estimateTextWidth, fitLabel, truncateToWidth, type TextStyle } from '../../../src/lib/timeline/text-width.ts';
import { prng } from '../../helpers/prng.ts';

/** The straightforward truncation (measure every candidate string again): what the fast one must equal. */
function referenceTruncate(text: string, maxWidth: number, style: TextStyle): string {
  const trimmed = text.trim();
  if (estimateTextWidth(trimmed, style) <= maxWidth) return trimmed;
  const chars = Array.from(trimmed);
  let lo = 1;
  let hi = chars.length - 1;
  let best = 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (estimateTextWidth(chars.slice(0, mid).join('').trimEnd() + '…', style) <= maxWidth) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const prefix = chars.slice(0, best).join('');
  const lastSpace = prefix.trimEnd().lastIndexOf(' ');
  if (lastSpace > 0 && lastSpace >= prefix.length / 2) return prefix.slice(0, lastSpace).trimEnd() + '…';
  return prefix.trimEnd() + '…';
}


// Letters that join and letters that do not, lam + alef forms, harakat and shadda, tatweel,
// spaces of several kinds, both digit systems, Latin, punctuation, a ZWJ, bidi marks and an emoji.
const ALPHABET = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءآأإؤئ',
  'لا', 'لأ', 'ل\u064Eا', '\u064E', '\u0651', '\u0670', 'ـ', ' ', ' ', ' ', '\u00A0', '\u2009',
  ...'٠١٢٣٤٥٦٧٨٩', ...'0123', ...'abcMW', '،', '«', '»', '…', '-', '\u200D', '\u200F', '\u2067', '\uFEFF', '😀',
];

describe('truncateToWidth equals the measure-every-candidate truncation', () => {
  test('on 4,000 generated labels at many widths and styles', () => {
    const r = prng(0xa11ce);
    for (let n = 0; n < 4000; n++) {
      const len = 1 + Math.floor(r() * 60);
      let text = '';
      for (let i = 0; i < len; i++) text += ALPHABET[Math.floor(r() * ALPHABET.length)];
      const style = { fontSize: [9, 12, 14, 17.5][n % 4] as number, bold: n % 3 === 0 };
      const max = 5 + r() * 260;
      const expected = referenceTruncate(text, max, style);
      expect(truncateToWidth(text, max, style), JSON.stringify({ text, max, style })).toBe(expected);
      // The width fitLabel reports is the one estimateTextWidth gives the label, to the last bit.
      expect(fitLabel(text, max, style)).toEqual({ text: expected, width: estimateTextWidth(expected, style) });
    }
  });

  test.each([
    { name: 'news headline', text: 'وزير الخارجية يعلن استئناف مفاوضات السلام في العاصمة', max: 200 },
    { name: 'ends in spaces', text: 'الهدنة   والاتفاق', max: 40 },
    { name: 'ends with harakat', text: 'مُحَمَّدٌ رَسُولُ اللَّهِ وَالَّذِينَ مَعَهُ', max: 90 },
    { name: 'one wide letter', text: 'ص', max: 2 },
    { name: 'emoji', text: '😀😀😀 حدث', max: 20 },
  ])('$name', ({ text, max }) => {
    expect(truncateToWidth(text, max, { fontSize: 14 })).toBe(referenceTruncate(text, max, { fontSize: 14 }));
  });
});
