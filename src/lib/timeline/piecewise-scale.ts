/**
 * A piecewise ("collapsed") time scale: events are grouped into clusters, each cluster gets its own
 * linear map from UTC ms to px, and the long empty stretches between clusters are cut down to a
 * fixed-width break. A war in 1950–1953 and four events in one week of 2023 are then both readable
 * at once instead of the week collapsing into a single pixel.
 */
import { dayRoomNeed, segmentMap } from './day-room.ts';
import { DAY_MS } from './day-ms.ts';
import type { LinearMap } from './linear-map.ts';

export { DAY_MS };

/** A stretch of time in UTC ms, end exclusive (a one-day event is [00:00, next 00:00)). */
export interface TimeInterval {
  start: number;
  end: number;
}

export type Direction = 'rtl' | 'ltr';

export interface ClusterOptions {
  /**
   * A gap is cut only when it is at least this share of the span of the cluster it splits
   * (default 0.5: the empty stretch is longer than the events on both sides of it together).
   */
  minGapShareOfCluster?: number;
  /** …and at least this share of the whole timeline's span (default 0.01), so breaks only cut what matters at overview scale. */
  minGapShareOfSpan?: number;
  /** …and at least this many days (default 28): a few empty weeks read fine on a day axis. */
  minGapDays?: number;
  /** At most this many breaks (largest gaps first). */
  maxBreaks?: number;
}

export interface PiecewiseScaleOptions extends ClusterOptions {
  /** Overview width in px. */
  width: number;
  /** 'rtl' (default): earliest on the right, as an Arabic reader reads; 'ltr' flips. */
  direction?: Direction;
  /** Empty px at both ends of the axis (default 16). */
  margin?: number;
  /** Fixed px width of each break (default 48, or 10% of a narrower chart's width). */
  breakWidth?: number;
  /** px inside each segment before its first and after its last event (default 10, at most 15% of the segment). */
  segmentPadding?: number;
  /** Smallest px width a segment is given when the width allows it (default 56, or an eighth of a narrower chart's width). */
  minSegmentWidth?: number;
  /** Breaks may take at most this share of the width (default 1/3); decides maxBreaks when it is not given. */
  maxBreakShare?: number;
}

/** A group of events whose dates lie close together, with the empty stretch before the next group. */
export interface TimeCluster {
  /** Earliest start and latest (exclusive) end of the cluster's events. */
  start: number;
  end: number;
  /** Number of intervals in the cluster. */
  count: number;
}

export interface ScaleSegment {
  /** Index in time order (0 = earliest). */
  index: number;
  /** The cluster's events span [start, end) ms. */
  start: number;
  end: number;
  count: number;
  /** The time shown across the segment, padding included: domainStart ↦ the segment's early edge. */
  domainStart: number;
  domainEnd: number;
  /** Overview px, x0 < x1 whatever the direction. */
  x0: number;
  x1: number;
}

export interface ScaleBreak {
  /** Between segments `index` and `index + 1` (time order). */
  index: number;
  /** The empty stretch that was cut out, [gapStart, gapEnd) ms (from the last event before to the first after). */
  gapStart: number;
  gapEnd: number;
  /** Overview px, x0 < x1. */
  x0: number;
  x1: number;
}

export interface PiecewiseScale {
  /** Overview x of a UTC instant; monotone (decreasing in 'rtl'); extrapolates linearly beyond the ends. */
  (t: number): number;
  /** UTC instant at an overview x; the inverse of the scale. */
  invert(x: number): number;
  readonly segments: readonly ScaleSegment[];
  readonly breaks: readonly ScaleBreak[];
}

