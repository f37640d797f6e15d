/**
 * The export's Node side: finds the dataset (the built one, else one built from seeds/) and makes
 * the font environment with the same functions the Vite plugin uses, so a file written here equals
 * the one the page downloads for the same view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCharset } from '../lib/export/export-charset.ts';
import type { ExportEnvironment } from '../lib/export/finish-svg.ts';
import type { TimelineDataset } from '../lib/types.ts';
import { validateDataset } from '../lib/validate-dataset.ts';
import { buildDataset, listSeeds } from './build-dataset.ts';
import { buildExportFonts } from './font-subset.ts';
import { LoaderError } from './loader-error.ts';

/** Reads and validates a dataset JSON file; `shown` is how messages name it. */
export function readDatasetFile(path: string, shown: string): TimelineDataset {
  let data: TimelineDataset;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as TimelineDataset;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoaderError({ file: shown, message: code ? `cannot read the file (${code})` : `not valid JSON (${(e as Error).message})` });
  }
  const problems = typeof data === 'object' && data !== null && Array.isArray(data.documents) && Array.isArray(data.events) ? validateDataset(data) : ['not a timeline dataset'];
  if (problems.length) throw new LoaderError({ file: shown, message: `invalid dataset: ${problems.slice(0, 3).join('; ')}` });
  return data;
}

/** The built dataset (dist/data/timeline.json) when it exists, else the dataset of seeds/, with where it came from. */
export function readExportDataset(root: string): { dataset: TimelineDataset; from: string } {
  const built = join(root, 'dist', 'data', 'timeline.json');
  if (existsSync(built)) return { dataset: readDatasetFile(built, 'dist/data/timeline.json'), from: 'dist/data/timeline.json' };
  return { dataset: buildDataset(listSeeds(join(root, 'seeds')), { root }).dataset, from: 'seeds/' };
}

/** Fonts (and a HarfBuzz shaper when outlining) for exports of a dataset; `uncovered` lists characters the font lacks. */
export async function nodeExportEnvironment(dataset: TimelineDataset, outline: boolean): Promise<ExportEnvironment & { uncovered: string[] }> {
  const built = await buildExportFonts(exportCharset(dataset));
  if (!outline) return { fonts: built.embed, uncovered: built.uncovered };
  const { createHarfBuzzShaper } = await import('../lib/export/harfbuzz-shaper.ts');
  return { fonts: built.embed, shaper: createHarfBuzzShaper(built.outline), uncovered: built.uncovered };
}
