/**
 * The export as the page runs it: fonts and, for outlined text, HarfBuzz are fetched on the first
 * click only (dynamic imports become separate chunks), then the shared pipeline runs unchanged.
 */
import type { ExportFontBundle } from './export-fonts.ts';
import type { TimelineDataset } from '../types.ts';
import { documentExportInput, exportTimelineSvg, type ExportView, type TimelineExport, type TimelineExportInput } from './export-timeline-svg.ts';
import type { Shaper } from './shaper.ts';
import { DARK_PALETTE } from '../render/palette.ts';

let fonts: Promise<ExportFontBundle> | null = null;
let shaper: Promise<Shaper> | null = null;

/** The dataset's embedded font subset (loaded once). */
export function loadExportFonts(): Promise<ExportFontBundle> {
  fonts ??= import('virtual:export-fonts').then((m) => m.default);
  return fonts.catch((e: unknown) => {
    fonts = null;
    throw e;
  });
}

/** A HarfBuzz shaper over the TrueType subset (loaded once; ~180 KB gzipped WebAssembly). */
export function loadOutlineShaper(): Promise<Shaper> {
  shaper ??= Promise.all([import('virtual:export-outline-fonts'), import('./harfbuzz-shaper.ts')]).then(([f, h]) => h.createHarfBuzzShaper(f.default));
  return shaper.catch((e: unknown) => {
    shaper = null;
    throw e;
  });
}

/** Exports a timeline in the page: the same string `npm run export:svg` writes for the same input. */
export async function exportTimelineInBrowser(input: TimelineExportInput, outline: boolean): Promise<TimelineExport> {
  const [embed, shape] = await Promise.all([loadExportFonts(), outline ? loadOutlineShaper() : Promise.resolve(undefined)]);
  return exportTimelineSvg(input, shape ? { fonts: embed, shaper: shape } : { fonts: embed });
}

/**
 * What the page's «تنزيل SVG» calls (through one dynamic import, so none of the export code is in
 * the first visit): one article of the dataset at the reader's view.
 */
export function exportDocumentInBrowser(dataset: TimelineDataset, documentId: string, view: ExportView, opts: ExportChoices): Promise<TimelineExport> {
  const input = documentExportInput(dataset, documentId, view, opts.whole);
  if (opts.print) input.print = true;
  if (opts.dark) input.palette = DARK_PALETTE;
  return exportTimelineInBrowser(input, opts.outline);
}

/** What the reader ticked in the export control, and the page's theme (the file takes the palette the reader sees). */
export interface ExportChoices {
  whole: boolean;
  outline: boolean;
  /** One A4 landscape page; rejects with PrintDoesNotFitError when the events need more. */
  print?: boolean;
  dark?: boolean;
}
