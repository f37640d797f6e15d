/**
 * The one entry point the timeline component calls: events + options (+ a d3-zoom transform) in,
 * every coordinate and text of the SVG out. Pure and deterministic, with text widths estimated, so
 * the server render, the exported SVG and the live chart agree to the coordinate.
 *
 * Work that does not depend on the zoom (validation, the piecewise scale, date texts, label widths)
 * is done once in prepareTimeline; layoutPrepared then only transforms, culls to the view, assigns
 * lanes and badges and picks ticks for what is visible.
 */
import { isoToUtcMs, isValidIsoDate } from '../iso-date.ts';
import type { TimelineEvent } from '../types.ts';
import { formatBreakLabel } from './break-label.ts';
import { gatherBadges, spreadTransform } from './clusters.ts';
import { formatEventDate } from './event-date.ts';
import { type Digits, formatInteger } from './intl-cache.ts';
import { assignLaneSlots, type LanePlacement } from './lanes.ts';
import type { MonthNaming } from './month-naming.ts';
import { DAY_MS, isoOfMs } from './day-ms.ts';
import { type Direction, type PiecewiseScale, piecewiseScale } from './piecewise-scale.ts';
import { segmentTicks, type Span, type Tick, thinTicks } from './ticks.ts';
import { estimateTextWidth, fitLabel } from './text-width.ts';

export interface TimelineOptions {
  /** px */
  width: number;
  /** Default 'rtl' (earliest on the right). */
  direction?: Direction;
  /** Default 'arab'. */
  digits?: Digits;
  /** Default false: extra tick line in islamic-umalqura. */
  hijri?: boolean;
  /** Default 'egyptian'. */
  monthNaming?: MonthNaming;
  /** d3-zoom transform applied to the overview's x (screen = k*x0 + x); default identity. */
  transform?: { k: number; x: number };
  /** Label font size px, default 14. */
  fontSize?: number;
  /** Rows of marks above the axis before events are gathered into badges (default 5). */
  maxLanes?: number;
  /** Labels longer than this are cut with «…» (default min(200, 40% of the width)). */
  maxLabelWidth?: number;
}

export interface EventMark {
  id: string;
  kind: 'point' | 'bar';
  /** Screen x; x2 === x for points, x < x2 for bars. */
  x: number;
  x2: number;
  lane: number;
  /** y of the mark's centre line. */
  y: number;
  /**
   * Label box (top-left + size) and text, possibly truncated. anchor/anchorX are for text drawn
   * with direction="rtl": 'start' puts the text's right edge at anchorX, 'end' its left edge.
   * The label hangs from the mark: its edge nearest the mark is at the mark.
   */
  label: {
    x: number;
    y: number;
    width: number;
    height: number;
    text: string;
    anchor: 'start' | 'end';
    anchorX: number;
    truncated: boolean;
    /** A title wrapped onto several lines (export layout): drawn one under the other, lineStep px apart. */
    lines?: string[];
    lineStep?: number;
  };
  /** The article's main event: drawn with emphasis (bold label, ringed mark). */
  main?: true;
  /** formatEventDate(...) */
  dateText: string;
  /** `${title}، ${dateText}` */
  ariaLabel: string;
}

export interface TimelineBadge {
  id: string;
  /** Centre of the badge. */
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  /** The count in the chosen digits. */
  label: string;
  eventIds: string[];
  /** d3-zoom transform that spreads these events out. */
  zoom: { k: number; x: number };
  /** False when all its events share one date: zooming cannot separate them, list them instead. */
  separable: boolean;
}

export interface TimelineLayout {
  /** The SVG's size (height grows with lanes). */
  width: number;
  height: number;
  axisY: number;
  /** Screen px after transform, x0 < x1; start/end are the inclusive ISO days of the cluster's events. */
  segments: { x0: number; x1: number; start: string; end: string }[];
  /** «⋯ ٧٠ عامًا ⋯» centred at x (the middle of the cut), on the tick-label row y; x0/x1 bound the break. */
  breaks: { x: number; label: string; y: number; x0: number; x1: number }[];
  /** Tick at x; its label is centred at labelX (x, or slid inward at the view's edge), the Hijri label at hijriX. */
  ticks: { x: number; label: string; labelX: number; hijri?: string; hijriX?: number; level: 'year' | 'month' | 'day'; date: string }[];
  /** Centre line of the tick labels, and of the Hijri labels when asked for. */
  tickY: number;
  /** Font sizes the widths were estimated for: event labels, and tick/break/badge text. */
  fontSize: number;
  tickFontSize: number;
  hijriY?: number;
  /** Only those in view (culled to [-cullMargin, width + cullMargin]). */
  marks: EventMark[];
  badges: TimelineBadge[];
  /**
   * Ids of ALL events in reading order (earliest first), for keyboard navigation. One array shared by
   * every layout of a preparation (not copied per zoom step: 10,000 ids were a visible share of a
   * step's garbage); treat it as read-only.
   */
  order: readonly string[];
  /** Rows of marks the height was made for. */
  lanes: number;
  /** Suggested d3-zoom scaleExtent: from the overview to a single day spread over a third of the width. */
  zoomExtent: [number, number];
  /** Headline and source lines above the chart (export layout), right-aligned at x, baselines at y. */
  header?: { x: number; lines: { text: string; y: number; fontSize: number; bold: boolean; muted: boolean }[] };
}

