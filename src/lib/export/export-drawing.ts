/**
 * What a static picture adds to the shared drawing: the headline and source line above the chart,
 * and, for print, the sheet of paper around it. Kept out of the renderer the page loads, since only
 * an export needs it.
 */
import { drawTimeline, el, serializeDrawing, type SvgRenderOptions, text } from '../render/timeline-svg.ts';
import type { TimelineLayout } from '../timeline/layout.ts';
import type { SvgElement } from './svg-tree.ts';
import type { TimelineEvent } from '../types.ts';

/** A sheet of paper: its size in mm, its viewBox in drawing units, and the margin around the drawing. */
export interface PrintPage {
  widthMm: number;
  heightMm: number;
  width: number;
  height: number;
  margin: number;
}

/** The export drawing as SVG markup: the chart with its header, on a page when one is given. */
export function renderExportSvg(layout: TimelineLayout, eventsById: ReadonlyMap<string, TimelineEvent>, options: SvgRenderOptions & { page?: PrintPage }): string {
  const root = drawTimeline(layout, eventsById, options);
  const p = options.palette;
  wrapLabels(root, layout);
  const header = layout.header;
  // The header goes right after the background, before the axis: the reading order of the file.
  const at = root.children.findIndex((c) => c.type === 'element' && c.name === 'rect') + 1;
  const heads = (header?.lines ?? []).map((l) => text(header!.x, l.y, 'end', l.fontSize, l.bold ? 700 : 400, l.muted ? p.muted : p.ink, l.text));
  root.children.splice(at, 0, ...heads);
  const page = options.page;
  if (page) {
    // On paper the drawing sits inside the margins; the background covers the whole sheet.
    root.attrs = root.attrs.map(([k, v]) => [k, k === 'width' ? `${page.widthMm}mm` : k === 'height' ? `${page.heightMm}mm` : k === 'viewBox' ? `0 0 ${page.width} ${page.height}` : v]);
    const background = root.children[at - 1];
    if (background?.type === 'element') background.attrs = background.attrs.map(([k, v]) => [k, k === 'width' ? String(page.width) : k === 'height' ? String(page.height) : v]);
    const sheet = el('g', { transform: `translate(${page.margin} ${page.margin})` }, root.children.splice(at));
    root.children.push(sheet);
  }
  return serializeDrawing(root);
}

/**
 * Redraws the label of every mark whose title the export layout wrapped: one text per line, the
 * first centred in the box's first line height, the next lineStep below, each anchored at the
 * box's right edge like the single-line label it replaces (the last child of the mark's group).
 */
function wrapLabels(root: SvgElement, layout: TimelineLayout): void {
  const wrapped = new Map(layout.marks.filter((m) => m.label.lines).map((m) => [m.id, m]));
  const visit = (node: SvgElement) => {
    const id = node.attrs.find(([k]) => k === 'data-event-id')?.[1];
    const m = id === undefined ? undefined : wrapped.get(id);
    if (!m) {
      for (const c of node.children) if (c.type === 'element') visit(c);
      return;
    }
    const single = node.children.pop() as SvgElement;
    const inner = single.children[0] as SvgElement;
    const attr = (k: string) => inner.attrs.find(([a]) => a === k)?.[1] ?? '';
    const lines = m.label.lines as string[];
    const step = m.label.lineStep ?? 0;
    const first = m.label.y + (m.label.height - (lines.length - 1) * step) / 2;
    const size = Number(attr('font-size'));
    for (const [i, line] of lines.entries()) {
      node.children.push(text(m.label.x + m.label.width - m.x, first + i * step + size * 0.35 - m.y, 'end', size, attr('font-weight') === '700' ? 700 : 400, attr('fill'), line));
    }
  };
  visit(root);
}
