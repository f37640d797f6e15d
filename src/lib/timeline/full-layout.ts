/**
 * The layout of a static picture (an exported SVG, a printed page): every event of the view is
 * drawn with its whole title, wrapped onto lines, and the drawing grows upwards until everything
 * fits. Nothing is cut with «…» and no badge stands for hidden events, because a picture on paper
 * or on a slide has nothing to click or hover. The time axis, breaks and ticks are the page's own
 * (same scale at the same width), so the picture matches what the reader saw.
 */
import type { TimelineEvent } from '../types.ts';
import { formatEventDate } from './event-date.ts';
import { type EventMark, layoutPrepared, prepareTimeline, type TimelineLayout, type TimelineOptions } from './layout.ts';
import { estimateTextWidth } from './text-width.ts';
import { wrapText } from './wrap-text.ts';

export interface FullLayoutOptions extends TimelineOptions {
  /** Widest line of a label in px (default: 22% of the width, between 140 and 260 px). */
  wrapWidth?: number;
  /** The article's headline and source line, drawn above the chart (sourceShort when source is too wide). */
  header?: { title: string; source: string; sourceShort?: string };
}

/** A placed label block in u (forward px) and in height above the axis. */
interface Box {
  a: number;
  b: number;
  y0: number;
  y1: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10 || 0;

/** Lowest height at which [a, b] × [y, y + h] is clear of every box (gap kept on every side). */
function lowestFree(boxes: readonly Box[], a: number, b: number, h: number, gap: number): number {
  const hits = boxes.filter((q) => q.a < b + gap && q.b > a - gap).sort((p, q) => p.y0 - q.y0);
  let y = 0;
  for (const q of hits) {
    if (q.y0 >= y + h) break;
    y = Math.max(y, q.y1);
  }
  return y;
}

/** The export layout of events at options.transform (default: the whole timeline). */
export function layoutFull(events: readonly TimelineEvent[], options: FullLayoutOptions): TimelineLayout {
  const p = prepareTimeline(events, options);
  const base = layoutPrepared(p, options.transform);
  const { width, direction, digits, monthNaming, fontSize } = p.options;
  const geo = p.geometry;
  const k = options.transform?.k ?? 1;
  const tx = options.transform?.x ?? 0;
  const wrapWidth = options.wrapWidth ?? Math.round(Math.min(260, Math.max(140, width * 0.22)));
  const lineStep = Math.ceil(fontSize * 1.45);
  const toU = (x: number) => (direction === 'rtl' ? width - x : x);
  const fromU = (u: number) => (direction === 'rtl' ? width - u : u);
  const gap = geo.rowGap;
  const r = geo.pointRadius;
  const boxes: Box[] = [];
  const placed: { e: (typeof p.events)[number]; i: number; box: Box; u0: number; u1: number; la: number; lb: number; lines: string[]; h: number; side: 0 | 1 }[] = [];
  p.events.forEach((e, i) => {
    const xa = k * e.xa + tx;
    const xb = k * e.xb + tx;
    if (Math.max(xa, xb) < 0 || Math.min(xa, xb) > width) return; // outside the exported view
    const u0 = Math.min(toU(xa), toU(xb));
    const u1 = Math.max(toU(xa), toU(xb));
    const title = e.event.title.trim() || formatEventDate(e.event, { digits, monthNaming });
    const { lines, width: w } = wrapText(title, Math.min(wrapWidth, width - 8), { fontSize, bold: e.event.main === true });
    const h = geo.labelHeight + (lines.length - 1) * lineStep;
    const tall = h + geo.markRow + geo.laneGap;
    // Forward hangs the label from the mark's start onwards in time, backward ends it at the mark's end.
    // A point's label keeps clear of its stem: marks stacked above it send their stems through here.
    const clear = r - 1;
    const sides: [number, number][] = u0 === u1 ? [[u0 + clear, u0 + clear + w], [u0 - clear - w, u0 - clear]] : [[Math.max(u0, 0), Math.max(u0, 0) + w], [Math.min(u1, width) - w, Math.min(u1, width)]];
    let best: { y: number; side: 0 | 1; la: number; lb: number; a: number; b: number } | undefined;
    sides.forEach(([la0, lb0], side) => {
      // A label that would run past the picture's edge slides back inside it.
      const shift = la0 < 0 ? -la0 : lb0 > width ? width - lb0 : 0;
      const la = la0 + shift;
      const lb = lb0 + shift;
      const a = Math.min(la, u0 - r);
      const b = Math.max(lb, u1 + r);
      const y = lowestFree(boxes, a, b, tall, gap);
      if (!best || y < best.y) best = { y, side: side as 0 | 1, la, lb, a, b };
    });
    const c = best!;
    const box = { a: c.a, b: c.b, y0: c.y, y1: c.y + tall };
    boxes.push(box);
    placed.push({ e, i, box, u0, u1, la: c.la, lb: c.lb, lines, h, side: c.side });
  });
  const stack = boxes.reduce((m, q) => Math.max(m, q.y1), 0);
  const header = options.header ? headerLines(options.header, width, fontSize) : undefined;
  const axisY = (header?.height ?? 0) + geo.topPad + stack + geo.axisGap;
  const shift = axisY - base.axisY;
  const marks: EventMark[] = placed.map(({ e, i, box, u0, u1, la, lb, lines, h, side }) => {
    const bottom = axisY - geo.axisGap - box.y0 - geo.laneGap;
    const title = e.event.title.trim();
    const dateText = (p.dateTexts[i] ??= formatEventDate(e.event, { digits, monthNaming }));
    const xLo = Math.min(fromU(la), fromU(lb));
    const xHi = Math.max(fromU(la), fromU(lb));
    const hangsLeft = (side === 0) === (direction === 'rtl');
    const mx0 = Math.min(fromU(u0), fromU(u1));
    const mx1 = Math.max(fromU(u0), fromU(u1));
    const label: EventMark['label'] = { x: r1(xLo), y: r1(bottom - geo.markRow - h), width: r1(xHi - xLo), height: h, text: title || lines.join(' '), anchor: hangsLeft ? 'start' : 'end', anchorX: r1(hangsLeft ? xHi : xLo), truncated: false };
    if (lines.length > 1) Object.assign(label, { lines, lineStep });
    const mark: EventMark = { id: e.event.id, kind: e.kind, x: r1(mx0), x2: e.kind === 'point' ? r1(mx0) : r1(mx1), lane: 0, y: r1(bottom - geo.markRow / 2), label, dateText, ariaLabel: title ? `${title}، ${dateText}` : dateText };
    if (e.event.main) mark.main = true;
    return mark;
  });
  const layout: TimelineLayout = {
    ...base,
    height: base.height + shift,
    axisY,
    tickY: base.tickY + shift,
    breaks: base.breaks.map((b) => ({ ...b, y: r1(b.y + shift) })),
    marks,
    badges: [],
    lanes: 0,
  };
  if (base.hijriY !== undefined) layout.hijriY = base.hijriY + shift;
  if (header) layout.header = { x: width - 16, lines: header.lines };
  return layout;
}

/** The headline, wrapped to the width in bold, and the source line under it, muted and smaller. */
function headerLines(h: NonNullable<FullLayoutOptions['header']>, width: number, fontSize: number): { height: number; lines: NonNullable<TimelineLayout['header']>['lines'] } {
  const size = Math.round(fontSize * 1.3);
  const small = Math.max(9, fontSize - 2);
  const lines: NonNullable<TimelineLayout['header']>['lines'] = [];
  let y = 12;
  // Headline estimates run short in bold (ligatures and marks the per-letter table does not weigh): wrap with room to spare.
  for (const text of wrapText(h.title, (width - 32) / 1.12, { fontSize: size, bold: true }).lines) {
    y += Math.ceil(size * 1.5);
    lines.push({ text, y: r1(y - size * 0.45), fontSize: size, bold: true, muted: false });
  }
  const source = h.sourceShort && estimateTextWidth(h.source, { fontSize: small }) > (width - 32) / 1.12 ? h.sourceShort : h.source;
  if (source) {
    y += Math.ceil(small * 1.7);
    lines.push({ text: source, y: r1(y - small * 0.45), fontSize: small, bold: false, muted: true });
  }
  return { height: y + 10, lines };
}