/** Vertical and horizontal constants of the drawing, derived from the label font size. */
interface Geometry {
  fontSize: number;
  labelHeight: number;
  markRow: number;
  laneGap: number;
  laneHeight: number;
  topPad: number;
  badgeHeight: number;
  badgeRow: number;
  axisGap: number;
  tickFontSize: number;
  tickLength: number;
  tickRow: number;
  bottomPad: number;
  pointRadius: number;
  cullMargin: number;
  rowGap: number;
}

function geometry(fontSize: number): Geometry {
  const labelHeight = Math.ceil(fontSize * 1.7); // Naskh needs room above and below for its ascenders and descenders
  const markRow = 12;
  const laneGap = 4;
  const tickFontSize = Math.max(9, fontSize - 2);
  return {
    fontSize,
    labelHeight,
    markRow,
    laneGap,
    laneHeight: labelHeight + markRow + laneGap,
    topPad: 8,
    badgeHeight: Math.ceil(tickFontSize * 1.6),
    badgeRow: Math.ceil(tickFontSize * 1.6) + 6,
    axisGap: 4,
    tickFontSize,
    tickLength: 6,
    tickRow: Math.ceil(tickFontSize * 1.7),
    bottomPad: 8,
    pointRadius: 4,
    cullMargin: 40,
    rowGap: 6,
  };
}

interface PreparedEvent {
  event: TimelineEvent;
  kind: 'point' | 'bar';
  /** Overview x of the start side and of the end side (equal for points). */
  xa: number;
  xb: number;
  label: string;
  labelWidth: number;
  truncated: boolean;
  /** Events with the same start and end share this number: zooming never separates them. */
  dateId: number;
}

export interface PreparedTimeline {
  readonly options: Readonly<Required<Omit<TimelineOptions, 'transform'>>>;
  readonly events: readonly PreparedEvent[];
  readonly scale: PiecewiseScale | undefined;
  readonly order: readonly string[];
  readonly breaks: readonly { x0: number; x1: number; label: string; width: number }[];
  readonly zoomExtent: [number, number];
  readonly geometry: Geometry;
  /** Filled on first use: date texts are formatted only for events that become marks. */
  readonly dateTexts: (string | undefined)[];
  /** Lanes used at the identity transform, so the height does not jump while zooming. */
  identityLanes: number | undefined;
  /**
   * The layout at the identity transform, kept once computed: the overview is where a chart starts
   * and where «عرض الكل», a double-click or zooming all the way out return, and at that scale every
   * event is in view, which makes it the costliest layout to compute.
   */
  overview: TimelineLayout | undefined;
}

/** Rounds to 0.1 px: stable text output for snapshots and identical SSR/browser numbers. */
function r1(v: number): number {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? 0 : r; // no "-0" in the output
}

/**
 * Checks the events a layout is asked for (bad input is named by event id and field) and returns
 * each distinct date's UTC ms. News events crowd onto few days, so each date string is parsed once,
 * not once per event.
 */
function validateEvents(events: readonly TimelineEvent[]): Map<string, number> {
  const seen = new Set<string>();
  const days = new Map<string, number>();
  const dayOf = (iso: string): number | undefined => {
    let ms = days.get(iso);
    if (ms === undefined && isValidIsoDate(iso)) days.set(iso, (ms = isoToUtcMs(iso)));
    return ms;
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as TimelineEvent;
    const where = () => `timeline event ${i} (id "${e.id}")`;
    if (!e.id) throw new Error(`${where()}: id is empty`);
    if (seen.has(e.id)) throw new Error(`${where()}: id is used by another event too`);
    seen.add(e.id);
    if (dayOf(e.start) === undefined) throw new Error(`${where()}: start "${e.start}" is not a valid YYYY-MM-DD date`);
    if (dayOf(e.end) === undefined) throw new Error(`${where()}: end "${e.end}" is not a valid YYYY-MM-DD date`);
    if (e.end < e.start) throw new Error(`${where()}: end ${e.end} is before start ${e.start}`);
  }
  return days;
}

