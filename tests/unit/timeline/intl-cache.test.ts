import { describe, expect, test } from 'vitest';
import { utcDateFormat } from '../../../src/lib/timeline/intl-cache.ts';

const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
const july27 = Date.UTC(1953, 6, 27);

describe('utcDateFormat', () => {
  test('one formatter per options object, locale and digits', () => {
    const a = utcDateFormat('ar-EG', 'arab', DAY_MONTH);
    expect(utcDateFormat('ar-EG', 'arab', DAY_MONTH)).toBe(a);
    expect(utcDateFormat('ar-EG', 'latn', DAY_MONTH)).not.toBe(a);
    expect(utcDateFormat('ar-SY', 'arab', DAY_MONTH)).not.toBe(a);
    expect(utcDateFormat('ar-EG', 'arab', { month: 'long' })).not.toBe(a);
  });

  test('an options object made per call reuses the formatter of equal options instead of building one', () => {
    const a = utcDateFormat('ar-SY', 'latn', { year: 'numeric', month: 'long' });
    const b = utcDateFormat('ar-SY', 'latn', { year: 'numeric', month: 'long' });
    expect(b).toBe(a);
  });

  test('formats in UTC with the digits asked for, whatever the options object', () => {
    expect(utcDateFormat('ar-EG', 'latn', DAY_MONTH).format(july27)).toBe('27 يوليو');
    expect(utcDateFormat('ar-SY', 'arab', DAY_MONTH).format(july27)).toBe('٢٧ تموز');
    expect(utcDateFormat('ar-EG', 'latn', DAY_MONTH).resolvedOptions().timeZone).toBe('UTC');
  });
});
