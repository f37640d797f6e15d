import { describe, expect, test } from 'vitest';
import type { MonthNaming } from '../../../src/lib/timeline/month-naming.ts';
import { DAY_MS } from '../../../src/lib/timeline/piecewise-scale.ts';
import { estimateTextWidth } from '../../../src/lib/timeline/text-width.ts';
import { chooseTickInterval, segmentTicks, type Tick, thinTicks, tickTimes, TICK_INTERVALS } from '../../../src/lib/timeline/ticks.ts';

const YEAR = 365.2425 * DAY_MS;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const interval = (level: 'year' | 'month' | 'day', step: number) => {
  const found = TICK_INTERVALS.find((i) => i.level === level && i.step === step);
  if (!found) throw new Error(`no interval ${level} ${step}`);
  return found;
};

describe('chooseTickInterval: the level follows the px a segment has', () => {
  test.each([
    { name: '70 years over 1000 px', span: 70 * YEAR, px: 1000, level: 'year', minStep: 2 },
    { name: '4 years over 200 px', span: 4 * YEAR, px: 200, level: 'year', minStep: 1 },
    { name: '4 years over 700 px', span: 4 * YEAR, px: 700, level: 'month', minStep: 3 },
    { name: '1 year over 900 px', span: YEAR, px: 900, level: 'month', minStep: 1 },
    { name: '1 week over 500 px', span: 7 * DAY_MS, px: 500, level: 'day', minStep: 1 },
    { name: '1 week over 80 px', span: 7 * DAY_MS, px: 80, level: 'day', minStep: 2 },
  ])('$name → $level', ({ span, px, level, minStep }) => {
    const chosen = chooseTickInterval(px / span, { fontSize: 12 });
    expect(chosen.level).toBe(level);
    expect(chosen.step).toBeGreaterThanOrEqual(minStep);
  });

  test('zooming into the same span goes from years to months to days', () => {
    const span = 4 * YEAR;
    const levels = [1, 20, 400].map((k) => chooseTickInterval((k * 300) / span, { fontSize: 12 }).level);
    expect(levels).toEqual(['year', 'month', 'day']);
  });

  test('finer intervals are chosen for wider segments', () => {
    const steps = [100, 400, 1600, 6400].map((px) => chooseTickInterval(px / (70 * YEAR), { fontSize: 12 }).duration);
    for (let i = 1; i < steps.length; i++) expect(steps[i] as number).toBeLessThanOrEqual(steps[i - 1] as number);
    expect(steps[3]).toBeLessThan(steps[0] as number);
  });
});

describe('tickTimes', () => {
  test.each([
    { name: 'every 5 years', iv: interval('year', 5), from: '1950-01-01', to: '1972-06-01', expected: ['1950-01-01', '1955-01-01', '1960-01-01', '1965-01-01', '1970-01-01'] },
    { name: 'quarters', iv: interval('month', 3), from: '2022-12-15', to: '2023-12-31', expected: ['2023-01-01', '2023-04-01', '2023-07-01', '2023-10-01'] },
    { name: 'every 5 days skips the stub on the 31st', iv: interval('day', 5), from: '2023-07-01', to: '2023-08-03', expected: ['2023-07-01', '2023-07-06', '2023-07-11', '2023-07-16', '2023-07-21', '2023-07-26', '2023-08-01'] },
    { name: 'days', iv: interval('day', 1), from: '2023-07-21', to: '2023-07-24', expected: ['2023-07-21', '2023-07-22', '2023-07-23'] },
  ])('$name', ({ iv, from, to, expected }) => {
    expect(tickTimes(iv, Date.parse(from), Date.parse(to)).map(iso)).toEqual(expected);
  });

  test('day ticks stand at the middle of their day (where day events are drawn)', () => {
    const [t] = tickTimes(interval('day', 1), Date.parse('2023-07-21'), Date.parse('2023-07-22'));
    expect(t).toBe(Date.parse('2023-07-21') + DAY_MS / 2);
  });
});

/** Month-level ticks for 2023 laid over 1200 px, left to right. */
function yearOf2023(naming: MonthNaming, digits: 'arab' | 'latn' = 'arab', hijri = false): Tick[] {
  const t0 = Date.parse('2023-01-01');
  const t1 = Date.parse('2023-12-31');
  return segmentTicks(t0, t1, (t) => ((t - t0) / (t1 - t0)) * 1200, 1200 / (t1 - t0), { monthNaming: naming, digits, hijri, fontSize: 12 });
}

