import { describe, expect, test } from 'vitest';
import { checkDataPath, MAX_DATA_PATH_LENGTH, parseDataParam } from '../../../src/edge/data-param.ts';

describe('parseDataParam', () => {
  test.each([
    { name: 'no parameter: the built dataset', search: '', expected: { kind: 'default' } },
    { name: 'other parameters only', search: '?embed=1&dir=ltr', expected: { kind: 'default' } },
    { name: 'a plain relative path', search: '?data=bench/events-100.json', expected: { kind: 'path', path: 'bench/events-100.json' } },
    { name: 'without the leading ?', search: 'data=x.json', expected: { kind: 'path', path: 'x.json' } },
    { name: 'a leading ./ is dropped', search: '?data=./data/other.json', expected: { kind: 'path', path: 'data/other.json' } },
    { name: 'percent-encoded in the URL, decoded once', search: '?data=bench%2Fevents.json', expected: { kind: 'path', path: 'bench/events.json' } },
    { name: 'an Arabic file name', search: `?data=${encodeURIComponent('بيانات/أخبار-٢٠٢٣.json')}`, expected: { kind: 'path', path: 'بيانات/أخبار-٢٠٢٣.json' } },
    { name: 'beside other options', search: '?embed=1&data=a/b.JSON&theme=dark', expected: { kind: 'path', path: 'a/b.JSON' } },
    { name: 'given twice', search: '?data=a.json&data=b.json', expected: { kind: 'refused', value: 'a.json, b.json', reason: 'repeated' } },
  ])('$name', ({ search, expected }) => {
    expect(parseDataParam(search)).toEqual(expected);
  });
});

describe('checkDataPath refuses everything but a relative .json path inside the page folder', () => {
  test.each([
    { value: '', reason: 'empty' },
    { value: '   ', reason: 'empty' },
    { value: 'https://evil.example/x.json', reason: 'absolute-url' },
    { value: 'HTTP://evil.example/x.json', reason: 'absolute-url' },
    { value: 'javascript:alert(1)', reason: 'absolute-url' },
    { value: 'data:application/json,{}', reason: 'absolute-url' },
    { value: 'blob:https://x/1', reason: 'absolute-url' },
    { value: 'file:///etc/passwd', reason: 'absolute-url' },
    { value: 'c:x.json', reason: 'absolute-url' },
    { value: '//evil/x', reason: 'protocol-relative' },
    { value: '//evil.example/x.json', reason: 'protocol-relative' },
    { value: '\\\\evil\\x.json', reason: 'backslash' },
    { value: '/\\evil/x.json', reason: 'backslash' },
    { value: 'a\\..\\b.json', reason: 'backslash' },
    { value: '/data/timeline.json', reason: 'root-path' },
    { value: '../x.json', reason: 'parent-segment' },
    { value: 'a/../../x.json', reason: 'parent-segment' },
    { value: 'a/../b.json', reason: 'parent-segment' },
    { value: './../x.json', reason: 'parent-segment' },
    { value: '%2e%2e/x.json', reason: 'encoded' },
    { value: 'a%2Fb.json', reason: 'encoded' },
    { value: 'x.json?y=1', reason: 'query-or-fragment' },
    { value: 'x.json#y', reason: 'query-or-fragment' },
    { value: '.env.json', reason: 'hidden' },
    { value: '.git/config.json', reason: 'hidden' },
    { value: 'a/./b.json', reason: 'hidden' },
    { value: 'a//b.json', reason: 'characters' },
    { value: 'a b.json', reason: 'characters' },
    { value: 'a\u202Eb.json', reason: 'characters' },
    { value: 'a\nb.json', reason: 'characters' },
    { value: 'a:b/c.json', reason: 'absolute-url' },
    { value: 'dir/', reason: 'characters' },
    { value: 'data/timeline.txt', reason: 'not-json' },
    { value: 'data/timeline', reason: 'not-json' },
    { value: `${'a'.repeat(MAX_DATA_PATH_LENGTH)}.json`, reason: 'too-long' },
  ])('«$value» → $reason', ({ value, reason }) => {
    expect(checkDataPath(value)).toEqual({ kind: 'refused', value, reason });
  });

  test('every accepted path resolves inside the page folder, whatever the page URL', () => {
    const pages = ['https://news.example/timeline/index.html', 'https://news.example/a/b/', 'http://127.0.0.1:5173/'];
    for (const value of ['x.json', './x.json', 'a/b/c.json', 'a.b/c.d.json', '~x/y_z-1.json']) {
      const r = checkDataPath(value);
      expect(r.kind).toBe('path');
      for (const page of pages) {
        const url = new URL(r.kind === 'path' ? r.path : '', page);
        const folder = new URL('.', page);
        expect(url.origin).toBe(folder.origin);
        expect(url.pathname.startsWith(folder.pathname)).toBe(true);
      }
    }
  });
});
