/**
 * `?data=PATH`: the page shows another dataset file from its own site, e.g. one generated for a
 * benchmark. Pure string rules (no DOM), so they are tested in Node.
 *
 * The rule is an allowlist, not a list of dangers: PATH must be a plain relative path to a `.json`
 * file at or below the page's folder, made of segments of letters, digits (any script, so Arabic
 * file names work) and `. _ - ~`, separated by `/`, optionally starting with `./`. That excludes,
 * each with its own message:
 * - absolute URLs with a scheme (`https:`, `javascript:`, `data:`, `blob:`, `file:`…): another site or code;
 * - protocol-relative `//host/x` and anything with `\` (browsers read `\` as `/`, so `\\host` is `//host`);
 * - root paths `/x`: the app may live in a sub-folder, and `/` would reach the rest of the site;
 * - `..` segments: they climb out of the page's folder (even `a/../b.json`, to keep the rule simple);
 * - `%`: the value is already decoded once; a second decoding by a server could turn `%2e%2e` into `..`;
 * - `?` and `#`, dot-files and dot-folders (`.git/`, `.env.json`), empty segments, spaces, controls.
 */

/** Why a `data` value was refused. */
export type DataRefusal =
  | 'empty'
  | 'repeated'
  | 'too-long'
  | 'absolute-url'
  | 'protocol-relative'
  | 'backslash'
  | 'root-path'
  | 'parent-segment'
  | 'encoded'
  | 'query-or-fragment'
  | 'hidden'
  | 'characters'
  | 'not-json';

export type DataParam =
  /** No `data` parameter: the page's own dataset. */
  | { kind: 'default' }
  /** A relative path to fetch, relative to the page (a leading `./` removed). */
  | { kind: 'path'; path: string }
  | { kind: 'refused'; value: string; reason: DataRefusal };

/** Longest accepted value: a path, not a payload. */
export const MAX_DATA_PATH_LENGTH = 256;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Letters, marks and digits of any script, and `. _ - ~`. */
const SEGMENT = /^[\p{L}\p{M}\p{N}._~-]+$/u;

/** Checks one `data` value against the rules above. */
export function checkDataPath(value: string): DataParam {
  const refuse = (reason: DataRefusal): DataParam => ({ kind: 'refused', value, reason });
  if (value.trim() === '') return refuse('empty');
  if (value.length > MAX_DATA_PATH_LENGTH) return refuse('too-long');
  if (value.includes('\\')) return refuse('backslash');
  if (value.startsWith('//')) return refuse('protocol-relative');
  if (SCHEME.test(value)) return refuse('absolute-url');
  if (value.startsWith('/')) return refuse('root-path');
  if (value.includes('%')) return refuse('encoded');
  if (value.includes('?') || value.includes('#')) return refuse('query-or-fragment');
  const path = value.startsWith('./') ? value.slice(2) : value;
  const segments = path.split('/');
  if (segments.includes('..')) return refuse('parent-segment');
  for (const segment of segments) {
    if (segment.startsWith('.') && segment !== '') return refuse('hidden');
    if (!SEGMENT.test(segment)) return refuse('characters');
  }
  if (!/\.json$/i.test(path)) return refuse('not-json');
  return { kind: 'path', path };
}

/** Reads `data` from a location's query string (with or without its leading `?`). */
export function parseDataParam(search: string): DataParam {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const values = query.getAll('data');
  if (values.length === 0) return { kind: 'default' };
  if (values.length > 1) return { kind: 'refused', value: values.join(', '), reason: 'repeated' };
  return checkDataPath(values[0] as string);
}
