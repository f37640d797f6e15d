declare module 'virtual:timeline-dataset' {
  import type { TimelineDataset } from './lib/types.ts';
  const dataset: TimelineDataset;
  export default dataset;
}
