import { describe, expect, test } from 'vitest';
import { heightMessage, isHeightMessage, isOpenMessage, MAX_EMBED_HEIGHT } from '../../../src/lib/embed/messages.ts';
import { heightMessageCases } from './height-message-cases.ts';

describe('heightMessage', () => {
  test.each([
    { name: 'whole pixels', height: 640, expected: { type: 'timeline:height', height: 640 } },
    { name: 'a fraction rounds up so nothing is clipped', height: 640.2, expected: { type: 'timeline:height', height: 641 } },
    { name: 'above the cap is capped', height: 50_000, expected: { type: 'timeline:height', height: MAX_EMBED_HEIGHT } },
    { name: 'zero is no height', height: 0, expected: null },
    { name: 'negative', height: -5, expected: null },
    { name: 'NaN', height: Number.NaN, expected: null },
    { name: 'Infinity', height: Number.POSITIVE_INFINITY, expected: null },
  ])('$name', ({ height, expected }) => expect(heightMessage(height)).toEqual(expected));

  test('every message it makes is accepted by isHeightMessage', () => {
    for (const h of [0.5, 1, 333.3, 19_999.5, 20_000, 99_999]) expect(isHeightMessage(heightMessage(h))).toBe(true);
  });
});

describe('isHeightMessage (the same table runs against static/embed.js)', () => {
  test.each(heightMessageCases)('$name → $accepted', ({ data, accepted }) => expect(isHeightMessage(data)).toBe(accepted));
});

describe('isOpenMessage accepts exactly {type: "timeline:open", id} with a safe id', () => {
  test.each([
    { name: 'well formed', data: { type: 'timeline:open', id: 'e1' }, expected: true },
    { name: 'keys in the other order', data: { id: 'e1', type: 'timeline:open' }, expected: true },
    { name: 'Arabic id', data: { type: 'timeline:open', id: 'حدث_2' }, expected: true },
    { name: 'extra key', data: { type: 'timeline:open', id: 'e1', url: 'https://evil.example/' }, expected: false },
    { name: 'missing id', data: { type: 'timeline:open' }, expected: false },
    { name: 'numeric id', data: { type: 'timeline:open', id: 7 }, expected: false },
    { name: 'empty id', data: { type: 'timeline:open', id: '' }, expected: false },
    { name: 'id too long', data: { type: 'timeline:open', id: 'a'.repeat(129) }, expected: false },
    { name: 'id with markup', data: { type: 'timeline:open', id: '<img src=x onerror=alert(1)>' }, expected: false },
    { name: 'other type', data: { type: 'timeline:navigate', id: 'e1' }, expected: false },
    { name: 'height message', data: { type: 'timeline:height', height: 10 }, expected: false },
    { name: 'string', data: '{"type":"timeline:open","id":"e1"}', expected: false },
    { name: 'array', data: ['timeline:open', 'e1'], expected: false },
    { name: 'null', data: null, expected: false },
    { name: 'undefined', data: undefined, expected: false },
  ])('$name → $expected', ({ data, expected }) => expect(isOpenMessage(data)).toBe(expected));
});