/** Intervals merged where they touch or overlap, in time order. */
function mergeIntervals(intervals: readonly TimeInterval[]): TimeCluster[] {
  // A timeline hands its events over sorted: then no sort (a comparator call per event, a visible
  // cost in a large dataset's first render). Merging needs only the starts in order; the order of
  // intervals with one start changes nothing, as each merge keeps the furthest end.
  let inOrder = true;
  for (let i = 1; i < intervals.length && inOrder; i++) inOrder = (intervals[i - 1] as TimeInterval).start <= (intervals[i] as TimeInterval).start;
  const sorted = inOrder ? intervals : [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: TimeCluster[] = [];
  for (const interval of sorted) {
    const last = groups[groups.length - 1];
    if (last && interval.start <= last.end) {
      last.end = Math.max(last.end, interval.end);
      last.count++;
    } else {
      groups.push({ start: interval.start, end: interval.end, count: 1 });
    }
  }
  return groups;
}

/**
 * Groups intervals into clusters separated by empty stretches worth cutting.
 *
 * Divisive: starting from one cluster, the largest gap anywhere is cut while it is
 * (a) at least `minGapShareOfCluster` of the cluster it lies in — with the default ½ the empty
 *     stretch is longer than all the events on both sides of it together, so a linear scale would
 *     spend most of that cluster's width on nothing;
 * (b) at least `minGapShareOfSpan` of the whole span and at least `minGapDays` days.
 * Cutting works top-down, so after the 70 years between 1953 and 2023 are cut, a 3-year gap inside
 * the recent cluster is judged against that cluster, not against the 70-year span.
 */
export function findClusters(intervals: readonly TimeInterval[], options: ClusterOptions = {}): TimeCluster[] {
  const groups = mergeIntervals(intervals);
  if (groups.length <= 1) return groups;
  const shareOfCluster = options.minGapShareOfCluster ?? 0.5;
  const shareOfSpan = options.minGapShareOfSpan ?? 0.01;
  const minGap = (options.minGapDays ?? 28) * DAY_MS;
  const maxBreaks = options.maxBreaks ?? Infinity;
  const first = groups[0] as TimeCluster;
  const totalSpan = Math.max(...groups.map((g) => g.end)) - first.start;

  // Gaps by length, longest first; ties go to the earlier gap so the result is deterministic.
  const gaps = groups
    .slice(1)
    .map((g, i) => ({ after: i, length: g.start - (groups[i] as TimeCluster).end }))
    .sort((a, b) => b.length - a.length || a.after - b.after);
  const cuts: number[] = []; // indices i: cut between groups[i] and groups[i+1], kept sorted
  for (const gap of gaps) {
    if (cuts.length >= maxBreaks) break;
    if (gap.length < minGap || gap.length < shareOfSpan * totalSpan) break; // later gaps are shorter still
    // The cluster this gap lies in is bounded by the nearest cuts already made.
    let lo = 0;
    let hi = groups.length - 1;
    for (const c of cuts) {
      if (c < gap.after) lo = c + 1;
      else if (c >= gap.after + 1) {
        hi = c;
        break;
      }
    }
    const clusterSpan = (groups[hi] as TimeCluster).end - (groups[lo] as TimeCluster).start;
    if (gap.length < shareOfCluster * clusterSpan) continue;
    cuts.push(gap.after);
    cuts.sort((a, b) => a - b);
  }
  const clusters: TimeCluster[] = [];
  let current: TimeCluster | undefined;
  groups.forEach((g, i) => {
    if (!current) current = { ...g };
    else {
      current.end = Math.max(current.end, g.end);
      current.count += g.count;
    }
    if (cuts.includes(i) || i === groups.length - 1) {
      clusters.push(current);
      current = undefined;
    }
  });
  return clusters;
}

/**
 * Splits `total` px between clusters by weight max(share of events, share of time), so a one-day
 * cluster with four events is as readable as a four-year one; every cluster gets at least
 * `minWidth` px when the total allows it (water-filling: clusters below the floor are fixed at it
 * and the rest is shared again).
 */
export function allocateWidths(clusters: readonly TimeCluster[], total: number, minWidth: number, needs: readonly number[] = []): number[] {
  const n = clusters.length;
  if (n === 0) return [];
  const count = clusters.reduce((s, c) => s + c.count, 0);
  const time = clusters.reduce((s, c) => s + (c.end - c.start), 0);
  const weights = clusters.map((c) => Math.max(c.count / count, (c.end - c.start) / time));
  // Each cluster's floor: the common minimum, or more when its event days need room (see day-room.ts);
  // floors that together exceed the width shrink alike.
  const wanted = clusters.map((_, i) => Math.max(Math.min(minWidth, total / n), needs[i] ?? 0));
  const sumWanted = wanted.reduce((s, w) => s + w, 0);
  const floors = wanted.map((w) => (sumWanted > total ? (w * total) / sumWanted : w));
  const fixed = new Array<boolean>(n).fill(false);
  const widths = new Array<number>(n).fill(0);
  for (;;) {
    const freeWeight = weights.reduce((s, w, i) => (fixed[i] ? s : s + w), 0);
    const freeWidth = total - fixed.reduce((s, f, i) => (f ? s + (floors[i] as number) : s), 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        widths[i] = floors[i] as number;
        continue;
      }
      widths[i] = (freeWidth * (weights[i] as number)) / freeWeight;
      if ((widths[i] as number) < (floors[i] as number) - 1e-9) {
        fixed[i] = true;
        changed = true;
      }
    }
    if (!changed) return widths;
  }
}

