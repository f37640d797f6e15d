import { writeFileSync } from 'node:fs';
import { documentExportInput, exportTimelineSvg } from '../../src/lib/export/export-timeline-svg.ts';
import { readExportDataset, nodeExportEnvironment } from '../../src/loader/export-node.ts';
import { DARK_PALETTE } from '../../src/lib/render/palette.ts';
const { dataset } = readExportDataset('/work/wt/export');
const env = await nodeExportEnvironment(dataset, true);
for (const w of [320, 1280]) for (const dark of [false, true]) {
  const input = documentExportInput(dataset, dataset.documents[0]!.id, { width: w }, true);
  if (dark) input.palette = DARK_PALETTE;
  const r = exportTimelineSvg(input, env);
  writeFileSync(`/tmp/ex/seed-${w}-${dark ? 'dark' : 'light'}.svg`, r.svg);
  console.log(w, dark, r.missing, r.removed);
}
const input = documentExportInput(dataset, dataset.documents[0]!.id, { width: 1280 }, true);
input.print = true;
try { writeFileSync('/tmp/ex/seed-print.svg', exportTimelineSvg(input, env).svg); } catch (e) { console.log(String(e)); }
