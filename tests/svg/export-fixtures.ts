/**
 * Datasets for the export tests: the seed article with the hand-checked events of its gold file
 * (a stable, realistic drawing whatever the extractor does today), and a hostile variant whose
 * titles try to break out of the SVG.
 */
import type { TimelineDataset, TimelineEvent } from '../../src/lib/types.ts';
import { goldEventDates, seedArticle } from '../helpers/gold.ts';


/** The seed article as a dataset whose events are the gold file's, titled with the words they must mention. */
export function goldDataset(titles?: (i: number, mention: string) => string): TimelineDataset {
  const { text, gold, source } = seedArticle();
  const title = text.split('\n').find((l) => l.trim())!.trim();
  const events: TimelineEvent[] = gold.events.map((g, i) => {
    const { start, end } = goldEventDates(g);
    const at = Math.max(0, text.indexOf(g.must_mention));
    return {
      id: `gold${i}`,
      documentId: 'seed',
      start,
      end,
      grain: start === end ? 'day' : start.slice(0, 4) !== end.slice(0, 4) ? 'year' : 'week',
      title: titles ? titles(i, g.must_mention) : g.must_mention,
      annotation: g.must_mention,
      span: [at, at + g.must_mention.length],
      timexIds: [],
    };
  });
  events.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  return {
    schemaVersion: 1,
    documents: [{ id: 'seed', source, title, text, referenceDate: { date: '2023-07-27', basis: 'inferred', evidence: 'gold file' }, timexes: [] }],
    events,
  };
}

/** Titles that try markup, event handlers, script URLs, CDATA ends and bidi overrides. */
export const HOSTILE_TITLES = [
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ']]><![CDATA[<script>x</script>',
  '\u202Eمعكوس\u202C <!-- تعليق -->',
  '</text><foreignObject><iframe src="https://e.x"/></foreignObject>',
];

/** The seed article with `count` events spread over seventy years: crowded enough for badges and every tick level. */
export function crowdedDataset(count: number): TimelineDataset {
  const base = goldDataset();
  const events: TimelineEvent[] = Array.from({ length: count }, (_, i) => {
    const day = `${1950 + (i % 70)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { id: `c${String(i).padStart(4, '0')}`, documentId: 'seed', start: day, end: day, grain: 'day', title: `حدث رقم ${i + 1}`, annotation: 'حدث', span: [0, 0], timexIds: [] };
  });
  events.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return { ...base, events };
}
