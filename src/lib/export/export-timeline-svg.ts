import { formatEventCount } from '../arabic-count.ts';
import { LIGHT_PALETTE, type Palette } from '../render/palette.ts';
import { renderTimelineSvg } from '../render/timeline-svg.ts';
import { detectMonthNaming, layoutTimeline, type TimelineOptions } from '../timeline/index.ts';
import type { SourceDocument, TimelineDataset, TimelineEvent } from '../types.ts';
import { EXPORT_FONT_STACK } from './export-fonts.ts';
import { exportFileName } from './file-name.ts';
import { finishExportSvg, type ExportEnvironment, type ExportResult } from './finish-svg.ts';

/** What to export: one article's events, laid out with the same options as the chart on the page. */
export interface TimelineExportInput {
  document: Pick<SourceDocument, 'id' | 'title'>;
  /** The article's events (as the chart shows them). */
  events: readonly TimelineEvent[];
  /** The chart's layout options: width, direction, digits, Hijri line, month naming, zoom transform. */
  options: TimelineOptions;
  /** The whole timeline (zoom transform ignored) rather than the current view. */
  whole: boolean;
  /** Colours; an exported file is light unless asked otherwise (it is printed and pasted on white). */
  palette?: Palette;
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
  const options: TimelineOptions = input.whole || !transform ? rest : { ...rest, transform };
  const layout = layoutTimeline(input.events, options);
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const desc = exportDescription(input.document.title, input.events.length, input.whole);
  const render = (fontFaceCss: string | undefined) =>
    renderTimelineSvg(layout, byId, {
      mode: 'export',
      title: input.document.title,
      desc,
      palette: input.palette ?? LIGHT_PALETTE,
      fontFamily: EXPORT_FONT_STACK,
      ...(options.fontSize !== undefined ? { fontSize: options.fontSize } : {}),
      ...(fontFaceCss !== undefined ? { fontFaceCss } : {}),
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
  return { document, events: dataset.events.filter((e) => e.documentId === documentId), options, whole };
}
