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

  // Every event day gets `room` (the linear scale gave it less, see above); the rest of the time
  // shares what is left at one rate, `rate` px per ms. Knots: the segment's ends and both edges of each day.
  const rate = (inner - days.length * room) / (end - start - days.length * DAY_MS);
  const domainStart = start - pad / rate;
  const domainEnd = end + pad / rate;
  // Knots in time and in u (forward px from the segment's early edge), both increasing.
  const knots = [domainStart, start];
  const u = [0, pad];
  let t = start;
  let at = pad;
  for (const d of days) {
    if (d > t) knots.push(d), u.push((at += (d - t) * rate));
    knots.push((t = d + DAY_MS)), u.push((at += room));
  }
  if (end > t) knots.push(end), u.push(width - pad);
  knots.push(domainEnd), u.push(width);
  // Searched in u and turned into x at the end, so one interpolation serves both directions.
  const dir = Math.sign(xb - xa);
  return { apply: (t) => xa + dir * lerp(knots, u, t), invert: (x) => Math.round(lerp(u, knots, dir * (x - xa))) + 0, domainStart, domainEnd };
}
