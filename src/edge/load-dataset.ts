/**
 * Where the page's dataset comes from. The build writes it to data/timeline.json and the page
 * fetches it, instead of carrying the articles' text inside its JavaScript: the script stays small
 * and cacheable however long the articles are, and the data is listed (and cached) on its own.
 * `vite dev` keeps the virtual module, which rebuilds when a seed changes. `?data=PATH` fetches
 * another dataset from the same site (rules in data-param.ts). Every failure comes back as a value
 * that names what went wrong (load-failure-text.ts words it in Arabic), never as an exception.
 */
import type { TimelineDataset } from '../lib/types.ts';
import type { DataRefusal } from './data-param.ts';

/** The dataset a production build emits, relative to the page. */
export const DEFAULT_DATASET_PATH = 'data/timeline.json';

/** Why no timeline can be shown; `value` is the `data` value or the file at fault. */
export type LoadFailure =
  /** `?data=` broke the path rules: nothing was requested. */
  | { kind: 'refused'; value: string; reason: DataRefusal }
  /** The resolved URL left the page's folder (the rules should make this impossible): nothing was requested. */
  | { kind: 'outside'; value: string }
  /** The request did not reach the server. */
  | { kind: 'network'; value: string; detail: string }
  /** The server answered with an error status. */
  | { kind: 'http'; value: string; status: number }
  | { kind: 'json'; value: string; detail: string }
  /** JSON, but fields are missing or of the wrong type. */
  | { kind: 'shape'; value: string; detail: string }
  /** Well-typed, but the dataset contract is broken (validateDataset). */
  | { kind: 'invalid'; value: string; detail: string };

/**
 * `dataPath`: the checked `?data=` path the dataset came from, null for the page's own dataset.
 * `checkContract`: present when the contract check was left for later (see loadDataset's `deferContract`).
 */
export type LoadResult =
  | { ok: true; dataset: TimelineDataset; dataPath: string | null; checkContract?: () => Promise<LoadFailure | null> }
  | Failed;

/** Options of loadDataset. */
export interface LoadOptions {
  /**
   * Hand a `?data=` dataset back after its JSON type check and leave the contract check to the
   * caller (`checkContract`), to run once the timeline is on screen. The type check already makes
   * the data safe to draw, and the chart's layout refuses the dates, ids and order it draws from;
   * what the contract adds (text spans, timex links, enums) matters to the event panel, not to the
   * first drawing, and checking 10,000 events costs some 30 ms before it.
   */
  deferContract?: boolean;
}

/** A load that failed. */
type Failed = { ok: false; failure: LoadFailure };

/** A failed load as a result. */
export const fail = (failure: LoadFailure): Failed => ({ ok: false, failure });

/**
 * Loads the dataset the page URL asks for. `search` is location.search, `pageUrl` the document's
 * URL (paths are relative to its folder). A refused `?data=` makes no request at all.
 */
export async function loadDataset(search: string, pageUrl: string, fetchFn: typeof fetch = fetch, options: LoadOptions = {}): Promise<LoadResult> {
  // Only a `?data=` page needs the path rules and the full checks, so that code (load-data-path.ts)
  // loads with such a page, not with every first visit: the build's own page goes straight to its file.
  const query = new URLSearchParams(search);
  if (query.has('data')) {
    return import('./load-data-path.ts').then(
      ({ loadDataPath }) => loadDataPath(search, pageUrl, fetchFn, options),
      (e: unknown) => fail({ kind: 'network', value: query.getAll('data').join(', '), detail: `the ?data= loader could not load: ${errorText(e)}` }),
    );
  }
  if (import.meta.env.DEV) {
    // Only `vite dev` reaches this import; a production build drops it with the branch.
    const { default: dataset } = await import('virtual:timeline-dataset');
    return { ok: true, dataset, dataPath: null };
  }
  const url = new URL(DEFAULT_DATASET_PATH, pageUrl).href;
  const data = await fetchJson(fetchFn, url, DEFAULT_DATASET_PATH);
  if ('failure' in data) return data;
  // The build's own dataset was checked against the contract when the build wrote it (a violation
  // fails `vite build`), so the page only makes sure the file is a dataset of this schema (a page and
  // a data file from different builds).
  if (isDatasetOfThisSchema(data.json)) return { ok: true, dataset: data.json as TimelineDataset, dataPath: null };
  return fail({ kind: 'shape', value: DEFAULT_DATASET_PATH, detail: 'not a timeline dataset of schema version 1' });
}

/** An error's message, or the thrown value as text. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Fetches `href` (same-origin credentials) and parses it as JSON; `value` names the file in a failure. */
export async function fetchJson(fetchFn: typeof fetch, href: string, value: string): Promise<{ json: unknown } | Failed> {
  let response: Response;
  try {
    response = await fetchFn(href, { credentials: 'same-origin' });
  } catch (e) {
    return fail({ kind: 'network', value, detail: errorText(e) });
  }
  if (!response.ok) return fail({ kind: 'http', value, status: response.status });
  try {
    return { json: JSON.parse(await response.text()) };
  } catch (e) {
    return fail({ kind: 'json', value, detail: (e as Error).message });
  }
}

/** The page's own dataset: a JSON object of schema version 1 with lists of documents and events. */
function isDatasetOfThisSchema(data: unknown): boolean {
  const d = data as Partial<Record<keyof TimelineDataset, unknown>> | null;
  return typeof d === 'object' && d !== null && d.schemaVersion === 1 && Array.isArray(d.documents) && Array.isArray(d.events);
}
