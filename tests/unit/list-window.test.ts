import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listWindow, rowsToRender, type ListWindowInput } from '../../src/lib/list-window.ts';

const base: ListWindowInput = { count: 1000, rowHeight: 50, listTop: 0, viewportHeight: 500, overscan: 5 };

describe('listWindow', () => {
  test('list at the top of the viewport: the rows on screen plus the overscan below', () => {
    // 500 px of viewport over 50 px rows shows rows 0..9; 5 more below.
    expect(listWindow(base)).toEqual({ first: 0, last: 15, before: 0, after: 985 * 50 });
  });

  test('scrolled into the middle: overscan on both sides, the rest stands as space', () => {
    // Rows 100..109 fill the viewport exactly (list top 5000 px above the viewport).
    expect(listWindow({ ...base, listTop: -5000 })).toEqual({ first: 95, last: 115, before: 95 * 50, after: 885 * 50 });
  });

  test('a row cut by either edge of the viewport counts as seen', () => {
    // Top edge at 5025 px is inside row 100, bottom edge at 5525 px inside row 110.
    const w = listWindow({ ...base, listTop: -5025, overscan: 0 });
    expect([w.first, w.last]).toEqual([100, 111]);
  });

  test('list lower down the page, partly on screen', () => {
    // List starts 380 px down a 500 px viewport: 120 px show rows 0..2 (the third cut).
    expect(listWindow({ ...base, listTop: 380, overscan: 2 })).toMatchObject({ first: 0, last: 5 });
  });

  test('list wholly below the viewport keeps its head rendered (Tab from above lands on it)', () => {
    const w = listWindow({ ...base, listTop: 2000 });
    expect(w).toEqual({ first: 0, last: 6, before: 0, after: 994 * 50 });
  });

  test('list scrolled wholly past keeps its tail rendered (Shift+Tab from below lands on it)', () => {
    const w = listWindow({ ...base, listTop: -1000 * 50 - 3000 });
    expect(w).toEqual({ first: 994, last: 1000, before: 994 * 50, after: 0 });
  });

  test('huge offsets either way stay on the list', () => {
    expect(listWindow({ ...base, listTop: 1e300 })).toMatchObject({ first: 0, last: 6 });
    expect(listWindow({ ...base, listTop: -1e300 })).toMatchObject({ first: 994, last: 1000 });
    // An infinite offset is no position at all: treated like no layout.
    expect(listWindow({ ...base, listTop: -Infinity, overscan: 0 })).toMatchObject({ first: 0, last: 40 });
  });

  test('a list shorter than the viewport renders whole', () => {
    expect(listWindow({ ...base, count: 4 })).toEqual({ first: 0, last: 4, before: 0, after: 0 });
  });

  test('an empty list renders nothing and reserves nothing', () => {
    expect(listWindow({ ...base, count: 0 })).toEqual({ first: 0, last: 0, before: 0, after: 0 });
    expect(listWindow({ ...base, count: -3 })).toEqual({ first: 0, last: 0, before: 0, after: 0 });
    expect(listWindow({ ...base, count: Number.NaN })).toEqual({ first: 0, last: 0, before: 0, after: 0 });
  });

  test.each([0, -10, Number.NaN, Infinity])('row height %s (unmeasured, no layout) renders the first chunk', (rowHeight) => {
    expect(listWindow({ ...base, rowHeight, listTop: -5000 })).toEqual({ first: 0, last: 40, before: 0, after: 0 });
    expect(listWindow({ ...base, rowHeight, firstChunk: 12 })).toMatchObject({ first: 0, last: 12 });
    expect(listWindow({ ...base, rowHeight, count: 7 })).toMatchObject({ first: 0, last: 7 });
  });

  test('an unknown viewport height with a known row height reserves the space after the first chunk', () => {
    expect(listWindow({ ...base, viewportHeight: Number.NaN })).toEqual({ first: 0, last: 40, before: 0, after: 960 * 50 });
  });

  test('negative overscan and viewport height are treated as zero; one row still renders', () => {
    expect(listWindow({ ...base, listTop: -5000, viewportHeight: -20, overscan: -4 })).toEqual({ first: 100, last: 101, before: 5000, after: 899 * 50 });
  });

  test('fractional row heights (layout rounding) add up to the whole list', () => {
    const w = listWindow({ count: 10_000, rowHeight: 45.890625, listTop: -123_456.5, viewportHeight: 900, overscan: 8 });
    expect(w.first).toBe(Math.floor(123_456.5 / 45.890625) - 8);
    expect(w.before + (w.last - w.first) * 45.890625 + w.after).toBeCloseTo(10_000 * 45.890625, 6);
  });

  test('properties: window inside the list, covers every row on screen, bounded size, space adds up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: -5e6, max: 5e6, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (count, rowHeight, listTop, viewportHeight, overscan) => {
          const w = listWindow({ count, rowHeight, listTop, viewportHeight, overscan });
          expect(w.first).toBeGreaterThanOrEqual(0);
          expect(w.last).toBeGreaterThan(w.first);
          expect(w.last).toBeLessThanOrEqual(count);
          expect(w.before + (w.last - w.first) * rowHeight + w.after).toBeCloseTo(count * rowHeight, 3);
          // Every row that intersects the viewport is rendered.
          const seenFirst = Math.max(0, Math.floor(-listTop / rowHeight));
          const seenLast = Math.min(count, Math.ceil((viewportHeight - listTop) / rowHeight));
          if (seenFirst < seenLast) {
            expect(w.first).toBeLessThanOrEqual(seenFirst);
            expect(w.last).toBeGreaterThanOrEqual(seenLast);
          }
          // Never much more than a screenful plus the overscan.
          expect(w.last - w.first).toBeLessThanOrEqual(Math.ceil(viewportHeight / rowHeight) + 2 + 2 * overscan);
        },
      ),
    );
  });
});

