import { afterEach, expect, test } from 'vitest';
import { gregorianParts, hijriParts, prepareDateText } from '../../../src/lib/timeline/date-parts.ts';
import { detectMonthNaming } from '../../../src/lib/timeline/month-naming.ts';

const RealDateTimeFormat = Intl.DateTimeFormat;
let built = 0;
/** Intl.DateTimeFormat, counting how many formatters are built. */
const Counting = new Proxy(RealDateTimeFormat, {
  construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    built++;
    return new target(...args);
  },
});
afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
});

// A file of its own: the formatter caches are module state, and this test needs them empty at first.
test('after prepareDateText the first drawing builds no Intl formatter of its own', () => {
  Intl.DateTimeFormat = Counting;
  prepareDateText({ digits: 'latn', hijri: true });
  expect(built).toBeGreaterThan(0);
  built = 0;
  expect(detectMonthNaming('وقعت الهدنة في 27 تموز 1953')).toBe('levantine');
  expect(gregorianParts(Date.UTC(1953, 6, 27), { digits: 'latn', monthNaming: 'levantine' })).toEqual({ weekday: 'الاثنين', day: '27', month: 'تموز', year: '1953' });
  expect(hijriParts(Date.UTC(1953, 6, 27), 'latn').year).toMatch(/^13\d\d$/);
  expect(built).toBe(0);
});