/** Reading order: start, then end, then id, as the dataset sorts events. */
function compareReading(a: TimelineEvent, b: TimelineEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The events in reading order; a dataset's events already are (its contract), and then no sort is needed. */
function inReadingOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (compareReading(events[i - 1] as TimelineEvent, events[i] as TimelineEvent) > 0) return [...events].sort(compareReading);
  }
  return [...events];
}

/** Does the transform-independent work of a layout once: scale, positions, labels. */
export function prepareTimeline(events: readonly TimelineEvent[], options: TimelineOptions): PreparedTimeline {
  if (!(options.width > 0) || !Number.isFinite(options.width)) throw new Error(`timeline layout: width must be a positive number of px, got ${options.width}`);
  const days = validateEvents(events);
  const width = options.width;
  const resolved = {
    width,
    direction: options.direction ?? 'rtl',
    digits: options.digits ?? 'arab',
    hijri: options.hijri ?? false,
    monthNaming: options.monthNaming ?? 'egyptian',
    fontSize: options.fontSize ?? 14,
    maxLanes: Math.max(1, Math.floor(options.maxLanes ?? 5)),
    maxLabelWidth: options.maxLabelWidth ?? Math.min(200, Math.round(width * 0.4)),
  } satisfies Required<Omit<TimelineOptions, 'transform'>>;
  const geo = geometry(resolved.fontSize);
  const sorted = inReadingOrder(events);
  const intervals = sorted.map((e) => ({ start: days.get(e.start) as number, end: (days.get(e.end) as number) + DAY_MS }));
  const scale = intervals.length > 0 ? piecewiseScale(intervals, { width, direction: resolved.direction }) : undefined;
  const style = { fontSize: resolved.fontSize };
  const boldStyle = { fontSize: resolved.fontSize, bold: true };
  // Events with the same start and end are adjacent in reading order: number each run.
  const dateIds = new Int32Array(sorted.length);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as TimelineEvent;
    const b = sorted[i] as TimelineEvent;
    dateIds[i] = (dateIds[i - 1] as number) + (a.start === b.start && a.end === b.end ? 0 : 1);
  }
  const prepared: PreparedEvent[] = sorted.map((event, i) => {
    const iv = intervals[i] as { start: number; end: number };
    const point = event.start === event.end;
    const s = scale as PiecewiseScale;
    const xa = point ? s(iv.start + DAY_MS / 2) : s(iv.start);
    const xb = point ? xa : s(iv.end);
    // An event without a title is labelled by its date, so no mark is ever anonymous.
    const title = event.title.trim() || formatEventDate(event, { digits: resolved.digits, monthNaming: resolved.monthNaming });
    // The main event's label is drawn bold, so it is measured bold.
    const { text: label, width: labelWidth } = fitLabel(title, resolved.maxLabelWidth, event.main ? boldStyle : style);
    return {
      event,
      kind: point ? 'point' : 'bar',
      xa,
      xb,
      label,
      labelWidth,
      truncated: label !== title,
      dateId: dateIds[i] as number,
    };
  });
  const breaks = (scale?.breaks ?? []).map((b) => {
    const label = formatBreakLabel(b.gapStart, b.gapEnd, resolved.digits);
    return { x0: b.x0, x1: b.x1, label, width: estimateTextWidth(label, { fontSize: geo.tickFontSize }) };
  });
  // Deepest useful zoom: one day of the most compressed segment over a third of the width.
  let kMax = 1;
  for (const seg of scale?.segments ?? []) {
    const pxPerDay = ((seg.x1 - seg.x0) / (seg.domainEnd - seg.domainStart)) * DAY_MS;
    kMax = Math.max(kMax, width / 3 / pxPerDay);
  }
  return {
    options: resolved,
    events: prepared,
    scale,
    order: sorted.map((e) => e.id),
    breaks,
    zoomExtent: [1, kMax],
    geometry: geo,
    dateTexts: new Array<string | undefined>(prepared.length).fill(undefined),
    identityLanes: undefined,
    overview: undefined,
  };
}