describe('rowsToRender', () => {
  const win = { first: 95, last: 115, before: 95 * 50, after: 885 * 50 };

  test('without a kept row: the window, no gaps, its space before and after', () => {
    const r = rowsToRender(win, 1000, 50);
    expect(r.rows.map((x) => x.index)).toEqual(Array.from({ length: 20 }, (_, i) => 95 + i));
    expect(r.rows.every((x) => x.gapBefore === 0)).toBe(true);
    expect([r.before, r.after]).toEqual([95 * 50, 885 * 50]);
  });

  test('a kept row far above the window is rendered with its neighbours, and the rows between become a gap', () => {
    const r = rowsToRender(win, 1000, 50, 10);
    expect(r.rows.slice(0, 4)).toEqual([
      { index: 9, gapBefore: 0 },
      { index: 10, gapBefore: 0 },
      { index: 11, gapBefore: 0 },
      { index: 95, gapBefore: (95 - 12) * 50 },
    ]);
    expect(r.before).toBe(9 * 50);
    expect(r.after).toBe(885 * 50);
  });

  test('a kept row below the window: the gap is before it and the space after shrinks', () => {
    const r = rowsToRender(win, 1000, 50, 500);
    expect(r.rows.slice(-4)).toEqual([
      { index: 114, gapBefore: 0 },
      { index: 499, gapBefore: (499 - 115) * 50 },
      { index: 500, gapBefore: 0 },
      { index: 501, gapBefore: 0 },
    ]);
    expect([r.before, r.after]).toEqual([95 * 50, (1000 - 502) * 50]);
  });

  test('whatever the kept row, rows plus gaps plus space add up to the whole list', () => {
    for (const keep of [0, 1, 94, 95, 100, 114, 115, 116, 998, 999]) {
      const r = rowsToRender(win, 1000, 50, keep);
      const gaps = r.rows.reduce((s, x) => s + x.gapBefore, 0);
      expect(r.before + r.rows.length * 50 + gaps + r.after).toBe(1000 * 50);
      expect(r.rows.map((x) => x.index)).toContain(keep);
      expect(new Set(r.rows.map((x) => x.index)).size).toBe(r.rows.length);
    }
  });

  test('a kept row at either end of the list has only the neighbour that exists', () => {
    expect(rowsToRender({ first: 50, last: 60, before: 0, after: 0 }, 100, 10, 0).rows.slice(0, 2).map((x) => x.index)).toEqual([0, 1]);
    expect(rowsToRender({ first: 50, last: 60, before: 0, after: 0 }, 100, 10, 99).rows.slice(-2).map((x) => x.index)).toEqual([98, 99]);
  });

  test('a kept index outside the list or not a whole number is ignored', () => {
    for (const keep of [-1, 1000, 1.5, Number.NaN]) expect(rowsToRender(win, 1000, 50, keep).rows).toHaveLength(20);
  });

  test('unmeasured rows reserve no space', () => {
    const r = rowsToRender({ first: 0, last: 40, before: 0, after: 0 }, 5000, 0, 3000);
    expect(r.rows.map((x) => x.index)).toEqual([...Array.from({ length: 40 }, (_, i) => i), 2999, 3000, 3001]);
    expect([r.before, r.after, ...r.rows.map((x) => x.gapBefore)].every((v) => v === 0)).toBe(true);
  });

  test('an empty list renders no rows', () => {
    expect(rowsToRender({ first: 0, last: 0, before: 0, after: 0 }, 0, 50, 0)).toEqual({ rows: [], before: 0, after: 0 });
  });
});
