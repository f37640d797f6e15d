import type { TimelineDataset, TimelineEvent } from './types.ts';

/** The events to draw: an event an editor hid stays in the dataset for provenance, never on the chart. */
export function visibleEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.some((e) => e.hidden) ? events.filter((e) => !e.hidden) : (events as TimelineEvent[]);
}

/** The dataset with hidden events dropped, for renderers (export, prerender) that take a whole dataset. */
export function visibleDataset(dataset: TimelineDataset): TimelineDataset {
  const events = visibleEvents(dataset.events);
  return events === dataset.events ? dataset : { ...dataset, events };
}
