/**
 * Counted badges for the events that found no lane: nearby overflow events are gathered into one
 * badge, badges never overlap each other, and each badge carries the zoom transform that spreads
 * its events out (a click zooms in; events on one same day cannot be spread by zooming, which the
 * badge reports so the reader gets a list instead).
 */

/** A badge: the run of overflow items [from, to) (positions in the sorted input) and where it stands. */
export interface BadgeRun {
  from: number;
  to: number;
  /** Centre of the badge in u. */
  u: number;
  /** Badge width in px. */
  width: number;
}

export interface BadgeOptions {
  viewStart: number;
  viewEnd: number;
  /** Px between two badges (default 4). */
  gap?: number;
}

/**
 * Gathers overflow items, given by their anchors in u (sorted ascending), into badges centred on
 * the mean of their members and clamped into the view. A badge that would touch the previous one
 * swallows it, repeatedly, so badges never overlap and every item ends up in exactly one badge.
 * Only the last badge ever grows, so each badge is a contiguous run of the input: the pass is
 * linear and allocates one object per badge, even for 10,000 items.
 */
export function gatherBadges(us: ArrayLike<number>, badgeWidth: (count: number) => number, options: BadgeOptions): BadgeRun[] {
  const gap = options.gap ?? 4;
  const { viewStart, viewEnd } = options;
  // The stack of badges so far as parallel arrays of numbers: a zoom step near the overview runs
  // this over thousands of items, and an object per item was most of its garbage.
  const from: number[] = [];
  const sums: number[] = [];
  const centres: number[] = [];
  const widths: number[] = [];
  for (let i = 0; i < us.length; i++) {
    let start = i;
    let sum = us[i] as number;
    let width = badgeWidth(1);
    let u = centre(sum, 1, width, viewStart, viewEnd);
    for (let top = from.length - 1; top >= 0; top--) {
      if ((centres[top] as number) + (widths[top] as number) / 2 + gap <= u - width / 2) break;
      // Touches the badge before it: that one is swallowed, and the merged badge placed again.
      start = from.pop() as number;
      sum += sums.pop() as number;
      centres.pop();
      widths.pop();
      width = badgeWidth(i + 1 - start);
      u = centre(sum, i + 1 - start, width, viewStart, viewEnd);
    }
    from.push(start);
    sums.push(sum);
    centres.push(u);
    widths.push(width);
  }
  return from.map((f, n) => ({ from: f, to: n + 1 < from.length ? (from[n + 1] as number) : us.length, u: centres[n] as number, width: widths[n] as number }));
}

/** Centre of a badge of `count` members whose anchors sum to `sumU`: their mean, kept inside the view. */
function centre(sumU: number, count: number, width: number, viewStart: number, viewEnd: number): number {
  const lo = viewStart + width / 2;
  const hi = viewEnd - width / 2;
  return lo <= hi ? Math.min(Math.max(sumU / count, lo), hi) : (viewStart + viewEnd) / 2;
}

/**
 * The d3-zoom transform (screen = k·x + x) that shows the overview stretch [x0, x1] spread over
 * `targetPx` screen px, centred in a view `width` px wide. k stays within [kMin, kMax].
 */
export function spreadTransform(x0: number, x1: number, targetPx: number, width: number, kMin: number, kMax: number): { k: number; x: number } {
  const extent = Math.max(Math.abs(x1 - x0), 1e-6);
  const k = Math.min(Math.max(targetPx / extent, kMin), kMax);
  const centre = (x0 + x1) / 2;
  return { k, x: width / 2 - k * centre };
}
