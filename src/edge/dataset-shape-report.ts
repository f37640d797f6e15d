/**
 * Where a dataset departs from the JSON types of TimelineDataset, path by path. Only a wrong file
 * needs this, so it is its own module that the page loads after the fast check (dataset-shape.ts) failed.
 */
import { DATASET, hasDatasetShape, isObject, leafProblem, type Shape } from './dataset-shape.ts';

/** Names each wrong field under `v` by its path (only a wrong file comes here, so speed matters little). */
function check(v: unknown, shape: Shape, path: string, out: string[], limit: number): void {
  const problem = leafProblem(v, shape);
  if (problem) {
    out.push(`${path || 'dataset'}: ${problem}`);
    return;
  }
  if (typeof shape === 'string') return;
  if (Array.isArray(shape)) {
    const items = v as unknown[];
    const inner = shape[0] as Shape;
    for (let i = 0; i < items.length && out.length < limit; i++) check(items[i], inner, `${path}[${i}]`, out, limit);
    return;
  }
  const record = v as Record<string, unknown>;
  const fields = shape as { readonly [key: string]: Shape };
  for (const key in fields) {
    if (out.length >= limit) return;
    check(record[key], fields[key] as Shape, path ? `${path}.${key}` : key, out, limit);
  }
}

/**
 * Lists where `data` departs from the JSON types of TimelineDataset (at most `limit` entries, each
 * naming the field's path, e.g. `events[3].title: not a string`); empty when every field has its type.
 */
export function datasetShapeProblems(data: unknown, limit = 5): string[] {
  if (!isObject(data)) return ['the file holds no JSON object'];
  if (hasDatasetShape(data)) return [];
  const out: string[] = [];
  check(data, DATASET, '', out, limit);
  return out;
}
