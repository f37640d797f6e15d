import { scaleUtc } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { linearMap } from '../../../src/lib/timeline/linear-map.ts';
import { prng } from '../../helpers/prng.ts';

const DAY = 86_400_000;


describe('linearMap agrees bit for bit with the d3 scaleUtc it replaces', () => {
  const cases = [
    { name: 'seed war segment, right to left', domain: [-631152000000 - 5 * DAY, -504921600000 + 5 * DAY], range: [944, 560] },
    { name: 'one week, left to right', domain: [Date.UTC(2023, 6, 21) - 3600e3, Date.UTC(2023, 6, 28) + 3600e3], range: [16, 400.25] },
    { name: 'fractional domain ends (padding in ms per px)', domain: [1690000000000.3333, 1690600000000.7777], range: [700.5, 16] },
  ];
  test.each(cases)('$name', ({ domain, range }) => {
    const d3 = scaleUtc().domain(domain).range(range);
    // A time scale keeps whole ms at the ends of its domain; the piecewise scale rounds them the same way.
    const ours = linearMap(Math.round(domain[0]!), Math.round(domain[1]!), range[0]!, range[1]!);
    const r = prng(42);
    const span = domain[1]! - domain[0]!;
    for (let i = 0; i < 2000; i++) {
      // Inside, at and beyond both ends (the scale extrapolates).
      const t = domain[0]! + (r() * 1.6 - 0.3) * span;
      expect(ours.apply(t)).toBe(d3(t));
      const x = range[0]! + (r() * 1.6 - 0.3) * (range[1]! - range[0]!);
      expect(ours.invert(x)).toBe(d3.invert(x).getTime());
    }
    for (const t of domain) expect(ours.apply(t)).toBe(d3(t));
    for (const x of range) expect(ours.invert(x)).toBe(d3.invert(x).getTime());
  });

  test('a zero-width domain maps to the middle of the range, as d3 does', () => {
    const d3 = scaleUtc().domain([5, 5]).range([10, 30]);
    expect(linearMap(5, 5, 10, 30).apply(123)).toBe(d3(123));
    expect(linearMap(5, 5, 10, 30).apply(123)).toBe(20);
  });

  test('invert rounds to whole ms, never giving -0', () => {
    const m = linearMap(-10, 10, 0, 20);
    expect(m.invert(10.4)).toBe(0);
    expect(m.invert(10.6)).toBe(1);
    expect(Object.is(m.invert(9.6), 0)).toBe(true);
    expect(m.invert(20)).toBe(10);
  });
});
