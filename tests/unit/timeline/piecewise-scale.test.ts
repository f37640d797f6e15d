import { describe, expect, test } from 'vitest';
import { allocateWidths, DAY_MS, findClusters, piecewiseScale, type TimeInterval } from '../../../src/lib/timeline/piecewise-scale.ts';
import { spreadEvents } from './fixtures.ts';

const day = (iso: string): TimeInterval => ({ start: Date.parse(iso), end: Date.parse(iso) + DAY_MS });
const range = (a: string, b: string): TimeInterval => ({ start: Date.parse(a), end: Date.parse(b) + DAY_MS });
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const seed: TimeInterval[] = [
  range('1950-01-01', '1953-12-31'),
  day('1953-07-27'),
  day('2023-07-26'),
  day('2023-07-27'),
  day('2023-07-27'),
  range('2023-07-21', '2023-07-27'),
];

describe('findClusters', () => {
  test.each([
    { name: 'seed: the 70 empty years are cut', input: seed, expected: [['1950-01-01', '1953-12-31', 2], ['2023-07-21', '2023-07-27', 4]] },
    {
      name: 'evenly spread decades need no break',
      input: ['1950-06-01', '1960-06-01', '1970-06-01', '1980-06-01', '1990-06-01'].map(day),
      expected: [['1950-06-01', '1990-06-01', 5]],
    },
    { name: 'two days 18 days apart stay on one axis (shorter than 4 weeks)', input: [day('2023-01-01'), day('2023-01-20')], expected: [['2023-01-01', '2023-01-20', 2]] },
    { name: 'two days 60 days apart are cut', input: [day('2023-01-01'), day('2023-03-02')], expected: [['2023-01-01', '2023-01-01', 1], ['2023-03-02', '2023-03-02', 1]] },
    {
      name: 'a gap shorter than the war beside it is kept',
      input: [range('1950-01-01', '1953-12-31'), day('1955-06-01')],
      expected: [['1950-01-01', '1955-06-01', 2]],
    },
    {
      name: 'judged against the cluster it splits, not the whole span (top-down)',
      input: [range('1950-01-01', '1953-12-31'), day('2020-03-01'), range('2023-07-21', '2023-07-27')],
      expected: [['1950-01-01', '1953-12-31', 1], ['2020-03-01', '2020-03-01', 1], ['2023-07-21', '2023-07-27', 1]],
    },
    { name: 'one event', input: [day('2023-07-27')], expected: [['2023-07-27', '2023-07-27', 1]] },
    { name: 'overlapping and touching intervals merge', input: [day('2023-07-26'), day('2023-07-27'), range('2023-07-21', '2023-07-27')], expected: [['2023-07-21', '2023-07-27', 3]] },
  ])('$name', ({ input, expected }) => {
    const clusters = findClusters(input);
    expect(clusters.map((c) => [iso(c.start), iso(c.end - DAY_MS), c.count])).toEqual(expected);
  });

  test('maxBreaks keeps the largest gaps only', () => {
    const input = [range('1950-01-01', '1953-12-31'), day('2020-03-01'), range('2023-07-21', '2023-07-27')];
    const clusters = findClusters(input, { maxBreaks: 1 });
    expect(clusters.map((c) => iso(c.start))).toEqual(['1950-01-01', '2020-03-01']);
  });
});

describe('allocateWidths', () => {
  test('a one-day cluster of four events is about as wide as a four-year cluster of two', () => {
    const widths = allocateWidths(findClusters(seed), 600, 56);
    const [war, week] = widths as [number, number];
    expect(war + week).toBeCloseTo(600, 6);
    // weights max(2/6, ~1) and max(4/6, ~0) → 0.6 / 0.4 of the width
    expect(week / (war + week)).toBeGreaterThan(0.38);
    expect(week / (war + week)).toBeLessThan(0.42);
  });

  test.each([
    { name: 'floor applies to a tiny cluster', total: 600, min: 100 },
    { name: 'floor shrinks when the width is too small for it', total: 150, min: 100 },
  ])('$name', ({ total, min }) => {
    const clusters = [
      { start: 0, end: 1000 * DAY_MS, count: 100 },
      { start: 2000 * DAY_MS, end: 2001 * DAY_MS, count: 1 },
      { start: 3000 * DAY_MS, end: 3001 * DAY_MS, count: 1 },
    ];
    const widths = allocateWidths(clusters, total, min);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(Math.min(min, total / 3) - 1e-9);
  });
});

