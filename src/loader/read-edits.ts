import { readFileSync } from 'node:fs';
import { applyEdits, EditsError, type EditsFile, type EditProblem, parseEditsFile } from '../lib/edits/index.ts';
import type { SourceDocument, TimelineEvent } from '../lib/types.ts';
import { decodeUtf8Text } from './decode-text.ts';
import { jsonPathOffsets } from './json-paths.ts';
import { parseUserJson } from './json-syntax.ts';
import { LineIndex } from './line-index.ts';
import { LoaderError } from './loader-error.ts';

/** An edits file as read: its text (for placing problems) and what it says. */
export interface ReadEdits {
  raw: string;
  file: EditsFile;
}

/** The edits file beside an article, or null when there is none. `shown` names it in messages. The loader never writes it. */
export function readEditsFile(path: string, shown: string): ReadEdits | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new LoaderError({ file: shown, message: `cannot read the edits file (${code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'read error')})` });
  }
  return parseEditsText(decodeUtf8Text(bytes, shown), shown);
}

/** Checks an edits file's text (from disk, or a save from the dev editor) and returns what it says. */
export function parseEditsText(raw: string, shown: string): ReadEdits {
  const lines = new LineIndex(raw);
  const data = parseUserJson(raw, shown, lines, 'edits file');
  try {
    return { raw, file: parseEditsFile(data) };
  } catch (e) {
    throw located(e, raw, shown);
  }
}

/** A document's extracted events with its edits applied; a bad edit is a LoaderError at its place in the file. */
export function applyEditsFile(doc: SourceDocument, events: TimelineEvent[], edits: ReadEdits, shown: string): TimelineEvent[] {
  try {
    return applyEdits(doc, events, edits.file);
  } catch (e) {
    throw located(e, edits.raw, shown);
  }
}

function located(e: unknown, raw: string, shown: string): unknown {
  if (!(e instanceof EditsError)) return e;
  return new LoaderError({ file: shown, ...placeOf(raw, e.problem), message: e.problem.message });
}

function placeOf(raw: string, p: EditProblem): { line: number; column: number } {
  const offsets = jsonPathOffsets(raw);
  // The nearest enclosing value that exists (a missing field is reported at its object).
  for (let n = p.path.length; n >= 0; n--) {
    const o = offsets.get(JSON.stringify(p.path.slice(0, n)));
    if (o) return new LineIndex(raw).place(p.at === 'key' && n === p.path.length && o.key !== undefined ? o.key : o.value);
  }
  return { line: 1, column: 1 };
}
