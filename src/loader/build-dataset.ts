import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../lib/extract/index.ts';
import { lineColumn } from '../lib/line-column.ts';
import type { Diagnostic, TimelineDataset, TimelineEvent } from '../lib/types.ts';
import { compareEvents, validateDataset } from '../lib/validate-dataset.ts';
import { LoaderError } from './loader-error.ts';
import { readArticle, type ReadOptions } from './read-article.ts';

export interface BuildResult {
  dataset: TimelineDataset;
  /** Warnings located in their files; errors are thrown as LoaderError instead. */
  warnings: Diagnostic[];
}

/** Lists the articles of a seeds folder (*.txt), sorted so the dataset does not depend on the file system's order. */
export function listSeeds(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new LoaderError({ file: dir, message: 'seeds folder not found' });
  }
  return names.filter((n) => n.endsWith('.txt')).sort().map((n) => join(dir, n));
}

/** Reads and extracts every file into one validated dataset. */
export function buildDataset(files: string[], options: ReadOptions = {}): BuildResult {
  const documents = [];
  const events: TimelineEvent[] = [];
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const input = readArticle(file, options);
    if (seen.has(input.id)) throw new LoaderError({ file: input.source, message: `two articles share the id "${input.id}"` });
    seen.add(input.id);
    const result = extractDocument(input);
    documents.push(result.document);
    events.push(...result.events);
    for (const w of result.warnings) {
      warnings.push({ file: input.source, ...(w.offset !== undefined ? lineColumn(input.text, w.offset) : {}), message: w.message });
    }
  }
  events.sort(compareEvents);
  const dataset: TimelineDataset = { schemaVersion: 1, documents, events };
  const problems = validateDataset(dataset);
  if (problems.length) throw new LoaderError({ file: 'dataset', message: `internal error, invalid dataset:\n  ${problems.join('\n  ')}` });
  return { dataset, warnings };
}

/** Serializes a dataset deterministically (same seeds, same bytes). */
export function serializeDataset(dataset: TimelineDataset): string {
  return JSON.stringify(dataset, null, 2) + '\n';
}
