/**
 * Windowing maths for a long list of equal-height rows scrolled by the page: which rows to put in
 * the DOM and how much empty space stands in for the others, so the page keeps its full height and
 * its scrollbar while only the rows near the viewport cost layout and paint. Pure: the component
 * measures (row height, list top, viewport height) and renders; nothing here touches the DOM.
 */

export interface ListWindowInput {
  /** Rows in the whole list. */
  count: number;
  /** Height of one row in CSS px; 0 (or not a finite positive number) while unmeasured, e.g. without layout. */
  rowHeight: number;
  /** Top of the list's first row relative to the viewport's top, in CSS px (negative once scrolled past). */
  listTop: number;
  /** Height of the viewport in CSS px. */
  viewportHeight: number;
  /** Rows kept beyond each edge of the viewport, so Tab and a quick scroll find the next row already there. */
  overscan: number;
  /** Rows rendered while the row height is unknown (default 40): enough to fill a screen, few enough to stay cheap. */
  firstChunk?: number;
}

/** Rows [first, last) are rendered; `before` and `after` are the px the rows outside stand for. */
export interface ListWindow {
  first: number;
  last: number;
  before: number;
  after: number;
}

/** One rendered row: its index and the px of unrendered rows between it and the rendered row before it. */
export interface RenderedRow {
  index: number;
  gapBefore: number;
}

/** The rows to render in order, with the px of unrendered rows before the first and after the last. */
export interface RenderedRows {
  rows: RenderedRow[];
  before: number;
  after: number;
}

const DEFAULT_FIRST_CHUNK = 40;

/** A count or index as a whole number ≥ 0 (garbage counts as 0 rows, never as NaN rows). */
function whole(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function measured(rowHeight: number): boolean {
  return Number.isFinite(rowHeight) && rowHeight > 0;
}

/** The [first, last) rows of a list to render for the given scroll position, and the space before and after them. */
export function listWindow(input: ListWindowInput): ListWindow {
  const count = whole(input.count);
  if (count === 0) return { first: 0, last: 0, before: 0, after: 0 };
  const { rowHeight, listTop } = input;
  if (!measured(rowHeight) || !Number.isFinite(listTop) || !Number.isFinite(input.viewportHeight)) {
    // No layout to go by: render the head of the list; the space after is known only with a height.
    const last = Math.min(count, Math.max(1, whole(input.firstChunk ?? DEFAULT_FIRST_CHUNK)));
    return { first: 0, last, before: 0, after: measured(rowHeight) ? (count - last) * rowHeight : 0 };
  }
  const overscan = whole(input.overscan);
  const top = -listTop; // px of the list above the viewport's top edge
  const bottom = top + Math.max(0, input.viewportHeight);
  // The rows the viewport touches, pulled onto the list when it is wholly below or above the
  // viewport: the head (or tail) then stays rendered, so Tab from the content before (or
  // Shift+Tab from after) still lands on a row instead of skipping the list.
  const firstSeen = clamp(Math.floor(top / rowHeight), 0, count - 1);
  const lastSeen = clamp(Math.ceil(bottom / rowHeight), firstSeen + 1, count);
  const first = Math.max(0, firstSeen - overscan);
  const last = Math.min(count, lastSeen + overscan);
  return { first, last, before: first * rowHeight, after: (count - last) * rowHeight };
}

/**
 * The window's rows plus a kept row and its two neighbours (the focused one: removing it would drop
 * keyboard focus to the page, and its neighbours are where Tab and Shift+Tab go next), in list order.
 */
export function rowsToRender(win: ListWindow, count: number, rowHeight: number, keep: number | null = null): RenderedRows {
  const n = whole(count);
  const h = measured(rowHeight) ? rowHeight : 0;
  const indices = new Set<number>();
  for (let i = Math.max(0, win.first); i < Math.min(n, win.last); i++) indices.add(i);
  if (keep !== null && Number.isInteger(keep) && keep >= 0 && keep < n) {
    for (let i = Math.max(0, keep - 1); i <= Math.min(n - 1, keep + 1); i++) indices.add(i);
  }
  const sorted = [...indices].sort((a, b) => a - b);
  if (sorted.length === 0) return { rows: [], before: 0, after: n * h };
  const rows = sorted.map((index, k) => ({ index, gapBefore: k === 0 ? 0 : (index - sorted[k - 1]! - 1) * h }));
  return { rows, before: sorted[0]! * h, after: (n - sorted[sorted.length - 1]! - 1) * h };
}
