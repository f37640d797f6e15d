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
  const sums: number[] = [];
  const stack: BadgeRun[] = [];
  const place = (from: number, to: number, sumU: number): BadgeRun => {
    const width = badgeWidth(to - from);
    const lo = options.viewStart + width / 2;
    const hi = options.viewEnd - width / 2;
    const u = lo <= hi ? Math.min(Math.max(sumU / (to - from), lo), hi) : (options.viewStart + options.viewEnd) / 2;
    return { from, to, u, width };
  };
  for (let i = 0; i < us.length; i++) {
    let sum = us[i] as number;
    let run = place(i, i + 1, sum);
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top || top.u + top.width / 2 + gap <= run.u - run.width / 2) break;
      stack.pop();
      sum += sums.pop() as number;
      run = place(top.from, run.to, sum);
    }
    stack.push(run);
    sums.push(sum);
  }
  return stack;
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
