import { expect, test } from 'vitest';
import { foldForMatching } from '../../../src/lib/timeline/month-naming.ts';

/** The folding rules spelled out one by one: the single-pass folding must equal them. */
function referenceFold(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u00A0\u2000-\u200A\u202F]/g, ' ');
}

test('foldForMatching treats every BMP character as the rules say', () => {
  let all = '';
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
  expect(foldForMatching(all)).toBe(referenceFold(all));
});

test.each([
  { input: 'في ٢٧ تمّوز/ يوليو ۲۰۲۳', expected: 'في 27 تموز/ يوليو 2023' },
  { input: 'إلى آخر الأسبوع\u200F', expected: 'الي اخر الاسبوع' },
  { input: 'الجمعة\u00A0المقبلة', expected: 'الجمعه المقبله' },
])('$input', ({ input, expected }) => {
  expect(foldForMatching(input)).toBe(expected);
});
