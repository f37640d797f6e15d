/**
 * Axis ticks chosen per segment for the width that segment has on screen (years, months or days),
 * labelled through Intl in the article's month naming, with an optional Hijri line, and thinned so
 * that no two labels overlap (by estimated text width).
 */
import { gregorianParts, hijriParts } from './date-parts.ts';
import type { Digits } from './intl-cache.ts';
import { type MonthNaming, monthName } from './month-naming.ts';
import { DAY_MS, daysInMonth, isoOfMs } from './day-ms.ts';
import { estimateTextWidth } from './text-width.ts';

export type TickLevel = 'year' | 'month' | 'day';

export interface TickInterval {
  level: TickLevel;
  /** Years, months or days between ticks. */
  step: number;
  /** Nominal time between ticks in ms (months and years averaged). */
  duration: number;
}

export interface Tick {
  /** UTC ms the tick stands for: 1 January or the 1st of a month at 00:00, the middle of a day. */
  t: number;
  /** "YYYY-MM-DD" of that day. */
  date: string;
  x: number;
  level: TickLevel;
  label: string;
  /** Estimated label width in px. */
  width: number;
  /** The tick starts a month (day level) or a year (month level), and its label names it. */
  context: boolean;
  /** Longer labels that place the tick without help (day + month + year, then day + month), longest first. */
  contextLabels: { text: string; width: number }[];
  /** Centre of the label: x, unless the label slid inward to stay in view (set by thinTicks). */
  labelX?: number;
  hijri?: string;
  hijriWidth?: number;
  hijriX?: number;
}

export interface TickOptions {
  digits?: Digits;
  monthNaming?: MonthNaming;
  hijri?: boolean;
  /** Label font size in px (default 12). */
  fontSize?: number;
  /** Empty px kept between two labels (default 8). */
  gap?: number;
}

const YEAR_MS = 365.2425 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

/**
 * Candidate intervals, finest first. Day steps keep the 1st of each month as a tick; they stop at
 * 5 because a segment that cannot show every fifth day reads better with month names.
 */
export const TICK_INTERVALS: readonly TickInterval[] = [
  ...[1, 2, 5].map((step) => ({ level: 'day' as const, step, duration: step * DAY_MS })),
  ...[1, 2, 3, 6].map((step) => ({ level: 'month' as const, step, duration: step * MONTH_MS })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((step) => ({ level: 'year' as const, step, duration: step * YEAR_MS })),
];

/** Typical widths by level and label options: chooseTickInterval asks for them on every zoom step. */
const typicalWidths = new Map<string, number>();

/** Width of the widest plain (non-context) label of a level, used to pick the interval. */
function typicalLabelWidth(level: TickLevel, options: TickOptions): number {
  const key = `${level}|${options.fontSize ?? 12}|${options.digits ?? 'arab'}|${options.monthNaming ?? 'egyptian'}`;
  let width = typicalWidths.get(key);
  if (width === undefined) typicalWidths.set(key, (width = measureTypicalLabel(level, options)));
  return width;
}

function measureTypicalLabel(level: TickLevel, options: TickOptions): number {
  const style = { fontSize: options.fontSize ?? 12, bold: level === 'year' };
  const parts = gregorianParts(Date.UTC(2000, 0, 28), options);
  if (level === 'day') return estimateTextWidth(parts.day, style);
  if (level === 'year') return estimateTextWidth(parts.year, style);
  let widest = 0;
  for (let m = 0; m < 12; m++) widest = Math.max(widest, estimateTextWidth(monthName(m, options.monthNaming ?? 'egyptian'), style));
  return widest;
}

/**
 * The finest interval whose ticks stand far enough apart for their labels at `pxPerMs`
 * (screen px per ms in the segment, zoom included); the coarsest when nothing fits.
 */
export function chooseTickInterval(pxPerMs: number, options: TickOptions = {}): TickInterval {
  const gap = options.gap ?? 8;
  const widths: Partial<Record<TickLevel, number>> = {};
  for (const interval of TICK_INTERVALS) {
    const need = (widths[interval.level] ??= typicalLabelWidth(interval.level, options)) + gap;
    // Day ticks restart on the 1st each month, so the real spacing can shrink by a day.
    const spacing = interval.level === 'day' && interval.step > 1 ? (interval.step - 1) * DAY_MS : interval.duration;
    if (spacing * pxPerMs >= need) return interval;
  }
  return TICK_INTERVALS[TICK_INTERVALS.length - 1] as TickInterval;
}

/** Instants of the ticks of `interval` within [t0, t1]. */
export function tickTimes(interval: TickInterval, t0: number, t1: number): number[] {
  const out: number[] = [];
  const a = new Date(t0);
  const y0 = a.getUTCFullYear();
  if (interval.level === 'year') {
    for (let y = Math.ceil(y0 / interval.step) * interval.step; ; y += interval.step) {
      const t = Date.UTC(y, 0, 1);
      if (t > t1) break;
      if (t >= t0) out.push(t);
    }
  } else if (interval.level === 'month') {
    for (let y = y0, m = a.getUTCMonth(); ; m++) {
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      if (t >= t0 && new Date(t).getUTCMonth() % interval.step === 0) out.push(t);
    }
  } else {
    for (let t = Date.UTC(y0, a.getUTCMonth(), a.getUTCDate()) + DAY_MS / 2; t <= t1; t += DAY_MS) {
      if (t < t0) continue;
      const d = new Date(t);
      const day = d.getUTCDate();
      const monthLength = daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1);
      // Skip the stub at the end of a month (31 right before 1) so steps stay even.
      if ((day - 1) % interval.step === 0 && (interval.step === 1 || day + interval.step <= monthLength + 1)) out.push(t);
    }
  }
  return out;
}

