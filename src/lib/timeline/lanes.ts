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
  const n = items.length;
  const u0 = new Float64Array(n);
  const u1 = new Float64Array(n);
  const widths = new Float64Array(n);
  items.forEach((item, i) => {
    u0[i] = item.u0;
    u1[i] = item.u1;
    widths[i] = item.labelWidth;
  });
  const slot = new Int32Array(n);
  const placed = assignLaneSlots({ count: n, u0, u1, widths }, options, slot);
  return Array.from(slot, (s) => (s < 0 ? null : (placed[s] as LanePlacement)));
}

/** Items as parallel arrays: the first `count` entries of each are read. */
export interface LaneArrays {
  count: number;
  u0: ArrayLike<number>;
  u1: ArrayLike<number>;
  widths: ArrayLike<number>;
}

/**
 * assignLanes over items given as parallel arrays, without an object per item: a zoom step near the
 * overview has thousands of items in view and places a few dozen. Returns the placements made, in
 * order, and writes into slot[i] the index of item i's placement among them, or -1 for no room.
 */
export function assignLaneSlots(items: LaneArrays, options: LaneOptions, slot: Int32Array): LanePlacement[] {
  const gap = options.gap ?? 6;
  const r = options.pointRadius ?? 4;
  const { viewStart, viewEnd } = options;
  const rows: LaneRow[] = Array.from({ length: Math.max(1, options.maxLanes) }, () => new LaneRow());
  // Scalars instead of candidate objects: this loop runs for every visible event at every zoom step.
  const label = [0.5, 0.5, 0.5, 0.5]; // forward [a, b], backward [a, b]
  const occupied = [0.5, 0.5, 0.5, 0.5];
  const placed: LanePlacement[] = [];
  // News crowds many events onto one day: in reading order they come one after another with the
  // same extent. Once one of them found no room, another with the same extent and a label at least
  // as wide cannot find any either (its candidate boxes contain the failed ones), as long as no lane
  // has changed since and neither needed sliding into view. Remembering that failure makes a
  // crowded day cost one comparison per event instead of a search in every lane.
  let failedU0 = Number.NaN;
  let failedU1 = Number.NaN;
  let failedAt = -1;
  let failedWidth = Infinity;
  const { u0: us0, u1: us1, widths } = items;
  for (let n = 0; n < items.count; n++) {
    const iu0 = us0[n] as number;
    const iu1 = us1[n] as number;
    const w = widths[n] as number;
    slot[n] = -1;
    if (iu0 === iu1) {
      // A point's label is aligned with the dot's outer edge, on one side or the other.
      label[0] = iu0 - r;
      label[1] = iu0 - r + w;
      label[2] = iu0 + r - w;
      label[3] = iu0 + r;
      occupied[0] = label[0];
      occupied[1] = Math.max(label[1], iu0 + r);
      occupied[2] = Math.min(label[2], iu0 - r);
      occupied[3] = label[3];
    } else {
      // A bar's label stays on the visible part of the bar, so a long war still shows its name when zoomed in.
      const s = Math.min(Math.max(iu0, viewStart), iu1);
      const e = Math.max(Math.min(iu1, viewEnd), iu0);
      label[0] = s;
      label[1] = s + w;
      label[2] = e - w;
      label[3] = e;
      occupied[0] = iu0;
      occupied[1] = Math.max(iu1, s + w);
      occupied[2] = Math.min(iu0, e - w);
      occupied[3] = iu1;
    }
    const inView0 = (label[0] as number) >= viewStart - 1e-6 && (label[1] as number) <= viewEnd + 1e-6;
    const inView1 = (label[2] as number) >= viewStart - 1e-6 && (label[3] as number) <= viewEnd + 1e-6;
    const simple = inView0 && inView1;
    const sameAsFailed = simple && iu0 === failedU0 && iu1 === failedU1 && placed.length === failedAt;
    if (sameAsFailed && w >= failedWidth) continue;
    search: for (let round = 0; round < 2; round++) {
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
          slot[n] = placed.length;
          placed.push({ lane, side: side === 0 ? 'forward' : 'backward', labelU0: label[side * 2] as number, labelU1: label[side * 2 + 1] as number });
          break search;
        }
      }
    }
    if ((slot[n] as number) < 0 && simple) {
      failedWidth = sameAsFailed ? Math.min(failedWidth, w) : w;
      failedU0 = iu0;
      failedU1 = iu1;
      failedAt = placed.length;
    }
  }
  return placed;
}