/** The events in view at one transform and their lanes, as parallel arrays (see placeVisible). */
interface InView {
  count: number;
  /** Index into PreparedTimeline.events of each event in view, in reading order. */
  index: Int32Array;
  /** Its mark's extent in u and its label width. */
  u0: Float64Array;
  u1: Float64Array;
  widths: Float64Array;
  /** Index of its placement in `placements`, or -1: it goes into a badge. */
  slot: Int32Array;
  placements: LanePlacement[];
}

/**
 * One set of arrays per preparation, reused by every layout of it: a zoom step near the overview has
 * thousands of events in view, and an object per event per step made the garbage collector run in
 * the middle of zooming. A layout reads them only while it is computed.
 */
const inViewBuffers = new WeakMap<PreparedTimeline, InView>();

/** Culls to the view and assigns lanes at a transform (into the preparation's reused arrays). */
function placeVisible(p: PreparedTimeline, k: number, tx: number): InView {
  const { width, direction, maxLanes } = p.options;
  const cull = p.geometry.cullMargin;
  const events = p.events;
  let v = inViewBuffers.get(p);
  if (!v) {
    const n = events.length;
    v = { count: 0, index: new Int32Array(n), u0: new Float64Array(n), u1: new Float64Array(n), widths: new Float64Array(n), slot: new Int32Array(n), placements: [] };
    inViewBuffers.set(p, v);
  }
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as PreparedEvent;
    const a = k * e.xa + tx;
    const b = k * e.xb + tx;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (hi < -cull || lo > width + cull) continue;
    v.index[count] = i;
    v.u0[count] = direction === 'rtl' ? width - hi : lo;
    v.u1[count] = direction === 'rtl' ? width - lo : hi;
    v.widths[count] = e.labelWidth;
    count++;
  }
  v.count = count;
  v.placements = assignLaneSlots(v, { maxLanes, viewStart: 0, viewEnd: width, gap: p.geometry.rowGap, pointRadius: p.geometry.pointRadius }, v.slot);
  return v;
}

function lanesUsed(placements: readonly LanePlacement[]): number {
  let n = 0;
  for (const pl of placements) if (pl.lane + 1 > n) n = pl.lane + 1;
  return n;
}

/** Lays out a prepared timeline at a d3-zoom transform (screen = k*x0 + x); the overview is computed once. */
export function layoutPrepared(p: PreparedTimeline, transform: { k: number; x: number } = { k: 1, x: 0 }): TimelineLayout {
  const { k, x: tx } = transform;
  if (!(k > 0) || !Number.isFinite(k) || !Number.isFinite(tx)) throw new Error(`timeline layout: transform must have a positive k and a finite x, got k=${k}, x=${tx}`);
  if (k === 1 && tx === 0) return (p.overview ??= layoutAt(p, 1, 0));
  return layoutAt(p, k, tx);
}

