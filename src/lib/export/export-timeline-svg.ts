import { formatEventCount } from '../arabic-count.ts';
import { LIGHT_PALETTE, type Palette } from '../render/palette.ts';
import { type PrintPage, renderExportSvg } from './export-drawing.ts';
import { detectMonthNaming, type TimelineOptions } from '../timeline/index.ts';
import { layoutFull } from '../timeline/full-layout.ts';
import type { SourceDocument, TimelineDataset, TimelineEvent } from '../types.ts';
import { EXPORT_FONT_STACK } from './export-fonts.ts';
import { exportFileName } from './file-name.ts';
import { finishExportSvg, type ExportEnvironment, type ExportResult } from './finish-svg.ts';

/** What to export: one article's events, laid out with the same options as the chart on the page. */
export interface TimelineExportInput {
  document: Pick<SourceDocument, 'id' | 'title'> & Partial<Pick<SourceDocument, 'source' | 'url'>>;
  /** The article's events (as the chart shows them). */
  events: readonly TimelineEvent[];
  /** The chart's layout options: width, direction, digits, Hijri line, month naming, zoom transform. */
  options: TimelineOptions;
  /** The whole timeline (zoom transform ignored) rather than the current view. */
  whole: boolean;
  /** Colours; an exported file is light unless asked otherwise (it is printed and pasted on white). */
  palette?: Palette;
  /** One A4 landscape page instead of a picture as tall as the events need (throws PrintDoesNotFitError when they do not fit). */
  print?: boolean;
}

/**
 * A4 landscape, 297 × 210 mm, drawn at 4 units per mm (a 14-unit label is 3.5 mm, about 10 pt),
 * with 12 mm margins: the picture is laid out for the width inside the margins.
 */
export const A4_LANDSCAPE: PrintPage = { widthMm: 297, heightMm: 210, width: 1188, height: 840, margin: 48 };

/** The events of a print export need more height than one page has: the tall layout shows them all. */
export class PrintDoesNotFitError extends Error {
  constructor(
    readonly needed: number,
    readonly available: number,
  ) {
    super(`the events do not fit one A4 page (they need ${Math.ceil(needed)} of ${available} units of height): export the tall layout instead`);
    this.name = 'PrintDoesNotFitError';
  }
}

/**
 * The line under the headline: where the article comes from. An address is shown whole when it is
 * plain ASCII; one with Arabic (or %-escaped) path segments by its host alone, because inside the
 * right-to-left line the bidi algorithm would reorder its Arabic and Latin parts into a jumble (and
 * every string of the drawing is isolated as a whole, so the address cannot get its own isolate).
 * The layout falls back to the host too when the whole address is wider than the picture.
 */
function sourceLine(document: TimelineExportInput['document']): { source: string; sourceShort?: string } {
  if (!document.url) return { source: document.source ? `المصدر: ${document.source}` : '' };
  let host = '';
  try {
    host = new URL(document.url).host;
  } catch {
    return { source: `المصدر: ${document.url}` };
  }
  const plain = /^[\x21-\x7e]+$/.test(document.url) && !document.url.includes('%');
  return plain ? { source: `المصدر: ${document.url}`, sourceShort: `المصدر: ${host}` } : { source: `المصدر: ${host}` };
}

export interface TimelineExport extends ExportResult {
  /** «NAME-timeline.svg», named after the headline. */
  fileName: string;
}

/** <desc> of the file: what it shows, in Arabic («الخط الزمني كاملًا — ٦ أحداث — من المقال: …»). */
export function exportDescription(title: string, eventCount: number, whole: boolean): string {
  const part = whole ? 'الخط الزمني كاملًا' : 'الجزء المعروض من الخط الزمني';
  return `${part} — ${formatEventCount(eventCount)} — من المقال: ${title}`;
}

/**
 * The one export pipeline, shared by the «تنزيل SVG» button and `npm run export:svg`: layout,
 * export-mode rendering, embedded font (or outlines), sanitizing. The same input and fonts give the
 * same string in the browser and in Node.
 */
export function exportTimelineSvg(input: TimelineExportInput, env: ExportEnvironment): TimelineExport {
  const { transform, ...rest } = input.options;
  const page = input.print ? A4_LANDSCAPE : undefined;
  const sized = page ? { ...rest, width: page.width - 2 * page.margin } : rest;
  // A zoomed view keeps what the reader saw; on paper the view is scaled to the page's width.
  const view = transform && page ? { k: transform.k, x: (transform.x * sized.width) / rest.width } : transform;
  const options: TimelineOptions = input.whole || !view ? sized : { ...sized, transform: view };
  const layout = layoutFull(input.events, { ...options, header: { title: input.document.title, ...sourceLine(input.document) } });
  if (page && layout.height > page.height - 2 * page.margin) throw new PrintDoesNotFitError(layout.height, page.height - 2 * page.margin);
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const desc = exportDescription(input.document.title, input.events.length, input.whole);
  const render = (fontFaceCss: string | undefined) =>
    renderExportSvg(layout, byId, {
      mode: 'export',
      title: input.document.title,
      desc,
      palette: input.palette ?? LIGHT_PALETTE,
      fontFamily: EXPORT_FONT_STACK,
      ...(options.fontSize !== undefined ? { fontSize: options.fontSize } : {}),
      ...(fontFaceCss !== undefined ? { fontFaceCss } : {}),
      ...(page ? { page } : {}),
    });
  return { ...finishExportSvg(render, env), fileName: exportFileName(input.document.title, input.document.id) };
}

/** How the chart is being viewed: its width and, optionally, the reader's settings and zoom. */
export interface ExportView {
  width: number;
  direction?: TimelineOptions['direction'];
  digits?: TimelineOptions['digits'];
  hijri?: boolean;
  transform?: { k: number; x: number };
}

/**
 * The export input for one article of a dataset, with the month naming the article itself uses
 * (as the page detects it), so the page and the CLI build the same input from the same dataset.
 * Throws on an unknown document id.
 */
export function documentExportInput(dataset: TimelineDataset, documentId: string, view: ExportView, whole: boolean): TimelineExportInput {
  const document = dataset.documents.find((d) => d.id === documentId);
  if (!document) throw new RangeError(`unknown document id "${documentId}" (known: ${dataset.documents.map((d) => d.id).join(', ') || 'none'})`);
  const options: TimelineOptions = { width: view.width, monthNaming: detectMonthNaming(document.text) };
  if (view.direction) options.direction = view.direction;
  if (view.digits) options.digits = view.digits;
  if (view.hijri !== undefined) options.hijri = view.hijri;
  if (view.transform) options.transform = view.transform;
  // An event an editor hid is kept for provenance but never drawn.
  return { document, events: dataset.events.filter((e) => e.documentId === documentId && !e.hidden), options, whole };
}
