import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../../src/lib/validate-dataset.ts';
import { generateTimelineDataset } from '../../bench/generate-dataset.ts';

describe('generateTimelineDataset', () => {
  test.each([1, 100, 2000])('%d events: a valid dataset with that many events in one article', (n) => {
    const d = generateTimelineDataset({ events: n });
    expect(validateDataset(d)).toEqual([]);
    expect(d.events).toHaveLength(n);
    expect(d.documents).toHaveLength(1);
    expect(new Set(d.events.map((e) => e.id)).size).toBe(n);
  });

  test('deterministic for a seed, different for another', () => {
    expect(JSON.stringify(generateTimelineDataset({ events: 50, seed: 1 }))).toBe(JSON.stringify(generateTimelineDataset({ events: 50, seed: 1 })));
    expect(JSON.stringify(generateTimelineDataset({ events: 50, seed: 1 }))).not.toBe(JSON.stringify(generateTimelineDataset({ events: 50, seed: 2 })));
  });

  test('news-like spread: mostly recent days, some decades back, some ranges', () => {
    const d = generateTimelineDataset({ events: 2000 });
    const recent = d.events.filter((e) => e.start >= '2024-01-01').length;
    const old = d.events.filter((e) => e.start < '2015-01-01').length;
    const ranges = d.events.filter((e) => e.start !== e.end).length;
    expect(recent / 2000).toBeGreaterThan(0.6);
    expect(old / 2000).toBeGreaterThan(0.1);
    expect(ranges / 2000).toBeGreaterThan(0.1);
  });

  test('refuses a size that is not a whole number ≥ 1', () => {
    expect(() => generateTimelineDataset({ events: 0 })).toThrow(RangeError);
    expect(() => generateTimelineDataset({ events: 2.5 })).toThrow(RangeError);
  });
});