/** The layout at one transform (see layoutPrepared). */
function layoutAt(p: PreparedTimeline, k: number, tx: number): TimelineLayout {
  const { width, direction, digits, hijri, monthNaming, maxLanes } = p.options;
  const geo = p.geometry;
  const toU = (x: number) => (direction === 'rtl' ? width - x : x);
  // The overview's lane count is needed first: placeVisible reuses one set of arrays per preparation.
  const identity = k === 1 && tx === 0;
  if (p.identityLanes === undefined && !identity) p.identityLanes = lanesUsed(placeVisible(p, 1, 0).placements);
  const inView = placeVisible(p, k, tx);
  if (p.identityLanes === undefined) p.identityLanes = lanesUsed(inView.placements);
  const { placements, slot, index } = inView;

  // Overflow → badges, anchored where each event begins on screen (a bar that starts off-screen at
  // the view's edge). Events are in time order and u grows with time, so the anchors come sorted.
  const overflow: number[] = []; // positions in view (in `inView`)
  const anchors: number[] = [];
  let inOrder = true;
  for (let j = 0; j < inView.count; j++) {
    if ((slot[j] as number) >= 0) continue;
    const u = Math.min(Math.max(inView.u0[j] as number, 0), width);
    if (anchors.length > 0 && u < (anchors[anchors.length - 1] as number)) inOrder = false;
    overflow.push(j);
    anchors.push(u);
  }
  if (!inOrder) {
    const order = overflow.map((_, n) => n).sort((a, b) => (anchors[a] as number) - (anchors[b] as number) || a - b);
    const o = order.map((n) => overflow[n] as number);
    const a = order.map((n) => anchors[n] as number);
    for (let n = 0; n < o.length; n++) {
      overflow[n] = o[n] as number;
      anchors[n] = a[n] as number;
    }
  }
  const badgeStyle = { fontSize: geo.tickFontSize, bold: true };
  // A badge's width depends only on how many digits its count has (all digits of a script are
  // equally wide), so it is measured once per digit count: merging asks for it at every merge.
  const badgeWidths: number[] = [];
  const badgeWidth = (count: number) => {
    const n = String(count).length;
    return (badgeWidths[n] ??= Math.ceil(estimateTextWidth(`+${formatInteger(10 ** (n - 1), digits)}`, badgeStyle) + 14));
  };
  const groups = gatherBadges(anchors, badgeWidth, { viewStart: 0, viewEnd: width });

  const lanes = p.events.length === 0 ? 0 : Math.min(maxLanes, Math.max(1, lanesUsed(placements), p.identityLanes));
  const badgeRow = groups.length > 0 ? geo.badgeRow : 0;
  const axisY = geo.topPad + lanes * geo.laneHeight + badgeRow + geo.axisGap;
  const tickY = axisY + geo.tickLength + geo.tickRow / 2;
  const hijriY = hijri ? tickY + geo.tickRow : undefined;
  const height = axisY + geo.tickLength + geo.tickRow * (hijri ? 2 : 1) + geo.bottomPad;
  const laneTop = (lane: number) => axisY - geo.axisGap - badgeRow - (lane + 1) * geo.laneHeight;

  const marks: EventMark[] = [];
  for (let j = 0; j < inView.count; j++) {
    const s = slot[j] as number;
    if (s < 0) continue;
    const pl = placements[s] as LanePlacement;
    const i = index[j] as number;
    const vu0 = inView.u0[j] as number;
    const vu1 = inView.u1[j] as number;
    const e = p.events[i] as PreparedEvent;
    const title = e.event.title.trim();
    const dateText = (p.dateTexts[i] ??= formatEventDate(e.event, { digits, monthNaming }));
    const xLo = direction === 'rtl' ? width - pl.labelU1 : pl.labelU0;
    const xHi = direction === 'rtl' ? width - pl.labelU0 : pl.labelU1;
    // The label's edge nearest the mark is its start in reading: forward in 'rtl' hangs to the left of the mark.
    const hangsLeft = (pl.side === 'forward') === (direction === 'rtl');
    const top = laneTop(pl.lane);
    const mx0 = direction === 'rtl' ? width - vu1 : vu0;
    const mx1 = direction === 'rtl' ? width - vu0 : vu1;
    marks.push({
      id: e.event.id,
      kind: e.kind,
      x: r1(mx0),
      x2: e.kind === 'point' ? r1(mx0) : r1(mx1),
      lane: pl.lane,
      y: r1(top + geo.labelHeight + geo.markRow / 2),
      label: {
        x: r1(xLo),
        y: r1(top),
        width: r1(xHi - xLo),
        height: geo.labelHeight,
        text: e.label,
        anchor: hangsLeft ? 'start' : 'end',
        anchorX: r1(hangsLeft ? xHi : xLo),
        truncated: e.truncated,
      },
      dateText,
      ariaLabel: title ? `${title}، ${dateText}` : dateText,
      ...(e.event.main ? { main: true as const } : {}),
    });
  }

  const [, kMax] = p.zoomExtent;
  const badges: TimelineBadge[] = groups.map((g) => {
    const eventIds: string[] = [];
    let x0 = Infinity;
    let x1 = -Infinity;
    let need = 0;
    let separable = false;
    const first = p.events[index[overflow[g.from] as number] as number] as PreparedEvent;
    for (let n = g.from; n < g.to; n++) {
      const m = p.events[index[overflow[n] as number] as number] as PreparedEvent;
      eventIds.push(m.event.id);
      x0 = Math.min(x0, m.xa, m.xb);
      x1 = Math.max(x1, m.xa, m.xb);
      need += m.labelWidth + geo.rowGap + geo.pointRadius * 2;
      if (m.dateId !== first.dateId) separable = true;
    }
    const count = g.to - g.from;
    const target = Math.min(width * 0.9, Math.max(width / 3, need / maxLanes));
    const spread = spreadTransform(x0, x1, target, width, Math.min(kMax, Math.max(1, k * 2)), Math.max(kMax, k));
    // k keeps three decimals; x is recomputed from the rounded k so the badge's events stay centred.
    const zk = Math.round(spread.k * 1000) / 1000;
    return {
      id: `badge-${first.event.id}-${count}`,
      x: r1(toU(g.u)),
      y: r1(axisY - geo.axisGap - badgeRow / 2),
      width: g.width,
      height: geo.badgeHeight,
      count,
      label: `+${formatInteger(count, digits)}`,
      eventIds,
      zoom: { k: zk, x: r1(width / 2 - (zk * (x0 + x1)) / 2) },
      separable,
    };
  });

  // Segments, breaks and ticks on screen.
  const scale = p.scale;
  const segments = (scale?.segments ?? []).map((s) => ({
    x0: r1(k * s.x0 + tx),
    x1: r1(k * s.x1 + tx),
    start: isoOfMs(s.start),
    end: isoOfMs(s.end - DAY_MS),
  }));
  const breakSpans: Span[] = [];
  const breaks: TimelineLayout['breaks'] = [];
  for (const b of p.breaks) {
    const cx = k * ((b.x0 + b.x1) / 2) + tx;
    if (cx + b.width / 2 < 0 || cx - b.width / 2 > width) continue;
    breakSpans.push({ x0: cx - b.width / 2 - 4, x1: cx + b.width / 2 + 4 });
    breaks.push({ x: r1(cx), label: b.label, y: r1(tickY), x0: r1(k * b.x0 + tx), x1: r1(k * b.x1 + tx) });
  }
  const rawTicks: Tick[][] = [];
  for (const s of scale?.segments ?? []) {
    const sx0 = Math.max(0, k * s.x0 + tx);
    const sx1 = Math.min(width, k * s.x1 + tx);
    if (sx1 <= sx0) continue;
    const overview = (x: number) => (x - tx) / k;
    const ta = (scale as PiecewiseScale).invert(overview(sx0));
    const tb = (scale as PiecewiseScale).invert(overview(sx1));
    const t0 = Math.max(s.domainStart, Math.min(ta, tb));
    const t1 = Math.min(s.domainEnd, Math.max(ta, tb));
    const pxPerMs = (k * (s.x1 - s.x0)) / (s.domainEnd - s.domainStart);
    rawTicks.push(segmentTicks(t0, t1, (t) => k * (scale as PiecewiseScale)(t) + tx, pxPerMs, { digits, monthNaming, hijri, fontSize: geo.tickFontSize }));
  }
  const ticks = thinTicks(rawTicks, breakSpans, 0, width).map((t) => {
    const out: TimelineLayout['ticks'][number] = { x: r1(t.x), label: t.label, labelX: r1(t.labelX ?? t.x), level: t.level, date: t.date };
    if (t.hijri !== undefined) {
      out.hijri = t.hijri;
      out.hijriX = r1(t.hijriX ?? t.x);
    }
    return out;
  });

  const layout: TimelineLayout = {
    width,
    height,
    axisY,
    segments,
    breaks,
    ticks,
    tickY,
    fontSize: geo.fontSize,
    tickFontSize: geo.tickFontSize,
    marks,
    badges,
    order: p.order,
    lanes,
    zoomExtent: [1, r1(kMax)],
  };
  if (hijriY !== undefined) layout.hijriY = hijriY;
  return layout;
}

