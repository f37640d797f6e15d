import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractResult } from '../lib/extract/index.ts';
import type { Diagnostic, SourceDocument, TimelineDataset, TimelineEvent } from '../lib/types.ts';
import { compareEvents, validateDataset } from '../lib/validate-dataset.ts';
import { LineIndex } from './line-index.ts';
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
  const documents: SourceDocument[] = [];
  const events: TimelineEvent[] = [];
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const { input, warnings: readWarnings } = readArticle(file, options);
    warnings.push(...readWarnings);
    if (seen.has(input.id)) throw new LoaderError({ file: input.source, message: `two articles share the id "${input.id}"` });
    seen.add(input.id);
    const result = extract(input);
    documents.push(result.document);
    events.push(...result.events);
    const lines = new LineIndex(input.text);
    for (const w of result.warnings) {
      warnings.push({ file: input.source, ...(w.offset !== undefined ? lines.place(w.offset) : {}), message: w.message });
    }
    // The contract keeps an article without dates (zero events) and says so; the extractor
    // usually explains why, and the loader adds the warning only when nothing did.
    if (result.events.length === 0 && !result.warnings.some((w) => w.offset === undefined)) {
      warnings.push({ file: input.source, message: 'no dated events found: the article is kept with zero events' });
    }
    const problems = validateDataset({ schemaVersion: 1, documents: [result.document], events: [...result.events].sort(compareEvents) });
    if (problems.length) throw new LoaderError({ file: input.source, message: `internal error, the extractor produced an invalid document:\n  ${problems.slice(0, 20).join('\n  ')}` });
  }
  // Each document with its events was validated above (naming its file); what is left to check
  // across documents is that event ids stay unique, and the order, which is made here.
  const eventIds = new Set<string>();
  for (const e of events) {
    if (eventIds.has(e.id)) throw new LoaderError({ file: 'dataset', message: `internal error, two events share the id "${e.id}"` });
    eventIds.add(e.id);
  }
  events.sort(compareEvents);
  return { dataset: { schemaVersion: 1, documents, events }, warnings };
}

/** Runs the extractor; a crash becomes an error naming the article instead of a bare stack trace. */
function extract(input: Parameters<typeof extractDocument>[0]): ExtractResult {
  try {
    return extractDocument(input);
  } catch (e) {
    throw new LoaderError({ file: input.source, message: `internal error while extracting dates: ${e instanceof Error ? e.message : String(e)}` }, { cause: e });
  }
}

/** Serializes a dataset deterministically (same seeds, same bytes). */
export function serializeDataset(dataset: TimelineDataset): string {
  return JSON.stringify(dataset, null, 2) + '\n';
}
