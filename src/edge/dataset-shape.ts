/**
 * The type check a dataset needs when it arrives over the network rather than from the build: JSON
 * can hold anything, and the contract validator (src/lib/validate-dataset.ts) reads fields as the
 * types say they are. This checks that every field the page reads has its declared JSON type, so a
 * wrong file gets a message instead of a crash deep in the rendering. Pure: no DOM. It runs on
 * every load, over every event, so this pass only says yes or no; the report that spells out paths
 * (dataset-shape-report.ts) loads only for a wrong file.
 */

/**
 * 's' string, 's?' string or null, 'o?' absent or a string, 't?' absent or true, 'edit?' absent or an
 * editor's provenance ({fields: string[], extracted?: {…strings}}), 'span' two whole numbers, 'ids'
 * list of strings; objects and [item] nest.
 */
export type Shape = 's' | 's?' | 'o?' | 't?' | 'edit?' | 'span' | 'ids' | { readonly [key: string]: Shape } | readonly [Shape];

const TIMEX: Shape = { id: 's', text: 's', span: 'span', start: 's', end: 's', grain: 's', kind: 's', partOfDay: 'o?' };
export const DATASET: Shape = {
  documents: [{ id: 's', source: 's', title: 's', text: 's', url: 'o?', referenceDate: { date: 's?', basis: 's', evidence: 's' }, timexes: [TIMEX] }],
  events: [{ id: 's', documentId: 's', start: 's', end: 's', grain: 's', partOfDay: 'o?', title: 's', annotation: 's', span: 'span', timexIds: 'ids', main: 't?', note: 'o?', hidden: 't?', edited: 'edit?' }],
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with `v` for `shape` at the top level ('' when nothing), not looking inside arrays and objects. */
export function leafProblem(v: unknown, shape: Shape): string {
  switch (shape) {
    case 's':
      return typeof v === 'string' ? '' : 'not a string';
    case 's?':
      return typeof v === 'string' || v === null ? '' : 'neither a string nor null';
    case 'o?':
      return v === undefined || typeof v === 'string' ? '' : 'not a string';
    case 't?':
      return v === undefined || v === true ? '' : 'neither absent nor true';
    case 'edit?':
      return v === undefined || isEdit(v) ? '' : 'not an edit record ({fields: [...], extracted?: {...}})';
    case 'span':
      return Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && Number.isInteger(v[1]) ? '' : 'not two whole numbers';
    case 'ids':
      if (!Array.isArray(v)) return 'not a list of strings';
      for (const x of v) if (typeof x !== 'string') return 'not a list of strings';
      return '';
    default:
      if (Array.isArray(shape)) return Array.isArray(v) ? '' : 'not an array';
      return isObject(v) ? '' : 'not an object';
  }
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isEdit = (v: unknown): boolean =>
  isObject(v) && isStrings(v.fields) && (v.extracted === undefined || (isObject(v.extracted) && Object.values(v.extracted).every((x) => typeof x === 'string')));

type Check = (v: unknown) => boolean;

/**
 * Turns a shape into a checking function: each load then runs a tree of small functions, one per
 * field, instead of walking the shape description again for every value (a third faster at 10,000
 * events). Says only yes or no.
 */
function compile(shape: Shape): Check {
  if (typeof shape === 'string') return (v) => !leafProblem(v, shape);
  if (Array.isArray(shape)) {
    const item = compile(shape[0] as Shape);
    return (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    };
  }
  const fields = shape as { readonly [key: string]: Shape };
  const keys = Object.keys(fields);
  const checks = keys.map((key) => compile(fields[key] as Shape));
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!(checks[i] as Check)(v[keys[i] as string])) return false;
    return true;
  };
}

let datasetCheck: Check | undefined;

/** True when `data` has the JSON types of TimelineDataset all the way down (datasetShapeProblems says where not). */
export function hasDatasetShape(data: unknown): boolean {
  return (datasetCheck ??= compile(DATASET))(data);
}
