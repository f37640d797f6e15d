import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isValidIsoDate } from '../lib/iso-date.ts';
import type { ExtractInput } from '../lib/extract/index.ts';
import type { Diagnostic } from '../lib/types.ts';
import { decodeUtf8Text } from './decode-text.ts';
import { LoaderError } from './loader-error.ts';
import { readMeta } from './read-meta.ts';
import { sourcePath } from './source-path.ts';

/** Options that apply to every article read. */
export interface ReadOptions {
  /** `--ref-date YYYY-MM-DD`: used when an article has no meta file. */
  refDate?: string;
  /** Directory that `source` paths are written relative to (the project root); default: cwd. */
  root?: string;
  /** Directory that relative file paths are resolved against; default: cwd. */
  cwd?: string;
}

/** One article ready for extraction, with the warnings found while reading it. */
export interface ReadArticle {
  input: ExtractInput;
  warnings: Diagnostic[];
  /** Where the article's edits file would be (it may not exist), and how messages name it. */
  edits: { path: string; shown: string };
}

/** Reads one article (and its NAME.meta.json when present) and validates everything about it. */
export function readArticle(path: string, options: ReadOptions = {}): ReadArticle {
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  const source = sourcePath(absolute, resolve(options.root ?? process.cwd()), path);
  const text = decodeArticle(readBytes(absolute, source), source);
  const id = basename(absolute).replace(/\.[^.]*$/, '');
  const metaShown = source.replace(/[^/]*$/, `${id}.meta.json`);
  const { meta, warnings } = readMeta(join(dirname(absolute), `${id}.meta.json`), metaShown);
  const input: ExtractInput = { id, source, text };
  if (meta.title) input.title = meta.title;
  if (meta.url) input.url = meta.url;
  if (meta.published) {
    input.reference = { date: meta.published, basis: 'metadata', evidence: `${id}.meta.json: published ${meta.published}` };
  } else if (options.refDate) {
    input.reference = { date: options.refDate, basis: 'option', evidence: `--ref-date ${options.refDate}` };
  }
  return { input, warnings, edits: { path: join(dirname(absolute), `${id}.edits.json`), shown: source.replace(/[^/]*$/, `${id}.edits.json`) } };
}

function readBytes(path: string, shown: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoaderError({ file: shown, message: code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `cannot read the file (${code ?? 'error'})` });
  }
  if (stat.isDirectory()) throw new LoaderError({ file: shown, message: 'is a directory, not an article file' });
  if (!stat.isFile()) throw new LoaderError({ file: shown, message: 'not a regular file' });
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoaderError({ file: shown, message: `cannot read the file (${code === 'EACCES' ? 'permission denied' : (code ?? 'error')})` });
  }
}

/**
 * Decodes an article strictly (see decodeUtf8Text) and refuses one without text: a file of only
 * whitespace or invisible characters (NBSP, zero-width marks) has nothing to extract from.
 */
export function decodeArticle(bytes: Uint8Array, shown: string): string {
  if (bytes.length === 0) throw new LoaderError({ file: shown, message: 'empty file (0 bytes): no article text' });
  const text = decodeUtf8Text(bytes, shown);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new LoaderError({ file: shown, message: 'empty file: no article text (only whitespace or invisible characters)' });
  return text;
}

/** Validates a `--ref-date` value before any file is read. */
export function checkRefDate(value: string): string {
  if (!isValidIsoDate(value)) throw new LoaderError({ file: '--ref-date', message: `must be a real date as YYYY-MM-DD, got "${value}"` });
  return value;
}