describe('segmentTicks labels', () => {
  test.each([
    ['egyptian', 'يوليو'],
    ['levantine', 'تموز'],
    ['maghrebi', 'جويلية'],
    ['moroccan', 'يوليوز'],
    ['paired', 'تموز/يوليو'],
  ] as [MonthNaming, string][])('July in %s is «%s»', (naming, july) => {
    const ticks = yearOf2023(naming);
    expect(ticks.every((t) => t.level === 'month')).toBe(true);
    expect(ticks.find((t) => t.date === '2023-07-01')?.label).toBe(july);
  });

  test.each([
    { digits: 'arab' as const, january: 'يناير ٢٠٢٣', situating: 'يناير ٢٠٢٣' },
    { digits: 'latn' as const, january: 'يناير 2023', situating: 'يناير 2023' },
  ])('January names its year, in $digits digits', ({ digits, january, situating }) => {
    const ticks = yearOf2023('egyptian', digits);
    const first = ticks[0] as Tick;
    expect(first.date).toBe('2023-01-01');
    expect(first.label).toBe(january);
    expect(first.contextLabels[0]?.text).toBe(situating);
  });

  test('year labels use the digits asked for', () => {
    const t0 = Date.parse('1950-01-01');
    const t1 = Date.parse('1954-01-01');
    const toX = (t: number) => ((t - t0) / (t1 - t0)) * 150;
    expect(segmentTicks(t0, t1, toX, 150 / (t1 - t0), { digits: 'arab' }).map((t) => t.label)).toEqual(['١٩٥٠', '١٩٥١', '١٩٥٢', '١٩٥٣', '١٩٥٤']);
    expect(segmentTicks(t0, t1, toX, 150 / (t1 - t0), { digits: 'latn' }).map((t) => t.label)).toEqual(['1950', '1951', '1952', '1953', '1954']);
  });

  test('day ticks: the 1st of a month names it; every tick can name its month and year', () => {
    const t0 = Date.parse('2023-07-30');
    const t1 = Date.parse('2023-08-03');
    const ticks = segmentTicks(t0, t1, (t) => ((t - t0) / (t1 - t0)) * 800, 800 / (t1 - t0), { monthNaming: 'levantine' });
    expect(ticks.map((t) => t.label)).toEqual(['٣٠', '٣١', '١ آب', '٢']);
    expect(ticks[0]?.contextLabels.map((c) => c.text)).toEqual(['٣٠ تموز ٢٠٢٣', '٣٠ تموز']);
  });

  test('Hijri line (Umm al-Qura): 19 July 2023 is 1 Muharram 1445; 1950 began in 1369', () => {
    const t0 = Date.parse('2023-07-19');
    const t1 = Date.parse('2023-07-21');
    const days = segmentTicks(t0, t1, (t) => ((t - t0) / (t1 - t0)) * 800, 800 / (t1 - t0), { hijri: true, monthNaming: 'levantine' });
    expect(days[0]?.hijri).toBe('١ محرم');
    const y0 = Date.parse('1950-01-01');
    const y1 = Date.parse('1951-01-01');
    const years = segmentTicks(y0, y1, (t) => ((t - y0) / (y1 - y0)) * 40, 40 / (y1 - y0), { hijri: true, digits: 'latn' });
    expect(years[0]?.hijri).toBe('1369 هـ');
  });

  test('without the option there is no Hijri label', () => {
    expect(yearOf2023('egyptian').some((t) => t.hijri !== undefined)).toBe(false);
  });
});

describe('thinTicks', () => {
  const boxes = (ticks: readonly Tick[], gap: number) =>
    ticks.map((t) => {
      const w = estimateTextWidth(t.label, { fontSize: 12 });
      const c = t.labelX ?? t.x;
      // A label slides inward at the edges only while it still covers its tick.
      expect(Math.abs(c - t.x)).toBeLessThanOrEqual(w / 2);
      return [c - w / 2 - gap / 2, c + w / 2 + gap / 2] as const;
    });

  test.each([
    { name: 'month ticks squeezed into 300 px', px: 300, naming: 'paired' as const },
    { name: 'month ticks over 1200 px', px: 1200, naming: 'levantine' as const },
    { name: 'month ticks squeezed into 120 px', px: 120, naming: 'egyptian' as const },
  ])('no two labels overlap: $name', ({ px, naming }) => {
    const t0 = Date.parse('2023-01-01');
    const t1 = Date.parse('2024-12-31');
    // Deliberately the finest level, so that thinning has work to do.
    const raw = tickTimes(interval('month', 1), t0, t1).map((t) => segmentTicks(t, t + DAY_MS, () => ((t - t0) / (t1 - t0)) * px, 1, { monthNaming: naming, fontSize: 12 })).flat();
    const kept = thinTicks([raw], [], 0, px);
    expect(kept.length).toBeGreaterThan(0);
    const b = boxes(kept, 8);
    for (let i = 0; i < b.length; i++) {
      for (let j = i + 1; j < b.length; j++) {
        const [a0, a1] = b[i] as readonly [number, number];
        const [c0, c1] = b[j] as readonly [number, number];
        expect(a0 < c1 && c0 < a1, `${kept[i]?.label} / ${kept[j]?.label}`).toBe(false);
      }
      expect((b[i] as readonly number[])[0]).toBeGreaterThanOrEqual(-1e-6);
      expect((b[i] as readonly number[])[1]).toBeLessThanOrEqual(px + 1e-6);
    }
  });

  test('the earliest tick that has room names month and year; obstacles are avoided', () => {
    const t0 = Date.parse('2023-07-21');
    const t1 = Date.parse('2023-07-28');
    const toX = (t: number) => 20 + ((t - t0) / (t1 - t0)) * 600;
    const raw = segmentTicks(t0, t1, toX, 600 / (t1 - t0), { monthNaming: 'levantine', fontSize: 12 });
    const free = thinTicks([raw], [], 0, 700);
    expect(free[0]?.label).toBe('٢١ تموز ٢٠٢٣');
    // An obstacle over the first tick pushes the situating label to the next one that has room.
    const blocked = thinTicks([raw], [{ x0: 0, x1: toX(t0 + DAY_MS) - 40 }], 0, 700);
    expect(blocked.some((t) => t.date === '2023-07-21')).toBe(false);
    expect(blocked[0]?.label).toBe('٢٢ تموز ٢٠٢٣');
  });
});
