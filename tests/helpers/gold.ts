/**
 * The one reader of hand-made gold files: the seed's (tests/fixtures/NAME.gold.json, article in
 * seeds/) and the development articles' (tests/fixtures/articles/devNN.*). Every test that scores
 * against gold reads it here, so the file format is described once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_NAME = '000_60d000e42980cfc8';
export const ARTICLES_DIR = join(PROJECT_ROOT, 'tests/fixtures/articles');

export interface GoldExpression {
  surface: string;
  /** UTF-16 offset into the article text; null when the surface occurs but its place is not fixed. */
  offset: number | null;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-Www" or a range "A/B" of any of these. */
  value: string;
  grain: string;
  note?: string;
}

export interface GoldEvent {
  start?: string;
  end?: string;
  start_within?: [string, string];
  end_within?: [string, string];
  must_mention: string;
  what: string;
}

export interface Gold {
  reference_date: string;
  reference_date_stated_in_text: boolean;
  expressions: GoldExpression[];
  optional: GoldExpression[];
  vague: string[];
  events: GoldEvent[];
}

export interface GoldArticle {
  name: string;
  /** "seeds/NAME.txt" for the seed, "tests/fixtures/articles/NAME.txt" for a development article. */
  source: string;
  /** The file's text as the loader reads it: BOM removed, CRLF -> LF. */
  text: string;
  meta?: { published?: string; title?: string; url?: string };
  gold: Gold;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const readText = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');

/** The seed article with its gold (no meta file: the seed states its date in the text). */
export function seedArticle(): GoldArticle {
  const source = `seeds/${SEED_NAME}.txt`;
  return { name: SEED_NAME, source, text: readText(join(PROJECT_ROOT, source)), gold: readJson<Gold>(join(PROJECT_ROOT, `tests/fixtures/${SEED_NAME}.gold.json`)) };
}

/** Names of the development articles in tests/fixtures/articles, sorted. */
export function devArticleNames(): string[] {
  return readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
}

/** One development article with its meta file and gold. */
export function devArticle(name: string): GoldArticle {
  const base = join(ARTICLES_DIR, name);
  const metaPath = `${base}.meta.json`;
  return {
    name,
    source: `tests/fixtures/articles/${name}.txt`,
    text: readText(`${base}.txt`),
    meta: existsSync(metaPath) ? readJson(metaPath) : undefined,
    gold: readJson<Gold>(`${base}.gold.json`),
  };
}

/** Every development article. */
export function devArticles(): GoldArticle[] {
  return devArticleNames().map(devArticle);
}

/** The widest inclusive day range an ISO day, month or year names. */
function isoRange(value: string): { start: string; end: string } {
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  return { start: value, end: value };
}

/** The inclusive span a gold value names: a day, month, year, "A/B" range, or an ISO week "YYYY-Www". */
export function goldSpan(value: string): { start: string; end: string } | { week: string } {
  if (/^\d{4}-W\d{2}$/.test(value)) return { week: value };
  const slash = value.indexOf('/');
  if (slash > 0) return { start: isoRange(value.slice(0, slash)).start, end: isoRange(value.slice(slash + 1)).end };
  return isoRange(value);
}

/** A gold event's start and end (the first day of start_within / the last of end_within when the gold gives windows). */
export function goldEventDates(e: GoldEvent): { start: string; end: string } {
  return { start: e.start ?? e.start_within![0], end: e.end ?? e.end_within![1] };
}
