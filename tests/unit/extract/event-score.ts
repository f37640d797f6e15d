/**
 * Scores extracted events against gold the way an editor would: a gold event is found when one
 * event has its dates (start/end, or inside start_within/end_within) and its TITLE holds the gold's
 * must_mention word. The article is run as the loader runs it (meta title, meta.published as the
 * reference date), so the score is the one a user of `npm run extract` sees.
 */
import { extractDocument, type ExtractInput, type ExtractResult } from '../../../src/lib/extract/index.ts';
import type { TimelineEvent } from '../../../src/lib/types.ts';
import type { GoldArticle, GoldEvent } from '../../helpers/gold.ts';

/** Extracts an article with the inputs the loader would give it (src/loader/read-article.ts). */
export function extractAsLoader(a: GoldArticle): ExtractResult {
  const input: ExtractInput = { id: a.name, source: a.source, text: a.text };
  if (a.meta?.title) input.title = a.meta.title;
  if (a.meta?.published) input.reference = { date: a.meta.published, basis: 'metadata', evidence: `${a.name}.meta.json: published ${a.meta.published}` };
  return extractDocument(input);
}

/** True when an event has the gold event's dates. */
export function hasGoldDates(g: GoldEvent, e: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  if (g.start !== undefined && g.end !== undefined) return e.start === g.start && e.end === g.end;
  const [s0, s1] = g.start_within ?? [g.start!, g.start!];
  const [e0, e1] = g.end_within ?? [g.end!, g.end!];
  return e.start >= s0 && e.start <= s1 && e.end >= e0 && e.end <= e1;
}

/** True when some event has the gold event's dates and a title holding its must_mention word. */
export function foundByTitle(g: GoldEvent, events: readonly TimelineEvent[]): boolean {
  return events.some((e) => hasGoldDates(g, e) && e.title.includes(g.must_mention));
}

/** One article's score with a line per gold event (for the test output). */
export interface ArticleScore {
  name: string;
  found: number;
  total: number;
  lines: string[];
}

/** Scores one article's events against its gold events. */
export function scoreArticle(a: GoldArticle, events: readonly TimelineEvent[]): ArticleScore {
  const lines: string[] = [];
  let found = 0;
  for (const g of a.gold.events) {
    const ok = foundByTitle(g, events);
    if (ok) found++;
    const near = ok ? '' : ` | same dates: ${events.filter((e) => hasGoldDates(g, e)).map((e) => `«${e.title}»`).join(', ') || 'none'}`;
    lines.push(`  ${ok ? 'found' : 'MISS '} ${g.start ?? g.start_within?.join('..')} «${g.must_mention}»${near}`);
  }
  return { name: a.name, found, total: a.gold.events.length, lines };
}
