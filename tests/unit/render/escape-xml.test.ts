import { expect, test } from 'vitest';
import { escapeXml, isolateRtl } from '../../../src/lib/render/escape-xml.ts';

test.each([
  ['markup', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['attribute breakout', '"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
  ['ampersand first', '&lt;', '&amp;lt;'],
  ['quotes', `a'b"c`, 'a&#39;b&quot;c'],
  ['XML-forbidden controls dropped', 'a\u0000b\u0008c\u001Fd', 'abcd'],
  ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
  ['lone surrogate dropped', 'a\uD800b', 'ab'],
  ['surrogate pair kept', 'a😀b', 'a😀b'],
  ['Arabic untouched', 'الهدنة الكورية', 'الهدنة الكورية'],
])('escapeXml: %s', (_name, input, expected) => expect(escapeXml(input)).toBe(expected));

test.each([
  ['plain Arabic is isolated', 'العرض العسكري', '\u2067العرض العسكري\u2069'],
  ['stray overrides are removed before isolating', 'a\u202Eb\u2066c\u2069\u200Fd', '\u2067abcd\u2069'],
])('isolateRtl: %s', (_name, input, expected) => expect(isolateRtl(input)).toBe(expected));