/**
 * The last preparation per events array: a component that calls layoutTimeline on every zoom step
 * with the same (unmutated) array and options gets the prepared work back instead of redoing it.
 */
const lastPrepared = new WeakMap<readonly TimelineEvent[], { key: string; prepared: PreparedTimeline }>();

function preparedFor(events: readonly TimelineEvent[], options: TimelineOptions): PreparedTimeline {
  const { transform: _transform, ...rest } = options;
  const key = JSON.stringify(rest, Object.keys(rest).sort());
  const hit = lastPrepared.get(events);
  if (hit && hit.key === key && hit.prepared.events.length === events.length) return hit.prepared;
  const prepared = prepareTimeline(events, options);
  lastPrepared.set(events, { key, prepared });
  return prepared;
}

/**
 * Lays out events at options.transform. The transform-independent work is reused across calls
 * with the same events array and options (treat the array as immutable), or pass a prepared
 * timeline from prepareTimeline explicitly.
 */
export function layoutTimeline(input: readonly TimelineEvent[] | PreparedTimeline, options: TimelineOptions): TimelineLayout {
  const prepared = Array.isArray(input) ? preparedFor(input as readonly TimelineEvent[], options) : (input as PreparedTimeline);
  return layoutPrepared(prepared, options.transform);
}
