import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VIEW_OPTIONS,
  eventHash,
  parseEventHash,
  parseViewOptions,
  type ViewOptions,
} from '../../../src/lib/embed/view-options.ts';
import { viewOptionsToSearch } from '../../../src/lib/embed/view-options-search.ts';

const D = DEFAULT_VIEW_OPTIONS;

describe('parseViewOptions reads every option and falls back to the default for a bad value', () => {
  const cases: { name: string; search: string; hash?: string; expected: Partial<ViewOptions> }[] = [
    { name: 'empty URL', search: '', expected: {} },
    { name: 'just a question mark', search: '?', expected: {} },
    { name: 'embed=1', search: '?embed=1', expected: { embed: true } },
    { name: 'embed=0', search: '?embed=0', expected: { embed: false } },
    { name: 'embed=true is not a flag value', search: '?embed=true', expected: {} },
    { name: 'embed without a value', search: '?embed', expected: {} },
    { name: 'event id', search: '?event=e-2023-07-27_ab12', expected: { event: 'e-2023-07-27_ab12' } },
    { name: 'percent-encoded Arabic document id', search: '?doc=%D8%AE%D8%A8%D8%B1_1', expected: { doc: 'خبر_1' } },
    { name: 'document id', search: 'doc=000_60d000e42980cfc8', expected: { doc: '000_60d000e42980cfc8' } },
    { name: 'event id with markup', search: '?event=%22%3E%3Cscript%3E', expected: {} },
    { name: 'event id with a slash', search: '?event=a/b', expected: {} },
    { name: 'event id with a space', search: '?event=a%20b', expected: {} },
    { name: 'empty event id', search: '?event=', expected: {} },
    { name: 'event id of 129 characters', search: '?event=' + 'a'.repeat(129), expected: {} },
    { name: 'event id of 128 characters', search: '?event=' + 'a'.repeat(128), expected: { event: 'a'.repeat(128) } },
    { name: 'document id with a colon', search: '?doc=javascript:alert(1)', expected: {} },
    { name: 'theme=dark', search: '?theme=dark', expected: { theme: 'dark' } },
    { name: 'theme=light', search: '?theme=light', expected: { theme: 'light' } },
    { name: 'theme=auto', search: '?theme=auto', expected: { theme: 'auto' } },
    { name: 'theme in capitals', search: '?theme=DARK', expected: { theme: 'dark' } },
    { name: 'unknown theme', search: '?theme=sepia', expected: {} },
    { name: 'dir=ltr', search: '?dir=ltr', expected: { dir: 'ltr' } },
    { name: 'dir=rtl', search: '?dir=rtl', expected: { dir: 'rtl' } },
    { name: 'unknown dir', search: '?dir=up', expected: {} },
    { name: 'digits=latn', search: '?digits=latn', expected: { digits: 'latn' } },
    { name: 'digits=arab', search: '?digits=arab', expected: { digits: 'arab' } },
    { name: 'unknown digits', search: '?digits=roman', expected: {} },
    { name: 'hijri=1', search: '?hijri=1', expected: { hijri: true } },
    { name: 'hijri=0', search: '?hijri=0', expected: { hijri: false } },
    { name: 'hijri=yes', search: '?hijri=yes', expected: {} },
    { name: 'first of two values counts', search: '?theme=dark&theme=light', expected: { theme: 'dark' } },
    { name: 'a malformed percent escape costs nothing', search: '?event=%E0%A4%A&theme=dark', expected: { theme: 'dark' } },
    { name: 'unknown keys are ignored', search: '?utm_source=x&theme=light', expected: { theme: 'light' } },
    {
      name: 'every option at once',
      search: '?embed=1&event=ev1&theme=dark&dir=ltr&digits=latn&hijri=1&doc=d1',
      expected: { embed: true, event: 'ev1', theme: 'dark', dir: 'ltr', digits: 'latn', hijri: true, doc: 'd1' },
    },
    { name: '#event in the hash', search: '', hash: '#event=ev2', expected: { event: 'ev2' } },
    { name: 'hash without #', search: '', hash: 'event=ev2', expected: { event: 'ev2' } },
    { name: 'the hash wins over ?event=', search: '?event=ev1', hash: '#event=ev2', expected: { event: 'ev2' } },
    { name: 'an invalid hash event leaves ?event=', search: '?event=ev1', hash: '#event=%3Cb%3E', expected: { event: 'ev1' } },
    { name: 'a hash that is not an event leaves ?event=', search: '?event=ev1', hash: '#top', expected: { event: 'ev1' } },
    { name: 'hash with other pairs', search: '', hash: '#x=1&event=ev3', expected: { event: 'ev3' } },
    { name: 'options in the hash other than event are not read', search: '', hash: '#theme=dark', expected: {} },
  ];
  test.each(cases)('$name', ({ search, hash, expected }) => {
    expect(parseViewOptions(search, hash ?? '')).toEqual({ ...D, ...expected });
  });
});

