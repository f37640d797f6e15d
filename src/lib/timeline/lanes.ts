/**
 * Lane assignment: each event mark gets a row above the axis such that no two marks or labels in a
 * row overlap. Works in u, the forward screen coordinate (u grows with time: u = x in 'ltr',
 * width − x in 'rtl'), so one algorithm serves both directions.
 *
 * Greedy first fit, in reading order (earliest first, so earlier events get the rows nearest the
 * axis): for lane 0, 1, … try the label on the forward side of the mark (reading on in time), then
 * on the backward side; take the first that is clear of everything already in that lane and inside
 * the view. Labels that would run past the view's edge (a mark near the edge, or one just outside
 * it while panning) get a second round, slid back inside the view so they stay readable. An item
 * that still does not fit is overflow: the caller gathers those into counted badges. Each lane
 * keeps its occupied stretches sorted, so a test is a binary search.
 */

export interface LaneItem {
  /** Mark extent in u: u0 === u1 for a point, u0 < u1 for a bar. */
  u0: number;
  u1: number;
  /** Label width in px (already truncated). */
  labelWidth: number;
}

export interface LaneOptions {
  /** Number of rows available (≥ 1). */
  maxLanes: number;
  /** The visible range in u. */
  viewStart: number;
  viewEnd: number;
  /** Empty px kept between two things in a row (default 6). */
  gap?: number;
  /** Radius of a point mark (default 4): the label is aligned with the dot's outer edge. */
  pointRadius?: number;
}

export type LabelSide = 'forward' | 'backward';

export interface LanePlacement {
  lane: number;
  side: LabelSide;
  /** Label box in u. */
  labelU0: number;
  labelU1: number;
}

/** Occupied stretches of one lane, disjoint and sorted. */
class LaneRow {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when [a, b] is clear of every stretch by at least `gap`. */
  isFree(a: number, b: number, gap: number): boolean {
    // First stretch whose end reaches past a - gap; the stretches are disjoint so ends are sorted too.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) + gap <= a) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.ends.length || (this.starts[lo] as number) >= b + gap;
  }

  insert(a: number, b: number): void {
    let i = this.starts.length;
    while (i > 0 && (this.starts[i - 1] as number) > a) i--; // items arrive mostly in order: usually no step
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
  }
}

/** Assigns lanes to items given in priority (reading) order; null marks an item that found no room. */
export function assignLanes(items: readonly LaneItem[], options: LaneOptions): (LanePlacement | null)[] {
  const gap = options.gap ?? 6;
  const r = options.pointRadius ?? 4;
  const { viewStart, viewEnd } = options;
  const rows: LaneRow[] = Array.from({ length: Math.max(1, options.maxLanes) }, () => new LaneRow());
  // Scalars instead of candidate objects: this loop runs for every visible event at every zoom step.
  const label = [0, 0, 0, 0]; // forward [a, b], backward [a, b]
  const occupied = [0, 0, 0, 0];
  // News crowds many events onto one day: in reading order they come one after another with the
  // same extent. Once one of them found no room, another with the same extent and a label at least
  // as wide cannot find any either (its candidate boxes contain the failed ones), as long as no lane
  // has changed since and neither needed sliding into view. Remembering that failure makes a
  // crowded day cost one comparison per event instead of a search in every lane.
  let placedCount = 0;
  let failedU0 = Number.NaN;
  let failedU1 = Number.NaN;
  let failedAt = -1;
  let failedWidth = Infinity;
  return items.map((item) => {
    const w = item.labelWidth;
    if (item.u0 === item.u1) {
      // A point's label is aligned with the dot's outer edge, on one side or the other.
      label[0] = item.u0 - r;
      label[1] = item.u0 - r + w;
      label[2] = item.u0 + r - w;
      label[3] = item.u0 + r;
      occupied[0] = label[0];
      occupied[1] = Math.max(label[1], item.u0 + r);
      occupied[2] = Math.min(label[2], item.u0 - r);
      occupied[3] = label[3];
    } else {
      // A bar's label stays on the visible part of the bar, so a long war still shows its name when zoomed in.
      const s = Math.min(Math.max(item.u0, viewStart), item.u1);
      const e = Math.max(Math.min(item.u1, viewEnd), item.u0);
      label[0] = s;
      label[1] = s + w;
      label[2] = e - w;
      label[3] = e;
      occupied[0] = item.u0;
      occupied[1] = Math.max(item.u1, s + w);
      occupied[2] = Math.min(item.u0, e - w);
      occupied[3] = item.u1;
    }
    const inView0 = label[0] >= viewStart - 1e-6 && label[1] <= viewEnd + 1e-6;
    const inView1 = label[2] >= viewStart - 1e-6 && label[3] <= viewEnd + 1e-6;
    const simple = inView0 && inView1;
    const sameAsFailed = simple && item.u0 === failedU0 && item.u1 === failedU1 && placedCount === failedAt;
    if (sameAsFailed && w >= failedWidth) return null;
    for (let round = 0; round < 2; round++) {
      if (round === 1) {
        // Second round, only for sides whose label ran past the view: slide them inside it.
        if (inView0 && inView1) break;
        for (let side = 0; side < 2; side++) {
          const a = label[side * 2] as number;
          const b = label[side * 2 + 1] as number;
          const shift = a < viewStart ? viewStart - a : b > viewEnd ? viewEnd - b : 0;
          label[side * 2] = a + shift;
          label[side * 2 + 1] = b + shift;
          occupied[side * 2] = Math.min(occupied[side * 2] as number, a + shift);
          occupied[side * 2 + 1] = Math.max(occupied[side * 2 + 1] as number, b + shift);
        }
      }
      for (let lane = 0; lane < rows.length; lane++) {
        const row = rows[lane] as LaneRow;
        for (let side = 0; side < 2; side++) {
          if ((round === 0) !== (side === 0 ? inView0 : inView1)) continue;
          const a = occupied[side * 2] as number;
          const b = occupied[side * 2 + 1] as number;
          if (!row.isFree(a, b, gap)) continue;
          row.insert(a, b);
          placedCount++;
          return { lane, side: side === 0 ? 'forward' : 'backward', labelU0: label[side * 2] as number, labelU1: label[side * 2 + 1] as number };
        }
      }
    }
    if (simple) {
      failedWidth = sameAsFailed ? Math.min(failedWidth, w) : w;
      failedU0 = item.u0;
      failedU1 = item.u1;
      failedAt = placedCount;
    }
    return null;
  });
}
