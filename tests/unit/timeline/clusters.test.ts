import { describe, expect, test } from 'vitest';
import { gatherBadges, spreadTransform } from '../../../src/lib/timeline/clusters.ts';

const width = (count: number) => 20 + String(count).length * 8;
/** Positions of the items a badge holds. */
const members = (g: { from: number; to: number }) => Array.from({ length: g.to - g.from }, (_, n) => g.from + n);

describe('gatherBadges', () => {
  test.each([
    { name: 'nothing to gather', us: [], expected: [] },
    { name: 'far apart: one badge each', us: [100, 300, 500], expected: [[0], [1], [2]] },
    { name: 'close together: one badge', us: [100, 105, 110], expected: [[0, 1, 2]] },
    { name: 'two groups', us: [100, 104, 400, 405, 410], expected: [[0, 1], [2, 3, 4]] },
    { name: 'a chain that would overlap merges completely', us: [100, 115, 130, 145], expected: [[0, 1, 2, 3]] },
    { name: 'gaps wider than a badge keep badges apart', us: [100, 125, 150, 175], expected: [[0, 1], [2, 3]] },
  ])('$name', ({ us, expected }) => {
    const groups = gatherBadges(us, width, { viewStart: 0, viewEnd: 1000 });
    expect(groups.map((g) => members(g))).toEqual(expected);
  });

  test('badges never overlap, stay in view, and hold every item exactly once', () => {
    const us = Array.from({ length: 500 }, (_, i) => (i * 7919) % 997).sort((a, b) => a - b);
    const groups = gatherBadges(us, width, { viewStart: 0, viewEnd: 1000, gap: 4 });
    const all = groups.flatMap((g) => members(g)).sort((a, b) => a - b);
    expect(all).toEqual(us.map((_, i) => i));
    for (let i = 1; i < groups.length; i++) {
      const a = groups[i - 1] as { u: number; width: number };
      const b = groups[i] as { u: number; width: number };
      expect(a.u + a.width / 2 + 4).toBeLessThanOrEqual(b.u - b.width / 2 + 1e-9);
    }
    for (const g of groups) {
      expect(g.u - g.width / 2).toBeGreaterThanOrEqual(0);
      expect(g.u + g.width / 2).toBeLessThanOrEqual(1000);
    }
  });

  test('a badge at the edge is pulled into the view', () => {
    const [g] = gatherBadges([2], width, { viewStart: 0, viewEnd: 1000 });
    expect(g?.u).toBe(14);
  });
});

describe('spreadTransform', () => {
  test.each([
    { name: 'spreads a 10 px stretch over 500 px', x0: 100, x1: 110, target: 500, kMin: 1, kMax: 1000, k: 50 },
    { name: 'clamped to kMax', x0: 100, x1: 100, target: 500, kMin: 1, kMax: 300, k: 300 },
    { name: 'at least kMin', x0: 0, x1: 900, target: 500, kMin: 2, kMax: 300, k: 2 },
  ])('$name', ({ x0, x1, target, kMin, kMax, k }) => {
    const t = spreadTransform(x0, x1, target, 1000, kMin, kMax);
    expect(t.k).toBeCloseTo(k, 9);
    // The stretch's centre lands in the middle of the view: screen = k*x + x.
    expect(t.k * ((x0 + x1) / 2) + t.x).toBeCloseTo(500, 9);
  });
});
