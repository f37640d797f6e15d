/**
 * Day resolution inside a segment of the piecewise scale. A segment that holds a year-long bar and
 * a few events on consecutive days would, drawn linearly, put those days a pixel or two apart:
 * they read as one spot. Here every day that holds an event gets at least `dayPx` pixels, and the
 * rest of the segment's time shares what is left linearly, so the days come apart while a long
 * bar still shows its extent.
 */
import { DAY_MS } from './day-ms.ts';
import { type LinearMap, linearMap } from './linear-map.ts';

/** Share of a segment's inner width that event days may take at most: the rest of its time must stay visible. */
const MAX_DAY_SHARE = 0.85;

/** px a segment with `days` event days needs to give each of them `dayPx` (0 for fewer than two days). */
export function dayRoomNeed(days: number, dayPx: number, pad: number): number {
  return days < 2 ? 0 : (days * dayPx) / MAX_DAY_SHARE + 2 * pad;
}

/** A segment's map from UTC ms to px (domainStart ↦ xa, domainEnd ↦ xb). */
export interface SegmentMap extends LinearMap {
  domainStart: number;
  domainEnd: number;
}

/** Interpolates v between knots `from` (increasing) and `to`, extending the end pieces (a short list: scanned). */
function lerp(from: readonly number[], to: readonly number[], v: number): number {
  let i = 0;
  while (i < from.length - 2 && v > (from[i + 1] as number)) i++;
  const f0 = from[i] as number;
  return (to[i] as number) + ((v - f0) / ((from[i + 1] as number) - f0)) * ((to[i + 1] as number) - (to[i] as number));
}

/**
 * The map of one segment: [start, end) are its events' extent, `days` the distinct UTC day starts
 * of its one-day events, [xa, xb] its px (xa at the early edge), `pad` the empty px at both ends. Linear (exactly as
 * before) when the days are already dayPx apart, or when there are too many of them to widen.
 */
export function segmentMap(start: number, end: number, days: readonly number[], xa: number, xb: number, pad: number, dayPx: number): SegmentMap {
  const width = Math.abs(xb - xa);
  const inner = width - 2 * pad;
  const linear = (): SegmentMap => {
    const msPerPx = (end - start) / inner;
    const domainStart = start - pad * msPerPx;
    const domainEnd = end + pad * msPerPx;
    // Whole ms at the ends, as the d3 time scale this replaces rounded them: coordinates stay identical.
    return { ...linearMap(Math.round(domainStart), Math.round(domainEnd), xa, xb), domainStart, domainEnd };
  };
  const pxPerDay = (inner / (end - start)) * DAY_MS;
  let closest = Infinity;
  for (let i = 1; i < days.length; i++) closest = Math.min(closest, ((days[i] as number) - (days[i - 1] as number)) / DAY_MS);
  // Too little width for the full room: the days share what may go to them, unless that is too little to matter.
  const room = Math.min(dayPx, (MAX_DAY_SHARE * inner) / Math.max(1, days.length));
  if (days.length < 2 || closest * pxPerDay >= room || room < dayPx / 2) return linear();

  // Knots: the segment's ends and both edges of every event day; a piece is an event day or not.
  const set = new Set<number>([start, end]);
  for (const d of days) set.add(d).add(d + DAY_MS);
  const ts = [...set].filter((t) => t >= start && t <= end).sort((a, b) => a - b);
  const isDay = new Set(days);
  const lengths = ts.slice(1).map((t, i) => t - (ts[i] as number));
  const floors = ts.slice(1).map((_, i) => (isDay.has(ts[i] as number) ? room : 0));
  const total = (k: number) => lengths.reduce((s, l, i) => s + Math.max(floors[i] as number, k * l), 0);
  // px per ms of the time between event days: the one rate at which every piece together fills the width.
  let lo = 0;
  let hi = inner / (end - start);
  for (let n = 0; n < 60; n++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < inner) lo = mid;
    else hi = mid;
  }
  const rate = hi;
  const us = [pad];
  lengths.forEach((l, i) => us.push((us[i] as number) + Math.max(floors[i] as number, rate * l)));
  us[us.length - 1] = width - pad; // the rounding of the search is absorbed at the end
  const domainStart = start - pad / rate;
  const domainEnd = end + pad / rate;
  // Searched in u (increasing) and turned into x at the end, so one interpolation serves both directions.
  const knots = [domainStart, ...ts, domainEnd];
  const u = [0, ...us, width];
  const dir = Math.sign(xb - xa);
  return { apply: (t) => xa + dir * lerp(knots, u, t), invert: (x) => Math.round(lerp(u, knots, dir * (x - xa))) + 0, domainStart, domainEnd };
}
