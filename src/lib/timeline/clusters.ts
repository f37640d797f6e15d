/**
 * Counted badges for the events that found no lane: nearby overflow events are gathered into one
 * badge, badges never overlap each other, and each badge carries the zoom transform that spreads
 * its events out (a click zooms in; events on one same day cannot be spread by zooming, which the
 * badge reports so the reader gets a list instead).
 */

export interface OverflowItem {
  /** The caller's index of the event. */
  index: number;
  /** Anchor of the event's mark in u (forward coordinate). */
  u: number;
}

export interface BadgeGroup {
  /** Caller indices, in the order given. */
  members: number[];
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
 * Gathers overflow items (sorted by u) into badges centred on the mean of their members, clamped
 * into the view. A badge that would touch the previous one swallows it, repeatedly, so the result
 * never overlaps. Every item ends up in exactly one badge.
 */
export function gatherBadges(items: readonly OverflowItem[], badgeWidth: (count: number) => number, options: BadgeOptions): BadgeGroup[] {
  const gap = options.gap ?? 4;
  // Items are sorted and only the top of the stack ever merges, so every badge holds a contiguous
  // run items[from, to): merging is O(1) and the whole pass is linear even for 10,000 items.
  interface Run {
    from: number;
    to: number;
    sumU: number;
    u: number;
    width: number;
  }
  const place = (from: number, to: number, sumU: number): Run => {
    const count = to - from;
    const width = badgeWidth(count);
    const lo = options.viewStart + width / 2;
    const hi = options.viewEnd - width / 2;
    const u = lo <= hi ? Math.min(Math.max(sumU / count, lo), hi) : (options.viewStart + options.viewEnd) / 2;
    return { from, to, sumU, u, width };
  };
  const stack: Run[] = [];
  items.forEach((item, i) => {
    let run = place(i, i + 1, item.u);
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top || top.u + top.width / 2 + gap <= run.u - run.width / 2) break;
      stack.pop();
      run = place(top.from, run.to, top.sumU + run.sumU);
    }
    stack.push(run);
  });
  return stack.map((run) => ({ members: items.slice(run.from, run.to).map((it) => it.index), u: run.u, width: run.width }));
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
