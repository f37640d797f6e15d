/**
 * What a static picture adds to the shared drawing: the headline and source line above the chart,
 * and, for print, the sheet of paper around it. Kept out of the renderer the page loads, since only
 * an export needs it.
 */
import { drawTimeline, el, serializeDrawing, type SvgRenderOptions, text } from '../render/timeline-svg.ts';
import type { TimelineLayout } from '../timeline/layout.ts';
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
