/**
 * The overview gives days room: events on different days of a crowded segment stand at least
 * 24 px apart at 1280 px and 12 px at 320 px, while year-long bars keep their extent — on the seed's
 * hand-checked events and on every development article's.
 */
import { describe, expect, test } from 'vitest';
import { segmentMap } from '../../../src/lib/timeline/day-room.ts';
import { DAY_MS, piecewiseScale, type TimeInterval } from '../../../src/lib/timeline/piecewise-scale.ts';
import { devArticles, goldEventDates, seedArticle, type GoldArticle } from '../../helpers/gold.ts';

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A gold article's events as the layout hands them to the scale: [start, end + 1 day). */
function intervals(a: GoldArticle): TimeInterval[] {
  return a.gold.events.map(goldEventDates).map(({ start, end }) => ({ start: ms(start), end: ms(end) + DAY_MS }));
}

/** The centre x of every distinct one-day event, and the [x0, x1] of every longer one. */
function positions(ivs: readonly TimeInterval[], width: number) {
  const scale = piecewiseScale(ivs, { width });
  const days = [...new Set(ivs.filter((iv) => iv.end - iv.start === DAY_MS).map((iv) => iv.start))].sort((a, b) => a - b);
  const bars = ivs.filter((iv) => iv.end - iv.start > DAY_MS).map((iv) => ({ x0: Math.min(scale(iv.start), scale(iv.end)), x1: Math.max(scale(iv.start), scale(iv.end)), long: iv.end - iv.start >= 365 * DAY_MS }));
  return { scale, days: days.map((d) => ({ d, x: scale(d + DAY_MS / 2) })), bars };
}

const articles = [{ name: 'seed', article: seedArticle() }, ...devArticles().map((a) => ({ name: a.name, article: a }))];

describe.each([
  { width: 1280, apart: 24 },
  { width: 320, apart: 12 },
])('at $width px', ({ width, apart }) => {
  test.each(articles)('$name: one-day events on different days are at least the day room apart, bars keep their extent, all on screen', ({ article }) => {
    const ivs = intervals(article);
    const { days, bars } = positions(ivs, width);
    // Days in one segment: a break between two days already separates them by its own width.
    for (let i = 1; i < days.length; i++) expect(Math.abs(days[i]!.x - days[i - 1]!.x), `${new Date(days[i - 1]!.d).toISOString()} → ${new Date(days[i]!.d).toISOString()}`).toBeGreaterThanOrEqual(apart - 0.01);
    for (const { x0, x1, long } of bars) {
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(width);
      // A year or more (a war, a decade) still shows its extent.
      if (long) expect(x1 - x0).toBeGreaterThanOrEqual(3);
    }
    for (const { x } of days) expect(x > 0 && x < width).toBe(true);
  });
});

test('seed: 26 and 27 July 2023 stand apart, the 1950–1953 war and the 1953 armistice stay on screen and wide', () => {
  for (const width of [320, 1280]) {
    const { scale } = positions(intervals(seedArticle()), width);
    const gap = Math.abs(scale(ms('2023-07-27') + DAY_MS / 2) - scale(ms('2023-07-26') + DAY_MS / 2));
    expect(gap).toBeGreaterThanOrEqual(width === 1280 ? 24 : 12);
    const war = Math.abs(scale(ms('1953-12-31') + DAY_MS) - scale(ms('1950-01-01')));
    expect(war).toBeGreaterThan(width / 10);
  }
});

describe('segmentMap', () => {
  const start = ms('2023-01-01');
  const end = ms('2024-01-01');
  const days = [ms('2023-07-26'), ms('2023-07-27'), ms('2023-07-28')];

  test('days an event holds get the day room; the map is monotone and inverts', () => {
    for (const [xa, xb] of [[100, 500], [500, 100]] as const) {
      const m = segmentMap(start, end, days, xa, xb, 10, 24);
      const xs = days.map((d) => m.apply(d + DAY_MS / 2));
      expect(Math.abs(xs[1]! - xs[0]!)).toBeCloseTo(24, 5);
      expect(Math.abs(xs[2]! - xs[1]!)).toBeCloseTo(24, 5);
      expect(m.apply(m.domainStart)).toBeCloseTo(xa, 6);
      expect(m.apply(m.domainEnd)).toBeCloseTo(xb, 6);
      for (const t of [start, ms('2023-03-10'), days[1]! + 3_600_000, end]) expect(Math.abs(m.invert(m.apply(t)) - t)).toBeLessThanOrEqual(1);
      let prev = m.apply(m.domainStart);
      for (let t = m.domainStart; t <= m.domainEnd; t += DAY_MS / 3) {
        const x = m.apply(t);
        expect(Math.sign(x - prev) * Math.sign(xb - xa)).toBeGreaterThanOrEqual(0);
        prev = x;
      }
    }
  });

  test('stays linear when the days are already far enough apart, or too many to widen', () => {
    const linear = (m: ReturnType<typeof segmentMap>) => {
      const a = m.apply(start);
      const b = m.apply(end);
      return Math.abs(m.apply((start + end) / 2) - (a + b) / 2) < 1e-6;
    };
    expect(linear(segmentMap(start, end, [ms('2023-02-01'), ms('2023-09-01')], 0, 400, 10, 24))).toBe(true);
    const many = Array.from({ length: 40 }, (_, i) => start + i * 9 * DAY_MS);
    expect(linear(segmentMap(start, end, many, 0, 400, 10, 24))).toBe(true);
    expect(linear(segmentMap(start, end, days, 0, 400, 10, 24))).toBe(false);
  });
});
