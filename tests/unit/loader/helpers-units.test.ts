/** The loader's small pure helpers: JSON error offsets, UTF-8 validation, line lookup, source paths. */
import { describe, expect, test } from 'vitest';
import { jsonSyntaxErrorOffset } from '../../../src/loader/json-syntax.ts';
import { LineIndex } from '../../../src/loader/line-index.ts';
import { sourcePath } from '../../../src/loader/source-path.ts';
import { firstInvalidUtf8, looksLikeUtf16 } from '../../../src/loader/utf8.ts';

describe('jsonSyntaxErrorOffset', () => {
  test.each([
    { name: 'valid object', input: '{"published": "2023-07-27", "n": [1, -2.5e3, true, null]}', expected: -1 },
    { name: 'valid with surrounding whitespace', input: '\n {"a": "\\u0041\\n"} \n', expected: -1 },
    { name: 'missing value', input: '{"a": }', expected: 6 },
    { name: 'trailing comma in object', input: '{"a": 1,}', expected: 8 },
    { name: 'trailing comma in array', input: '[1, 2,]', expected: 6 },
    { name: 'single quotes', input: "{'a': 1}", expected: 1 },
    { name: 'unquoted key', input: '{a: 1}', expected: 1 },
    { name: 'missing colon', input: '{"a" 1}', expected: 5 },
    { name: 'unterminated string', input: '{"a": "x', expected: 8 },
    { name: 'raw newline in a string', input: '{"a": "x\ny"}', expected: 8 },
    { name: 'bad escape', input: '{"a": "\\x"}', expected: 8 },
    { name: 'leading zero', input: '{"a": 01}', expected: 7 },
    { name: 'text after the value', input: '{} x', expected: 3 },
    { name: 'empty input', input: '', expected: 0 },
    { name: 'misspelt literal', input: '[tru]', expected: 1 },
  ])('$name → $expected', ({ input, expected }) => {
    expect(jsonSyntaxErrorOffset(input)).toBe(expected);
    // Agrees with JSON.parse on whether the text is valid.
    let valid = true;
    try {
      JSON.parse(input);
    } catch {
      valid = false;
    }
    expect(expected === -1).toBe(valid);
  });
});

describe('firstInvalidUtf8', () => {
  const b = (...x: number[]) => Uint8Array.from(x);
  test.each([
    { name: 'ASCII', input: b(0x61, 0x62), expected: -1 },
    { name: 'Arabic letters (2 bytes each)', input: new TextEncoder().encode('خبر ٢٠٢٣'), expected: -1 },
    { name: 'emoji (4 bytes)', input: new TextEncoder().encode('a😀b'), expected: -1 },
    { name: 'lone continuation byte', input: b(0x61, 0x80), expected: 1 },
    { name: 'Windows-1256 alef-lam', input: b(0x61, 0xc7, 0xe1), expected: 1 },
    { name: 'overlong 2-byte form', input: b(0xc1, 0xbf), expected: 0 },
    { name: 'overlong 3-byte form', input: b(0xe0, 0x9f, 0xbf), expected: 0 },
    { name: 'surrogate half', input: b(0x61, 0xed, 0xa0, 0x80), expected: 1 },
    { name: 'above U+10FFFF', input: b(0xf4, 0x90, 0x80, 0x80), expected: 0 },
    { name: 'truncated at the end', input: b(0x61, 0x62, 0xd8), expected: 2 },
    { name: 'truncated before ASCII', input: b(0xe2, 0x82, 0x41), expected: 0 },
    { name: '0xFF', input: b(0x61, 0xff), expected: 1 },
  ])('$name → $expected', ({ input, expected }) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      valid = false;
    }
    expect(expected === -1).toBe(valid);
  });
});

describe('looksLikeUtf16', () => {
  test.each([
    { name: 'Arabic sentence in UTF-16LE', input: Buffer.from('قال المتحدث يوم 27 تموز 2023 إن الاجتماع انتهى.', 'utf16le'), expected: true },
    { name: 'English sentence in UTF-16BE', input: Buffer.from('The meeting ended on 27 July 2023.', 'utf16le').swap16(), expected: true },
    { name: 'a few NUL bytes in binary data', input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), expected: false },
    { name: 'NULs on both parities', input: Buffer.alloc(64), expected: false },
  ])('$name → $expected', ({ input, expected }) => expect(looksLikeUtf16(input)).toBe(expected));
});

describe('LineIndex', () => {
  const text = 'ab\nخبر\n\nx';
  test.each([
    { offset: 0, expected: { line: 1, column: 1 } },
    { offset: 2, expected: { line: 1, column: 3 } },
    { offset: 3, expected: { line: 2, column: 1 } },
    { offset: 5, expected: { line: 2, column: 3 } },
    { offset: 7, expected: { line: 3, column: 1 } },
    { offset: 8, expected: { line: 4, column: 1 } },
    { offset: 9, expected: { line: 4, column: 2 } },
    { offset: 99, expected: { line: 4, column: 2 } },
    { offset: -5, expected: { line: 1, column: 1 } },
  ])('offset $offset → $expected.line:$expected.column', ({ offset, expected }) => {
    expect(new LineIndex(text).place(offset)).toEqual(expected);
  });
});

describe('sourcePath', () => {
  test.each([
    { name: 'inside the root', path: '/p/seeds/a.txt', root: '/p', given: '/p/seeds/a.txt', expected: 'seeds/a.txt' },
    { name: 'outside the root keeps the given path', path: '/tmp/x/a.txt', root: '/p', given: '../tmp/x/a.txt', expected: '../tmp/x/a.txt' },
    { name: 'a sibling folder whose name starts like the root', path: '/p2/a.txt', root: '/p', given: '/p2/a.txt', expected: '/p2/a.txt' },
  ])('$name', ({ path, root, given, expected }) => expect(sourcePath(path, root, given)).toBe(expected));
});
