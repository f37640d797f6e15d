import { expect, test } from 'vitest';
import { exportFileName } from '../../../src/lib/export/file-name.ts';

const cases = [
  { name: 'Arabic letters kept, spaces become hyphens', title: 'لقاء جونغ أون وشويغو', fallback: 'x', expected: 'لقاء-جونغ-أون-وشويغو-timeline.svg' },
  { name: 'quotes and punctuation dropped', title: 'وزير: «اللقاء مهمّ»؟', fallback: 'x', expected: 'وزير-اللقاء-مهمّ-timeline.svg' },
  { name: 'path separators and Windows-forbidden characters removed', title: '../a\\b:c*d?e"f<g>h|i', fallback: 'x', expected: 'a-b-c-d-e-f-g-h-i-timeline.svg' },
  { name: 'bidi controls and control characters removed', title: '\u202Eخبر\u2066\u0007عاجل\u2069', fallback: 'x', expected: 'خبر-عاجل-timeline.svg' },
  { name: 'digits of both systems kept', title: 'حرب ١٩٥٠-1953', fallback: 'x', expected: 'حرب-١٩٥٠-1953-timeline.svg' },
  { name: 'long headlines cut at a word boundary', title: 'كلمة '.repeat(30), fallback: 'x', expected: `${Array(12).fill('كلمة').join('-')}-timeline.svg` },
  { name: 'one very long word is cut', title: 'ب'.repeat(100), fallback: 'x', expected: `${'ب'.repeat(60)}-timeline.svg` },
  { name: 'nothing left: the fallback', title: '«» ... ؟', fallback: '000_60d0', expected: '000_60d0-timeline.svg' },
  { name: 'reserved Windows name: the fallback', title: 'CON', fallback: '', expected: 'timeline-timeline.svg' },
];

test.each(cases)('$name', ({ title, fallback, expected }) => {
  expect(exportFileName(title, fallback)).toBe(expected);
});
