/**
 * Where the page's dataset comes from. The build writes it to data/timeline.json and the page
 * fetches it, instead of carrying the articles' text inside its JavaScript: the script stays small
 * and cacheable however long the articles are, and the data is listed (and cached) on its own.
 * `vite dev` keeps the virtual module, which rebuilds when a seed changes. `?data=PATH` fetches
 * another dataset from the same site (rules in data-param.ts). Every failure comes back as a value
 * that names what went wrong (load-failure-text.ts words it in Arabic), never as an exception.
 */
import type { TimelineDataset } from '../lib/types.ts';
import { type DataRefusal, parseDataParam } from './data-param.ts';

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
  | { ok: false; failure: LoadFailure };

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

const fail = (failure: LoadFailure): LoadResult => ({ ok: false, failure });

/**
 * Loads the dataset the page URL asks for. `search` is location.search, `pageUrl` the document's
 * URL (paths are relative to its folder). A refused `?data=` makes no request at all.
 */
export async function loadDataset(search: string, pageUrl: string, fetchFn: typeof fetch = fetch, options: LoadOptions = {}): Promise<LoadResult> {
  const param = parseDataParam(search);
  if (param.kind === 'refused') return fail({ kind: 'refused', value: param.value, reason: param.reason });
  if (param.kind === 'default' && import.meta.env.DEV) {
    // Only `vite dev` reaches this import; a production build drops it with the branch.
    const { default: dataset } = await import('virtual:timeline-dataset');
    return { ok: true, dataset, dataPath: null };
  }
  const value = param.kind === 'path' ? param.path : DEFAULT_DATASET_PATH;
  const page = new URL(pageUrl);
  const url = new URL(value, page);
  // The rules already keep the path inside the page's folder; this says so once more against the
  // resolved URL, so a later change to the rules cannot quietly let the page read elsewhere.
  const folder = page.pathname.slice(0, page.pathname.lastIndexOf('/') + 1);
  if (url.origin !== page.origin || !url.pathname.startsWith(folder)) return fail({ kind: 'outside', value });
  // The build's own dataset was checked against the contract when the build wrote it (a violation
  // fails `vite build`), so the page only makes sure the file is a dataset of this schema (a page and
  // a data file from different builds). A `?data=` file comes from anywhere: it is checked in full,
  // its types and then the contract, with the checks loaded alongside the request, not with the page.
  const checks = param.kind === 'path' ? import('./dataset-checks.ts') : null;
  checks?.catch(() => {}); // awaited below; a failure to load is reported there
  const checksFailed = (e: unknown): LoadFailure => ({ kind: 'network', value, detail: `the dataset checks could not load: ${e instanceof Error ? e.message : String(e)}` });
  let response: Response;
  try {
    response = await fetchFn(url.href, { credentials: 'same-origin' });
  } catch (e) {
    return fail({ kind: 'network', value, detail: e instanceof Error ? e.message : String(e) });
  }
  if (!response.ok) return fail({ kind: 'http', value, status: response.status });
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (e) {
    return fail({ kind: 'json', value, detail: (e as Error).message });
  }
  if (!checks) {
    if (isDatasetOfThisSchema(data)) return { ok: true, dataset: data as TimelineDataset, dataPath: null };
    return fail({ kind: 'shape', value, detail: 'not a timeline dataset of schema version 1' });
  }
  let typed: boolean;
  try {
    typed = (await checks).hasDatasetShape(data);
  } catch (e) {
    return fail(checksFailed(e));
  }
  if (!typed) {
    // Only a wrong file needs its faults spelled out: that code loads now (and if it cannot load,
    // the failure is still reported, in general terms).
    const detail = await import('./dataset-shape-report.ts').then(
      ({ datasetShapeProblems }) => datasetShapeProblems(data).join('; '),
      () => 'fields of the wrong JSON type',
    );
    return fail({ kind: 'shape', value, detail });
  }
  const dataset = data as TimelineDataset;
  const dataPath = param.kind === 'path' ? param.path : null;
  const checkContract = async (): Promise<LoadFailure | null> => {
    let problems: string[];
    try {
      problems = (await checks).validateDataset(dataset);
    } catch (e) {
      return checksFailed(e);
    }
    return problems.length ? { kind: 'invalid', value, detail: problems.slice(0, 5).join('; ') } : null;
  };
  if (options.deferContract) return { ok: true, dataset, dataPath, checkContract };
  const failure = await checkContract();
  return failure ? fail(failure) : { ok: true, dataset, dataPath };
}

/** The page's own dataset: a JSON object of schema version 1 with lists of documents and events. */
function isDatasetOfThisSchema(data: unknown): boolean {
  const d = data as Partial<Record<keyof TimelineDataset, unknown>> | null;
  return typeof d === 'object' && d !== null && d.schemaVersion === 1 && Array.isArray(d.documents) && Array.isArray(d.events);
}