const fixtures: { name: string; intervals: TimeInterval[] }[] = [
  { name: 'seed', intervals: seed },
  { name: 'one event', intervals: [day('2023-07-27')] },
  { name: 'all on one day', intervals: Array.from({ length: 30 }, () => day('2023-07-27')) },
  {
    name: '500 events over 70 years',
    intervals: spreadEvents(500, 70).map((e) => range(e.start, e.end)),
  },
  {
    name: '10,000 events over 70 years',
    intervals: spreadEvents(10_000, 70, 11).map((e) => range(e.start, e.end)),
  },
];

describe.each(fixtures)('piecewiseScale on $name', ({ intervals }) => {
  const t0 = Math.min(...intervals.map((i) => i.start));
  const t1 = Math.max(...intervals.map((i) => i.end));
  const samples = Array.from({ length: 401 }, (_, i) => t0 + ((t1 - t0) * i) / 400);

  test.each([
    { direction: 'rtl' as const, width: 320 },
    { direction: 'rtl' as const, width: 1280 },
    { direction: 'ltr' as const, width: 800 },
  ])('$direction at $width px: monotone, invertible, inside the width, fixed breaks', ({ direction, width }) => {
    const scale = piecewiseScale(intervals, { width, direction });
    const xs = samples.map((t) => scale(t));
    for (let i = 1; i < xs.length; i++) {
      if (direction === 'rtl') expect(xs[i] as number).toBeLessThan(xs[i - 1] as number);
      else expect(xs[i] as number).toBeGreaterThan(xs[i - 1] as number);
    }
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
    }
    // Earliest on the right in 'rtl', on the left in 'ltr'.
    expect(scale(t0) > scale(t1)).toBe(direction === 'rtl');
    // invert(scale(t)) = t and scale(invert(x)) = x (to well under a pixel).
    for (const t of samples) expect(Math.abs(scale.invert(scale(t)) - t)).toBeLessThan(1_000);
    for (let x = 0; x <= width; x += width / 50) expect(scale(scale.invert(x))).toBeCloseTo(x, 3);
    // 48 px, or a tenth of a narrower chart (320 px keeps more of its width for events).
    for (const b of scale.breaks) expect(b.x1 - b.x0).toBeCloseTo(width >= 480 ? 48 : Math.round(width / 10), 9);
    // Segments and breaks tile the axis without overlapping.
    const pieces = [...scale.segments, ...scale.breaks].map((p) => [p.x0, p.x1] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < pieces.length; i++) expect((pieces[i] as readonly number[])[0]).toBeCloseTo((pieces[i - 1] as readonly number[])[1] as number, 6);
  });
});

describe('piecewiseScale details', () => {
  test('seed: the break carries the gap from the end of 1953 to 21 July 2023', () => {
    const scale = piecewiseScale(seed, { width: 1280 });
    expect(scale.breaks).toHaveLength(1);
    const b = scale.breaks[0];
    expect(iso(b?.gapStart ?? 0)).toBe('1954-01-01');
    expect(iso(b?.gapEnd ?? 0)).toBe('2023-07-21');
  });

  test('breakWidth is honoured', () => {
    const scale = piecewiseScale(seed, { width: 1280, breakWidth: 30 });
    expect((scale.breaks[0]?.x1 ?? 0) - (scale.breaks[0]?.x0 ?? 0)).toBeCloseTo(30, 9);
  });

  test.each([
    { name: 'no intervals', intervals: [] as TimeInterval[], width: 100, message: /no intervals/ },
    { name: 'zero width', intervals: seed, width: 0, message: /width/ },
    { name: 'interval ending before it starts', intervals: [{ start: 10, end: 5 }], width: 100, message: /end after it starts/ },
  ])('rejects $name', ({ intervals, width, message }) => {
    expect(() => piecewiseScale(intervals, { width })).toThrow(message);
  });
});

describe('input order', () => {
  test('intervals in any order give the scale of the same intervals sorted', () => {
    const events = spreadEvents(300, 40);
    const intervals = events.map((e) => range(e.start, e.end));
    const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
    // Sorted by start only (ends out of order within a start), reversed, and the seed as written.
    const byStartOnly = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const [input, reference] of [
      [byStartOnly, sorted],
      [[...sorted].reverse(), sorted],
      [[...seed].reverse(), seed],
    ] as const) {
      const a = piecewiseScale(input, { width: 900 });
      const b = piecewiseScale(reference, { width: 900 });
      expect(a.segments).toEqual(b.segments);
      expect(a.breaks).toEqual(b.breaks);
      for (const iv of reference) expect(a(iv.start)).toBe(b(iv.start));
    }
  });
});
