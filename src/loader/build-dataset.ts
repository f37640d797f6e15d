import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument, type ExtractResult } from '../lib/extract/index.ts';
import type { Diagnostic, SourceDocument, TimelineDataset, TimelineEvent } from '../lib/types.ts';
import { compareEvents, validateDataset } from '../lib/validate-dataset.ts';
import { LineIndex } from './line-index.ts';
import { LoaderError } from './loader-error.ts';
import { readArticle, type ReadOptions } from './read-article.ts';
import { applyEditsFile, type ReadEdits, readEditsFile } from './read-edits.ts';

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

/** One article: its document, the events the extractor found, and those events after the editors' corrections. */
export interface BuiltDocument {
  document: SourceDocument;
  extracted: TimelineEvent[];
  events: TimelineEvent[];
  warnings: Diagnostic[];
  /** The edits file beside the article (path may not exist) and what it held, if anything. */
  edits: { path: string; shown: string; read: ReadEdits | null };
}

/** Reads, extracts and corrects one article (its NAME.edits.json applied), validated. */
export function buildDocument(file: string, options: ReadOptions = {}): BuiltDocument {
  const { input, warnings, edits } = readArticle(file, options);
  const result = extract(input);
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
  const read = readEditsFile(edits.path, edits.shown);
  // Without an edits file the extractor's events pass through untouched: the same bytes as before edits existed.
  const events = read ? applyEditsFile(result.document, result.events, read, edits.shown) : result.events;
  if (read) {
    const edited = validateDataset({ schemaVersion: 1, documents: [result.document], events });
    if (edited.length) throw new LoaderError({ file: edits.shown, message: `the edits make an invalid dataset:\n  ${edited.slice(0, 20).join('\n  ')}` });
  }
  return { document: result.document, extracted: result.events, events, warnings, edits: { ...edits, read } };
}

/** Reads and extracts every file into one validated dataset. */
export function buildDataset(files: string[], options: ReadOptions = {}): BuildResult {
  const documents: SourceDocument[] = [];
  const events: TimelineEvent[] = [];
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const built = buildDocument(file, options);
    warnings.push(...built.warnings);
    const { id, source } = built.document;
    if (seen.has(id)) throw new LoaderError({ file: source, message: `two articles share the id "${id}"` });
    seen.add(id);
    documents.push(built.document);
    events.push(...built.events);
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
