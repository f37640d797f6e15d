import type { TimelineEvent } from '../types.ts';
import { QuoteIndex } from './quote.ts';

/** What a quote points at among a document's events. */
export type Resolution =
  | { kind: 'event'; event: TimelineEvent; at: [number, number] }
  | { kind: 'absent' }
  | { kind: 'none'; at: [number, number] }
  | { kind: 'many'; events: TimelineEvent[] };

/**
 * Finds the one event whose sentence holds the quote. One sentence can carry several events (a
 * clause per date), so when more than one event holds the quote, those whose own date words lie
 * inside the quote win: quoting the words around a date names that date's event.
 */
export function resolveQuote(index: QuoteIndex, events: readonly TimelineEvent[], timexSpans: ReadonlyMap<string, [number, number]>, quote: string): Resolution {
  const places = index.find(quote);
  if (!places.length) return { kind: 'absent' };
  const holders = new Map<TimelineEvent, [number, number]>();
  for (const at of places) for (const e of events) if (e.span[0] <= at[0] && at[1] <= e.span[1] && !holders.has(e)) holders.set(e, at);
  if (holders.size === 0) return { kind: 'none', at: places[0]! };
  let list = [...holders.keys()];
  if (list.length > 1) {
    const dated = list.filter((e) => e.timexIds.some((id) => overlaps(timexSpans.get(id), holders.get(e)!)));
    if (dated.length) list = dated;
  }
  if (list.length > 1) return { kind: 'many', events: list };
  return { kind: 'event', event: list[0]!, at: holders.get(list[0]!)! };
}

function overlaps(span: [number, number] | undefined, at: [number, number]): boolean {
  return !!span && span[0] < at[1] && at[0] < span[1];
}
