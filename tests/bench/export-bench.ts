/**
 * Export benchmark in Node: the whole timeline of a generated 1,000-event article as a standalone
 * SVG, through the pipeline `npm run export:svg` and the page's «تنزيل SVG» share
 * (documentExportInput + exportTimelineSvg), with the dataset's font subset embedded, and with the
 * text outlined by HarfBuzz. Making the font subset is timed apart: the build does it once.
 */
import { gzipSync } from 'node:zlib';
import { documentExportInput, exportTimelineSvg } from '../../src/lib/export/export-timeline-svg.ts';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { nodeExportEnvironment } from '../../src/loader/export-node.ts';
import { median } from './frame-trace.ts';
import { kb, num, type Row } from './report.ts';

/** Exports `dataset`'s first article `runs` times per mode and reports the median time and the size. */
export async function measureExport(dataset: TimelineDataset, runs = 5): Promise<Row[]> {
  const doc = dataset.documents[0];
  if (!doc) throw new Error('the export benchmark needs a dataset with an article');
  const count = dataset.events.filter((e) => e.documentId === doc.id).length;
  const section = `export (${num(count)} events)`;
  const rows: Row[] = [];
  for (const outline of [false, true]) {
    const t0 = performance.now();
    const env = await nodeExportEnvironment(dataset, outline);
    const setupMs = performance.now() - t0;
    const times: number[] = [];
    let svg = '';
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      svg = exportTimelineSvg(documentExportInput(dataset, doc.id, { width: 1200 }, true), env).svg;
      times.push(performance.now() - t);
    }
    const bytes = Buffer.byteLength(svg);
    const mode = outline ? 'text outlined (HarfBuzz)' : 'font subset embedded';
    rows.push(
      { section, measure: `SVG, ${mode}: time`, result: `${num(median(times), 1)} ms`, note: `median of ${runs}; font ${outline ? 'subset + shaper' : 'subset'} made once in ${num(setupMs)} ms` },
      { section, measure: `SVG, ${mode}: size`, result: kb(bytes), note: `${kb(gzipSync(svg, { level: 9 }).length)} gzipped` },
    );
  }
  return rows;
}
