/**
 * The checks a `?data=` file goes through, in one chunk that loads alongside its request: the JSON
 * type check (dataset-shape.ts) and the contract validator (src/lib/validate-dataset.ts). The page's
 * own dataset needs neither: the build validated it when it wrote it.
 */
export { hasDatasetShape } from './dataset-shape.ts';
export { validateDataset } from '../lib/validate-dataset.ts';