/** Gregorian label of a tick; context labels add the month and/or year a reader needs to place it. */
function tickLabel(t: number, level: TickLevel, context: 'none' | 'month' | 'full', options: TickOptions): string {
  const p = gregorianParts(t, options);
  if (level === 'year') return p.year;
  if (level === 'month') return context === 'none' ? p.month : `${p.month} ${p.year}`;
  if (context === 'full') return `${p.day} ${p.month} ${p.year}`;
  return context === 'month' ? `${p.day} ${p.month}` : p.day;
}

/** Hijri (Umm al-Qura) label of a tick, at the same level of detail as its Gregorian label. */
function hijriLabel(t: number, level: TickLevel, digits: Digits): string {
  const h = hijriParts(t, digits);
  if (level === 'year') return `${h.year} ${h.era}`;
  if (level === 'month') return `${h.month} ${h.year}`;
  return `${h.day} ${h.month}`;
}

/**
 * Labelled ticks for the visible time range [t0, t1] of one segment. `toX` maps an instant to its
 * screen x; `pxPerMs` is the segment's screen px per ms. A tick at the start of a month (day level)
 * or of a year (month level) names the larger unit; every tick also carries the longer labels it
 * would need to stand first in its segment (see thinTicks).
 */
export function segmentTicks(t0: number, t1: number, toX: (t: number) => number, pxPerMs: number, options: TickOptions = {}): Tick[] {
  const interval = chooseTickInterval(pxPerMs, options);
  // Year labels are measured bold: renderers commonly draw the coarsest level heavier.
  const style = { fontSize: options.fontSize ?? 12, bold: interval.level === 'year' };
  const digits = options.digits ?? 'arab';
  return tickTimes(interval, t0, t1).map((t) => {
    const d = new Date(t);
    let natural: 'none' | 'month' | 'full' = 'none';
    if (interval.level === 'month' && d.getUTCMonth() === 0) natural = 'full';
    if (interval.level === 'day' && d.getUTCDate() === 1) natural = d.getUTCMonth() === 0 ? 'full' : 'month';
    const label = tickLabel(t, interval.level, natural, options);
    // Labels that situate the tick on their own, longest first: «٢١ تموز ٢٠٢٣», then «٢١ تموز».
    const contextLabels =
      interval.level === 'day'
        ? [tickLabel(t, 'day', 'full', options), tickLabel(t, 'day', 'month', options)]
        : interval.level === 'month'
          ? [tickLabel(t, 'month', 'full', options)]
          : [];
    const tick: Tick = {
      t,
      date: isoOfMs(t),
      x: toX(t),
      level: interval.level,
      label,
      width: estimateTextWidth(label, style),
      context: natural !== 'none',
      contextLabels: contextLabels.map((text) => ({ text, width: estimateTextWidth(text, style) })),
    };
    if (options.hijri) {
      tick.hijri = hijriLabel(t, interval.level, digits);
      tick.hijriWidth = estimateTextWidth(tick.hijri, { fontSize: style.fontSize });
    }
    return tick;
  });
}