/** Builds the piecewise scale for a set of event intervals (at least one). */
export function piecewiseScale(intervals: readonly TimeInterval[], options: PiecewiseScaleOptions): PiecewiseScale {
  if (intervals.length === 0) throw new RangeError('piecewiseScale: no intervals to scale');
  for (const iv of intervals) {
    if (!Number.isFinite(iv.start) || !Number.isFinite(iv.end) || iv.end <= iv.start) {
      throw new RangeError(`piecewiseScale: interval [${iv.start}, ${iv.end}) must be finite and end after it starts`);
    }
  }
  const width = options.width;
  if (!(width > 0)) throw new RangeError(`piecewiseScale: width must be positive, got ${width}`);
  const direction = options.direction ?? 'rtl';
  const margin = Math.min(options.margin ?? 16, width / 8);
  // A narrow chart keeps more of its width for events: breaks and the smallest segment shrink below 400 px.
  const breakWidth = options.breakWidth ?? Math.min(48, Math.round(width * 0.1));
  const maxBreaks = options.maxBreaks ?? Math.max(0, Math.floor((width * (options.maxBreakShare ?? 1 / 3)) / breakWidth));
  const clusters = findClusters(intervals, { ...options, maxBreaks });
  const inner = width - 2 * margin - (clusters.length - 1) * breakWidth;
  // Distinct UTC days of one-day events, in time order: the days the segments give room to.
  const days = [...new Set(intervals.filter((iv) => iv.end - iv.start === DAY_MS).map((iv) => iv.start))].sort((a, b) => a - b);
  // px each day holding a one-day event gets at least, so events on consecutive days stand apart:
  // width / 45 between 12 and 24, i.e. 24 px from about 1100 px (the chart of a 1280 px page), 12 px at 320 px.
  const dayPx = Math.min(24, Math.max(12, width / 45));
  const daysIn = clusters.map((c) => days.filter((d) => d >= c.start && d < c.end));
  const needs = daysIn.map((d) => dayRoomNeed(d.length, dayPx, options.segmentPadding ?? 10));
  const widths = allocateWidths(clusters, inner, options.minSegmentWidth ?? Math.min(56, Math.round(width / 8)), needs);

  // Lay segments out along u, the forward (time-increasing) coordinate; x = u in 'ltr', width - u in 'rtl'.
  const toX = (u: number) => (direction === 'rtl' ? width - u : u);
  const segments: ScaleSegment[] = [];
  const breaks: ScaleBreak[] = [];
  const linear: LinearMap[] = [];
  let u = margin;
  clusters.forEach((c, i) => {
    const w = widths[i] as number;
    const pad = Math.min(options.segmentPadding ?? 10, w * 0.15);
    const xa = toX(u);
    const xb = toX(u + w);
    const map = segmentMap(c.start, c.end, daysIn[i] as number[], xa, xb, pad, dayPx);
    const { domainStart, domainEnd } = map;
    linear.push(map);
    segments.push({ index: i, start: c.start, end: c.end, count: c.count, domainStart, domainEnd, x0: Math.min(xa, xb), x1: Math.max(xa, xb) });
    u += w;
    const next = clusters[i + 1];
    if (next) {
      const ba = toX(u);
      const bb = toX(u + breakWidth);
      breaks.push({ index: i, gapStart: c.end, gapEnd: next.start, x0: Math.min(ba, bb), x1: Math.max(ba, bb) });
      u += breakWidth;
    }
  });

  /** Inside a break, time runs linearly across the break's width (so the scale stays monotone and invertible). */
  const scale = ((t: number): number => {
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i] as ScaleSegment;
      if (t <= s.domainEnd || i === segments.length - 1) {
        if (t >= s.domainStart || i === 0) return (linear[i] as LinearMap).apply(t);
        const b = breaks[i - 1] as ScaleBreak;
        const prev = segments[i - 1] as ScaleSegment;
        const f = (t - prev.domainEnd) / (s.domainStart - prev.domainEnd);
        return direction === 'rtl' ? b.x1 - f * (b.x1 - b.x0) : b.x0 + f * (b.x1 - b.x0);
      }
    }
    return Number.NaN; // unreachable: the last segment catches every remaining t
  }) as PiecewiseScale;

  const invert = (x: number): number => {
    // Walk in time order; a segment's time-forward edge in px is x1 ('ltr') or x0 ('rtl').
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i] as ScaleSegment;
      const beforeEnd = direction === 'rtl' ? x >= s.x0 : x <= s.x1;
      if (beforeEnd || i === segments.length - 1) {
        const b = breaks[i - 1];
        const inBreak = b && (direction === 'rtl' ? x > s.x1 : x < s.x0);
        if (!b || !inBreak) return (linear[i] as LinearMap).invert(x);
        const prev = segments[i - 1] as ScaleSegment;
        const f = direction === 'rtl' ? (b.x1 - x) / (b.x1 - b.x0) : (x - b.x0) / (b.x1 - b.x0);
        return prev.domainEnd + f * (s.domainStart - prev.domainEnd);
      }
    }
    return Number.NaN;
  };

  return Object.assign(scale, { invert, segments, breaks });
}
