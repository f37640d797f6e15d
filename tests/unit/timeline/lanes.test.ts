import { describe, expect, test } from 'vitest';
import { assignLanes, type LaneItem, type LanePlacement } from '../../../src/lib/timeline/lanes.ts';
import { lcg } from './fixtures.ts';

const point = (u: number, labelWidth = 60): LaneItem => ({ u0: u, u1: u, labelWidth });
const bar = (u0: number, u1: number, labelWidth = 60): LaneItem => ({ u0, u1, labelWidth });
const view = { viewStart: 0, viewEnd: 1000 };

/** Occupied stretch of a placed item: its mark and its label. */
function occupied(item: LaneItem, p: LanePlacement, r = 4): [number, number] {
  const markLo = item.u0 === item.u1 ? item.u0 - r : item.u0;
  const markHi = item.u0 === item.u1 ? item.u1 + r : item.u1;
  return [Math.min(markLo, p.labelU0), Math.max(markHi, p.labelU1)];
}

function expectNoOverlapInLanes(items: readonly LaneItem[], placements: readonly (LanePlacement | null)[], gap: number) {
  const placed = items.flatMap((item, i) => {
    const p = placements[i];
    return p ? [{ lane: p.lane, span: occupied(item, p) }] : [];
  });
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i] as { lane: number; span: [number, number] };
      const b = placed[j] as { lane: number; span: [number, number] };
      if (a.lane !== b.lane) continue;
      expect(a.span[0] < b.span[1] + gap && b.span[0] < a.span[1] + gap).toBe(false);
    }
  }
}

describe('assignLanes', () => {
  test.each([
    { name: 'points far apart share lane 0', items: [point(100), point(300), point(500)], lanes: [0, 0, 0], sides: ['forward', 'forward', 'forward'] },
    { name: 'coincident points stack, one per lane', items: [point(100), point(100), point(100)], lanes: [0, 1, 2], sides: ['forward', 'forward', 'forward'] },
    { name: 'a point inside a bar goes above it', items: [bar(100, 600), point(300)], lanes: [0, 1], sides: ['forward', 'forward'] },
    { name: 'a point near the end of the view hangs its label backwards', items: [point(980)], lanes: [0], sides: ['backward'] },
    { name: 'a close neighbour takes the backward side of the same lane', items: [point(200), point(150)], lanes: [0, 0], sides: ['forward', 'backward'] },
  ])('$name', ({ items, lanes, sides }) => {
    const placements = assignLanes(items, { ...view, maxLanes: 4 });
    expect(placements.map((p) => p?.lane)).toEqual(lanes);
    expect(placements.map((p) => p?.side)).toEqual(sides);
  });

  test('items beyond the lanes available overflow (null), nothing else is lost', () => {
    const items = Array.from({ length: 7 }, () => point(400));
    const placements = assignLanes(items, { ...view, maxLanes: 3 });
    expect(placements.filter((p) => p !== null)).toHaveLength(3);
    expect(placements.slice(3)).toEqual([null, null, null, null]);
  });

  test('labels stay inside the view when there is room', () => {
    const items = [point(5), point(995), bar(-500, 300)];
    const placements = assignLanes(items, { ...view, maxLanes: 3 });
    for (const p of placements) {
      expect(p).not.toBeNull();
      expect((p as LanePlacement).labelU0).toBeGreaterThanOrEqual(0);
      expect((p as LanePlacement).labelU1).toBeLessThanOrEqual(1000);
    }
    // The bar that starts off-screen keeps its label on its visible part.
    expect(placements[2]?.labelU0).toBe(0);
  });

  test.each([
    { name: '200 random points', n: 200, seed: 1, bars: 0 },
    { name: '300 random points and bars', n: 300, seed: 2, bars: 0.3 },
    { name: '50 items crowded into 100 px', n: 50, seed: 3, bars: 0.2, span: 100 },
  ])('no overlap within a lane: $name', ({ n, seed, bars, span }) => {
    const rnd = lcg(seed);
    const width = span ?? 1000;
    const items = Array.from({ length: n }, () => {
      const u = rnd() * width;
      return rnd() < bars ? bar(u, u + rnd() * 200, 20 + rnd() * 100) : point(u, 20 + rnd() * 100);
    }).sort((a, b) => a.u0 - b.u0);
    const placements = assignLanes(items, { ...view, maxLanes: 5, gap: 6 });
    expectNoOverlapInLanes(items, placements, 6);
    for (const p of placements) if (p) expect(p.lane).toBeLessThan(5);
  });

  test('deterministic', () => {
    const rnd = lcg(9);
    const items = Array.from({ length: 100 }, () => point(rnd() * 1000, 30 + rnd() * 60));
    expect(assignLanes(items, { ...view, maxLanes: 4 })).toEqual(assignLanes(items, { ...view, maxLanes: 4 }));
  });

  test('on a crowded day, a narrower label after a failed wider one still gets the room it fits', () => {
    // Two placed neighbours leave 500's label too little room for 150 px on either side, but 100 px fit forwards.
    const items = [point(380, 60), point(620, 60), point(500, 150), point(500, 200), point(500, 100)];
    const placements = assignLanes(items, { ...view, maxLanes: 1, gap: 6 });
    expect(placements.map((p) => p && `${p.lane} ${p.side}`)).toEqual(['0 forward', '0 forward', null, null, '0 forward']);
  });

  test.each([1, 2, 3, 4])('an item left out had no room in any lane at its turn (crowded days, seed %i)', (seed) => {
    const rnd = lcg(seed);
    const items: LaneItem[] = [];
    let u = 20;
    for (let i = 0; i < 400; i++) {
      if (rnd() < 0.15) u += rnd() * 60; // most events share their day with the previous one
      items.push(rnd() < 0.15 ? bar(u, u + rnd() * 150, 20 + rnd() * 120) : point(u, 20 + rnd() * 120));
    }
    const gap = 6;
    const r = 4;
    const placements = assignLanes(items, { ...view, maxLanes: 3, gap, pointRadius: r });
    const taken: [number, number][][] = [[], [], []];
    const clear = (lane: number, a: number, b: number) => taken[lane]!.every(([c, d]) => b + gap <= c || d + gap <= a);
    items.forEach((item, i) => {
      const p = placements[i];
      if (p) {
        taken[p.lane]!.push(occupied(item, p, r));
        return;
      }
      if (item.u0 !== item.u1) return; // bars: the check below spells out points only
      const w = item.labelWidth;
      const forward: [number, number] = [item.u0 - r, Math.max(item.u0 - r + w, item.u0 + r)];
      const backward: [number, number] = [Math.min(item.u0 + r - w, item.u0 - r), item.u0 + r];
      for (let lane = 0; lane < 3; lane++) {
        if (forward[0] >= 0 && forward[1] <= 1000) expect(clear(lane, ...forward)).toBe(false);
        if (backward[0] >= 0 && backward[1] <= 1000) expect(clear(lane, ...backward)).toBe(false);
      }
    });
    expectNoOverlapInLanes(items, placements, gap);
  });
});
