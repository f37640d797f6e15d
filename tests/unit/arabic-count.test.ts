import { expect, test } from 'vitest';
import { formatEventCount } from '../../src/lib/arabic-count.ts';

test.each([
  [0, 'لا أحداث'],
  [1, 'حدث واحد'],
  [2, 'حدثان'],
  [3, '٣ أحداث'],
  [10, '١٠ أحداث'],
  [11, '١١ حدثًا'],
  [103, '١٠٣ أحداث'],
  [100, '١٠٠ حدث'],
  [111, '١١١ حدثًا'],
])('%d → %s', (n, expected) => expect(formatEventCount(n)).toBe(expected));
