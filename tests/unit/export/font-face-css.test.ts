import { describe, expect, test } from 'vitest';
import { fontFaceCss, isEmbeddedFontCss, unicodeRange } from '../../../src/lib/export/font-face-css.ts';
import type { ExportFontBundle } from '../../../src/lib/export/export-fonts.ts';

test.each([
  { input: [], expected: '' },
  { input: [0x20], expected: 'U+20' },
  { input: [0x20, 0x621, 0x622, 0x623, 0x660], expected: 'U+20,U+621-623,U+660' },
])('unicodeRange($input)', ({ input, expected }) => {
  expect(unicodeRange(input)).toBe(expected);
});

const bundle: ExportFontBundle = {
  family: 'Noto Naskh Arabic',
  charset: ' اب12',
  faces: [
    { subset: 'arabic', weight: 400, codePoints: [0x20, 0x627, 0x628], woff2: 'QUFB' },
    { subset: 'latin', weight: 400, codePoints: [0x31, 0x32], woff2: 'QkJC' },
    { subset: 'arabic', weight: 700, codePoints: [0x20, 0x627, 0x628], woff2: 'Q0ND' },
    { subset: 'latin', weight: 700, codePoints: [0x31, 0x32], woff2: 'RERE' },
  ],
};

describe('fontFaceCss', () => {
  test('only the faces of weights and characters that are drawn', () => {
    const css = fontFaceCss(bundle, { weights: new Set([400]), characters: new Set([0x20, 0x627]) });
    expect(css).toBe('@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:400;unicode-range:U+20,U+627-628;src:url(data:font/woff2;base64,QUFB) format("woff2")}');
    expect(isEmbeddedFontCss(css)).toBe(true);
  });
  test('a space alone does not pull in a face', () => {
    expect(fontFaceCss(bundle, { weights: new Set([700]), characters: new Set([0x20, 0x31]) })).toBe(
      '@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:700;unicode-range:U+31-32;src:url(data:font/woff2;base64,RERE) format("woff2")}',
    );
  });
});

describe('isEmbeddedFontCss', () => {
  const face = '@font-face{font-family:"Noto Naskh Arabic";font-style:normal;font-weight:400;unicode-range:U+20;src:url(data:font/woff2;base64,QUFB) format("woff2")}';
  test.each([
    { name: 'one face', css: face, ok: true },
    { name: 'two faces', css: `${face}\n${face}`, ok: true },
    { name: 'empty', css: '', ok: false },
    { name: 'remote font', css: face.replace('data:font/woff2;base64,QUFB', 'https://e.x/f.woff2'), ok: false },
    { name: 'extra rule', css: `${face}\ntext{fill:red}`, ok: false },
    { name: 'import', css: `@import url(x.css);\n${face}`, ok: false },
    { name: 'second src in the same rule', css: face.replace('format("woff2")}', 'format("woff2"),url(https://e.x/f) format("woff2")}'), ok: false },
    { name: 'closing the style element', css: face.replace('QUFB', 'QUFB</style><script>'), ok: false },
  ])('$name', ({ css, ok }) => {
    expect(isEmbeddedFontCss(css)).toBe(ok);
  });
});
