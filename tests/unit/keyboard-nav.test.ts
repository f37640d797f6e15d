import { expect, test } from 'vitest';
import { neighbourInTime, type NavKey } from '../../src/lib/keyboard-nav.ts';

const order = ['a', 'b', 'c'];
test.each<[string, string | null, NavKey, 'rtl' | 'ltr', string | null]>([
  ['rtl: left goes later', 'a', 'ArrowLeft', 'rtl', 'b'],
  ['rtl: right goes earlier', 'b', 'ArrowRight', 'rtl', 'a'],
  ['ltr: right goes later', 'a', 'ArrowRight', 'ltr', 'b'],
  ['ltr: left goes earlier', 'b', 'ArrowLeft', 'ltr', 'a'],
  ['down is later in both', 'b', 'ArrowDown', 'ltr', 'c'],
  ['up is earlier in both', 'b', 'ArrowUp', 'rtl', 'a'],
  ['stops at the last', 'c', 'ArrowLeft', 'rtl', null],
  ['stops at the first', 'a', 'ArrowRight', 'rtl', null],
  ['Home', 'b', 'Home', 'rtl', 'a'],
  ['End', 'a', 'End', 'rtl', 'c'],
  ['from nothing forward starts at the first', null, 'ArrowLeft', 'rtl', 'a'],
  ['from nothing backward starts at the last', null, 'ArrowRight', 'rtl', 'c'],
])('%s', (_name, current, key, dir, expected) => expect(neighbourInTime(order, current, key, dir)).toBe(expected));

test('empty order', () => expect(neighbourInTime([], null, 'Home', 'rtl')).toBeNull());
