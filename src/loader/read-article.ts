import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isValidIsoDate } from '../lib/iso-date.ts';
import { lineColumn } from '../lib/line-column.ts';
import type { ExtractInput } from '../lib/extract/index.ts';
import { LoaderError } from './loader-error.ts';

/** Options that apply to every article read. */
export interface ReadOptions {
  /** `--ref-date YYYY-MM-DD`: used when an article has no meta file. */
  refDate?: string;
  /** Directory that `source` paths are written relative to (the project root). */
  root?: string;
}

/** Reads one article (and its NAME.meta.json when present) and validates everything about it. */
export function readArticle(path: string, options: ReadOptions = {}): ExtractInput {
  const shown = relative(options.root ?? process.cwd(), path) || path;
  const bytes = readBytes(path, shown);
  const text = decodeArticle(bytes, shown);
  const id = basename(path).replace(/\.[^.]*$/, '');
  const meta = readMeta(join(dirname(path), `${id}.meta.json`), shown.replace(/\.[^./]*$/, '') + '.meta.json');
  const input: ExtractInput = { id, source: shown.split('\\').join('/'), text };
  if (meta.title) input.title = meta.title;
  if (meta.url) input.url = meta.url;
  if (meta.published) {
    input.reference = { date: meta.published, basis: 'metadata', evidence: `${id}.meta.json: published ${meta.published}` };
  } else if (options.refDate) {
    input.reference = { date: options.refDate, basis: 'option', evidence: `--ref-date ${options.refDate}` };
  }
  return input;
}

function readBytes(path: string, shown: string): Buffer {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new LoaderError({ file: shown, message: 'no such file' });
  }
  if (!stat.isFile()) throw new LoaderError({ file: shown, message: 'not a regular file' });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new LoaderError({ file: shown, message: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
  }
}

/** Decodes UTF-8 strictly: BOM removed, CRLF -> LF; a NUL byte or an invalid sequence is an error with its place. */
export function decodeArticle(bytes: Uint8Array, shown: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = placeOfByte(bytes, nul);
    throw new LoaderError({ file: shown, ...at, message: 'binary file (NUL byte): expected UTF-8 text' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new LoaderError({ file: shown, ...placeOfByte(bytes, bad), message: `not UTF-8 text (invalid byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')})` });
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!text.trim()) throw new LoaderError({ file: shown, message: 'empty file: no article text' });
  return text;
}

/** Line and column of a byte, counting columns in characters of the valid prefix. */
function placeOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, index));
  return lineColumn(prefix, prefix.length);
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

interface Meta {
  published?: string;
  title?: string;
  url?: string;
}

/** Reads NAME.meta.json when it exists: `{"published": "YYYY-MM-DD", "title"?, "url"?}`. */
function readMeta(path: string, shown: string): Meta {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new LoaderError({ file: shown, message: `cannot read the meta file (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
  }
  raw = raw.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const pos = /position (\d+)/.exec(String((e as Error).message));
    const at = pos ? lineColumn(raw, Number(pos[1])) : {};
    throw new LoaderError({ file: shown, ...at, message: 'invalid JSON in the meta file' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LoaderError({ file: shown, message: 'the meta file must hold a JSON object' });
  }
  const obj = data as Record<string, unknown>;
  const meta: Meta = {};
  if (obj.published !== undefined) {
    if (typeof obj.published !== 'string' || !isValidIsoDate(obj.published)) {
      throw new LoaderError({ file: shown, ...placeOfKey(raw, 'published'), message: `"published" must be a real date as YYYY-MM-DD, got ${JSON.stringify(obj.published)}` });
    }
    meta.published = obj.published;
  }
  for (const key of ['title', 'url'] as const) {
    if (obj[key] === undefined) continue;
    if (typeof obj[key] !== 'string') throw new LoaderError({ file: shown, ...placeOfKey(raw, key), message: `"${key}" must be a string` });
    meta[key] = obj[key] as string;
  }
  if (meta.url && !/^https?:\/\//i.test(meta.url)) {
    throw new LoaderError({ file: shown, ...placeOfKey(raw, 'url'), message: '"url" must start with http:// or https://' });
  }
  return meta;
}

function placeOfKey(raw: string, key: string): { line?: number; column?: number } {
  const i = raw.indexOf(`"${key}"`);
  return i >= 0 ? lineColumn(raw, i) : {};
}

/** Validates a `--ref-date` value before any file is read. */
export function checkRefDate(value: string): string {
  if (!isValidIsoDate(value)) throw new LoaderError({ file: '--ref-date', message: `must be a real date as YYYY-MM-DD, got "${value}"` });
  return value;
}