/** A horizontal stretch [x0, x1] of a text row that labels must keep clear of. */
export interface Span {
  x0: number;
  x1: number;
}

function overlapsAny(a: Span, taken: readonly Span[]): boolean {
  for (const b of taken) if (a.x0 < b.x1 && b.x0 < a.x1) return true;
  return false;
}

/** Centre of a label of width `w` for a tick at x, moved inward (by at most half its width, so it still covers the tick) to stay in view. */
function labelCentre(x: number, w: number, gap: number, viewX0: number, viewX1: number): number {
  const lo = viewX0 + w / 2 + gap / 2;
  const hi = viewX1 - w / 2 - gap / 2;
  const c = lo > hi ? x : Math.min(Math.max(x, lo), hi);
  return Math.abs(c - x) <= w / 2 ? c : x;
}

/**
 * Keeps the ticks whose labels fit without overlapping each other, the `obstacles` (break labels)
 * or the view [viewX0, viewX1]; a label near the view's edge may slide inward while it still
 * covers its tick (labelX). In each segment (one array of `bySegment`), first the earliest tick
 * that can carry a situating label gets it («٢١ تموز ٢٠٢٣», else «٢١ تموز»), so a reader always
 * sees which month and year a day axis shows; then ticks that start a month or year; then the rest
 * in time order. A Hijri label that does not fit its own row is dropped alone. The result is in
 * time order.
 */
export function thinTicks(bySegment: readonly (readonly Tick[])[], obstacles: readonly Span[], viewX0: number, viewX1: number, gap = 8): Tick[] {
  const taken: Span[] = [...obstacles];
  const hijriTaken: Span[] = [];
  const kept: Tick[] = [];
  const boxOf = (c: number, w: number): Span => ({ x0: c - w / 2 - gap / 2, x1: c + w / 2 + gap / 2 });
  const fits = (box: Span, row: readonly Span[]) => box.x0 >= viewX0 - 1e-6 && box.x1 <= viewX1 + 1e-6 && !overlapsAny(box, row);
  /** Places a label for the tick if it fits; returns whether it did. */
  const tryKeep = (tick: Tick, label: string, width: number): boolean => {
    const c = labelCentre(tick.x, width, gap, viewX0, viewX1);
    const box = boxOf(c, width);
    if (!fits(box, taken)) return false;
    taken.push(box);
    const { contextLabels: _unused, ...rest } = tick;
    const out: Tick = { ...rest, label, width, labelX: c, contextLabels: [] };
    if (out.hijri !== undefined) {
      const hw = out.hijriWidth ?? 0;
      const hc = labelCentre(tick.x, hw, gap, viewX0, viewX1);
      const hbox = boxOf(hc, hw);
      if (fits(hbox, hijriTaken)) {
        hijriTaken.push(hbox);
        out.hijriX = hc;
      } else {
        delete out.hijri;
        delete out.hijriWidth;
      }
    }
    kept.push(out);
    return true;
  };
  for (const ticks of bySegment) {
    const done = new Set<Tick>();
    const variants = Math.max(0, ...ticks.map((t) => t.contextLabels.length));
    situate: for (let v = 0; v < variants; v++) {
      for (const tick of ticks) {
        const c = tick.contextLabels[v];
        if (c && tryKeep(tick, c.text, c.width)) {
          done.add(tick);
          break situate;
        }
      }
    }
    const rest = ticks.filter((t) => !done.has(t)).sort((a, b) => Number(b.context) - Number(a.context) || a.t - b.t);
    for (const tick of rest) tryKeep(tick, tick.label, tick.width);
  }
  return kept.sort((a, b) => a.t - b.t);
}
