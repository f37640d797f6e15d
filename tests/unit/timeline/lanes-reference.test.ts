import { describe, expect, test } from 'vitest';
import { assignLanes, type LaneItem, type LanePlacement } from '../../../src/lib/timeline/lanes.ts';
import { lcg } from './fixtures.ts';

/**
 * The lane rule as lanes.ts documents it, written plainly: every item searches every lane, no
 * shortcut, occupied stretches in a flat list. What the fast assignment must equal, placement for
 * placement.
 */
function referenceLanes(items: readonly LaneItem[], o: { maxLanes: number; viewStart: number; viewEnd: number; gap: number; pointRadius: number }): (LanePlacement | null)[] {
  const rows: [number, number][][] = Array.from({ length: o.maxLanes }, () => []);
  const free = (lane: number, a: number, b: number) => (rows[lane] as [number, number][]).every(([c, d]) => b + o.gap <= c || d + o.gap <= a);
  const inView = (a: number, b: number) => a >= o.viewStart - 1e-6 && b <= o.viewEnd + 1e-6;
  return items.map((item) => {
    const w = item.labelWidth;
    const r = o.pointRadius;
    const point = item.u0 === item.u1;
    const s = Math.min(Math.max(item.u0, o.viewStart), item.u1);
    const e = Math.max(Math.min(item.u1, o.viewEnd), item.u0);
    const labels: [number, number][] = point ? [[item.u0 - r, item.u0 - r + w], [item.u0 + r - w, item.u0 + r]] : [[s, s + w], [e - w, e]];
    const markLo = point ? item.u0 - r : item.u0;
    const markHi = point ? item.u0 + r : item.u1;
    const shown = labels.map(([a, b]) => inView(a, b));
    for (let round = 0; round < 2; round++) {
      for (let lane = 0; lane < o.maxLanes; lane++) {
        for (let side = 0; side < 2; side++) {
          if ((round === 0) !== shown[side]) continue;
          let [a, b] = labels[side] as [number, number];
          if (round === 1) {
            const shift = a < o.viewStart ? o.viewStart - a : b > o.viewEnd ? o.viewEnd - b : 0;
            a += shift;
            b += shift;
          }
          // The mark, the label where it was first put, and the label slid into view: all stay clear.
          const [a0, b0] = labels[side] as [number, number];
          const lo = Math.min(markLo, a0, a);
          const hi = Math.max(markHi, b0, b);
          if (!free(lane, lo, hi)) continue;
          (rows[lane] as [number, number][]).push([lo, hi]);
          return { lane, side: side === 0 ? 'forward' : 'backward', labelU0: a, labelU1: b };
        }
      }
    }
    return null;
  });
}

describe('assignLanes equals the plain lane rule', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('crowded days, bars and labels past the view (seed %i)', (seed) => {
    const rnd = lcg(seed);
    const items: LaneItem[] = [];
    let u = -80 + rnd() * 60; // the first days start left of the view, as while panning
    const count = 300 + Math.floor(rnd() * 300);
    for (let i = 0; i < count; i++) {
      if (rnd() < 0.3) u += rnd() * (seed % 2 ? 50 : 150); // most events share their day with the one before
      // Wide and narrow labels, and repeated widths: a narrow one after a failed wide one may still fit.
      const w = [20 + rnd() * 180, 4 + rnd() * 30, 60, 120][Math.floor(rnd() * 4)] as number;
      // Now and then an item from further on comes first (a long bar's start, another order of the
      // same days): then a narrow label can fit where a wider one on the same day did not.
      const at = rnd() < 0.08 ? u + rnd() * 300 : u;
      items.push(rnd() < 0.12 ? { u0: at, u1: at + rnd() * 300, labelWidth: w } : { u0: at, u1: at, labelWidth: w });
    }
    const options = { maxLanes: 1 + (seed % 5), viewStart: 0, viewEnd: 900, gap: 6, pointRadius: 4 };
    expect(assignLanes(items, options)).toEqual(referenceLanes(items, options));
  });
});