describe('parseViewOptions never throws', () => {
  test('on arbitrary strings, and always returns values from the allowed sets', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (search, hash) => {
        const o = parseViewOptions(search, hash);
        expect(['light', 'dark', 'auto']).toContain(o.theme);
        expect(['rtl', 'ltr']).toContain(o.dir);
        expect(['arab', 'latn']).toContain(o.digits);
        for (const id of [o.event, o.doc]) if (id !== null) expect(id).toMatch(/^[\p{L}\p{N}_.-]{1,128}$/u);
      }),
    );
  });
  test('on values that are not strings (a caller in plain JavaScript)', () => {
    expect(parseViewOptions(undefined as unknown as string, null as unknown as string)).toEqual(D);
  });
});

describe('viewOptionsToSearch writes only non-default values, in a fixed order', () => {
  const cases: { name: string; options: Partial<ViewOptions>; expected: string }[] = [
    { name: 'defaults give an empty string', options: {}, expected: '' },
    { name: 'embed', options: { embed: true }, expected: '?embed=1' },
    { name: 'theme and digits', options: { digits: 'latn', theme: 'dark' }, expected: '?theme=dark&digits=latn' },
    {
      name: 'everything',
      options: { hijri: true, digits: 'latn', dir: 'ltr', theme: 'light', event: 'e1', doc: 'd1', embed: true },
      expected: '?embed=1&doc=d1&event=e1&theme=light&dir=ltr&digits=latn&hijri=1',
    },
    { name: 'Arabic ids are percent-encoded', options: { doc: 'خبر' }, expected: '?doc=%D8%AE%D8%A8%D8%B1' },
    { name: 'an unsafe id is left out', options: { event: '"><script>' }, expected: '' },
  ];
  test.each(cases)('$name', ({ options, expected }) => {
    expect(viewOptionsToSearch({ ...D, ...options })).toBe(expected);
  });

  test('parseViewOptions reads back what viewOptionsToSearch wrote', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_.\u0621-\u064A-]{1,128}$/);
    const options = fc.record({
      embed: fc.boolean(),
      event: fc.option(id, { nil: null }),
      theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
      dir: fc.constantFrom('rtl' as const, 'ltr' as const),
      digits: fc.constantFrom('arab' as const, 'latn' as const),
      hijri: fc.boolean(),
      doc: fc.option(id, { nil: null }),
    });
    fc.assert(
      fc.property(options, (o) => {
        expect(parseViewOptions(viewOptionsToSearch(o), '')).toEqual(o);
      }),
    );
  });
});

describe('event hash', () => {
  test.each([
    { name: 'plain id', id: 'e1', hash: '#event=e1' },
    { name: 'Arabic id', id: 'حدث.1', hash: '#event=%D8%AD%D8%AF%D8%AB.1' },
    { name: 'unsafe id gives no hash', id: 'a&event=b', hash: '' },
  ])('eventHash: $name', ({ id, hash }) => expect(eventHash(id)).toBe(hash));

  test.each([
    { hash: '#event=e1', expected: 'e1' },
    { hash: '#event=%D8%AD%D8%AF%D8%AB', expected: 'حدث' },
    { hash: '', expected: null },
    { hash: '#', expected: null },
    { hash: '#event', expected: null },
    { hash: '#e1', expected: null },
    { hash: '#event=' + 'x'.repeat(200), expected: null },
    { hash: '#event=javascript:alert(1)', expected: null },
  ])('parseEventHash($hash) → $expected', ({ hash, expected }) => expect(parseEventHash(hash)).toBe(expected));

  test('parseEventHash reads back eventHash', () => expect(parseEventHash(eventHash('a_b-c.9'))).toBe('a_b-c.9'));
});
