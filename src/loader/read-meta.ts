import { readFileSync } from 'node:fs';
import { isValidIsoDate } from '../lib/iso-date.ts';
import type { Diagnostic } from '../lib/types.ts';
import { decodeUtf8Text } from './decode-text.ts';
import { parseUserJson } from './json-syntax.ts';
import { LineIndex } from './line-index.ts';
import { LoaderError } from './loader-error.ts';

/** What NAME.meta.json may say about an article. */
export interface ArticleMeta {
  published?: string;
  title?: string;
  url?: string;
}

const KEYS = ['published', 'title', 'url'];
/** A meta file holds three short fields; anything this large is not one. */
const MAX_META_BYTES = 1 << 20;

/**
 * Reads NAME.meta.json when it exists: `{"published": "YYYY-MM-DD", "title"?, "url"?}`.
 * A missing file means no metadata; any other problem is an error naming the file and place,
 * because a wrong publication date would silently shift every relative date of the article.
 */
export function readMeta(path: string, shown: string): { meta: ArticleMeta; warnings: Diagnostic[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { meta: {}, warnings: [] };
    const why = code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'read error');
    throw new LoaderError({ file: shown, message: `cannot read the meta file (${why})` });
  }
  if (bytes.length > MAX_META_BYTES) throw new LoaderError({ file: shown, message: `meta file too large (${bytes.length} bytes): expected a small JSON object` });
  const raw = decodeUtf8Text(bytes, shown);
  if (!raw.trim()) throw new LoaderError({ file: shown, message: 'empty meta file: expected a JSON object such as {"published": "YYYY-MM-DD"}' });
  const lines = new LineIndex(raw);

  const data = parseUserJson(raw, shown, lines, 'meta file');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LoaderError({ file: shown, ...lines.place(raw.search(/\S/)), message: 'the meta file must hold a JSON object such as {"published": "YYYY-MM-DD"}' });
  }
  const obj = data as Record<string, unknown>;
  const meta: ArticleMeta = {};
  const warnings: Diagnostic[] = [];
  const valueAt = (key: string) => lines.place(valueOffset(raw, key));

  if (obj.published !== undefined) {
    if (typeof obj.published !== 'string' || !isValidIsoDate(obj.published)) {
      throw new LoaderError({ file: shown, ...valueAt('published'), message: `"published" must be a real date as YYYY-MM-DD, got ${JSON.stringify(obj.published)}` });
    }
    meta.published = obj.published;
  }
  for (const key of ['title', 'url'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v.trim()) throw new LoaderError({ file: shown, ...valueAt(key), message: `"${key}" must be a non-empty string` });
    meta[key] = v.trim();
  }
  if (meta.url && !/^https?:\/\/\S+$/i.test(meta.url)) {
    throw new LoaderError({ file: shown, ...valueAt('url'), message: '"url" must be an http:// or https:// address' });
  }
  for (const key of Object.keys(obj)) {
    // A misspelt key ("publised") would otherwise be ignored and the date silently inferred instead.
    if (!KEYS.includes(key)) warnings.push({ file: shown, ...lines.place(keyOffset(raw, key)), message: `unknown key "${key}" ignored (expected ${KEYS.join(', ')})` });
  }
  return { meta, warnings };
}

function keyOffset(raw: string, key: string): number {
  const i = raw.indexOf(JSON.stringify(key));
  return i < 0 ? 0 : i;
}

function valueOffset(raw: string, key: string): number {
  const k = keyOffset(raw, key);
  const m = /^"(?:[^"\\]|\\.)*"\s*:\s*/.exec(raw.slice(k));
  return m ? k + m[0].length : k;
}
