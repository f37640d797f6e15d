/**
 * The `?data=PATH` half of loadDataset (load-dataset.ts), in its own chunk: only a page asked for
 * another dataset runs the path rules (data-param.ts) and the full checks, so a first visit to the
 * build's own page does not download them.
 */
import type { TimelineDataset } from '../lib/types.ts';
import { parseDataParam } from './data-param.ts';
import { type LoadFailure, type LoadOptions, type LoadResult, errorText, fail, fetchJson } from './load-dataset.ts';

/** Loads the dataset a `?data=` query names, checked in full (types now, the contract now or later). */
export async function loadDataPath(search: string, pageUrl: string, fetchFn: typeof fetch, options: LoadOptions): Promise<LoadResult> {
  const param = parseDataParam(search);
  if (param.kind === 'refused') return fail({ kind: 'refused', value: param.value, reason: param.reason });
  if (param.kind !== 'path') throw new Error('loadDataPath needs a ?data= query');
  const value = param.path;
  const page = new URL(pageUrl);
  const url = new URL(value, page);
  // The rules already keep the path inside the page's folder; this says so once more against the
  // resolved URL, so a later change to the rules cannot quietly let the page read elsewhere.
  const folder = page.pathname.slice(0, page.pathname.lastIndexOf('/') + 1);
  if (url.origin !== page.origin || !url.pathname.startsWith(folder)) return fail({ kind: 'outside', value });
  // A `?data=` file comes from anywhere: it is checked in full, its types and then the contract,
  // with the checks loaded alongside the request.
  const checks = import('./dataset-checks.ts');
  checks.catch(() => {}); // awaited below; a failure to load is reported there
  const checksFailed = (e: unknown): LoadFailure => ({ kind: 'network', value, detail: `the dataset checks could not load: ${errorText(e)}` });
  const data = await fetchJson(fetchFn, url.href, value);
  if ('failure' in data) return data;
  let typed: boolean;
  try {
    typed = (await checks).hasDatasetShape(data.json);
  } catch (e) {
    return fail(checksFailed(e));
  }
  if (!typed) {
    // Only a wrong file needs its faults spelled out: that code loads now (and if it cannot load,
    // the failure is still reported, in general terms).
    const detail = await import('./dataset-shape-report.ts').then(
      ({ datasetShapeProblems }) => datasetShapeProblems(data.json).join('; '),
      () => 'fields of the wrong JSON type',
    );
    return fail({ kind: 'shape', value, detail });
  }
  const dataset = data.json as TimelineDataset;
  const checkContract = async (): Promise<LoadFailure | null> => {
    let problems: string[];
    try {
      problems = (await checks).validateDataset(dataset);
    } catch (e) {
      return checksFailed(e);
    }
    return problems.length ? { kind: 'invalid', value, detail: problems.slice(0, 5).join('; ') } : null;
  };
  if (options.deferContract) return { ok: true, dataset, dataPath: value, checkContract };
  const failure = await checkContract();
  return failure ? fail(failure) : { ok: true, dataset, dataPath: value };
}
