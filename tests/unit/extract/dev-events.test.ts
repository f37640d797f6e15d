/**
 * The six development articles (other outlets, other regions) scored as an editor would: a gold
 * event counts as found when an event has its dates and its title holds the must_mention word.
 * The score is a ratchet: dev-events-best.json holds the best total reached, and the test fails
 * when it drops. `UPDATE_EVENT_SCORES=1` raises the stored best (never lowers it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { devArticles } from '../../helpers/gold.ts';
import { type ArticleScore, extractAsLoader, scoreArticle } from './event-score.ts';

const BEST = fileURLToPath(new URL('./dev-events-best.json', import.meta.url));
const articles = devArticles();
const results = articles.map((a) => ({ a, r: extractAsLoader(a) }));
const scores: ArticleScore[] = results.map(({ a, r }) => scoreArticle(a, r.events));

describe('development articles: events an editor would publish', () => {
  test('score over the six articles does not fall below the best reached', () => {
    const found = scores.reduce((s, x) => s + x.found, 0);
    const total = scores.reduce((s, x) => s + x.total, 0);
    // Printed on purpose: the per-article score is the figure this test exists to show.
    console.log([`dev events found by title: ${found}/${total} (${((100 * found) / total).toFixed(1)}%)`, ...scores.flatMap((s) => [`${s.name}: ${s.found}/${s.total}`, ...s.lines])].join('\n'));
    const best = existsSync(BEST) ? (JSON.parse(readFileSync(BEST, 'utf8')) as { found: number; total: number }) : { found: 0, total };
    if (process.env.UPDATE_EVENT_SCORES && found > best.found) {
      writeFileSync(BEST, JSON.stringify({ about: 'Best dev-article event score reached (tests/unit/extract/dev-events.test.ts); UPDATE_EVENT_SCORES=1 raises it.', found, total }, null, 2) + '\n');
    }
    expect(total).toBe(best.total);
    expect(found).toBeGreaterThanOrEqual(best.found);
  });

  test.each(results.map(({ a, r }) => ({ name: a.name, a, r })))('$name: no event is dated only by a year inside a name', ({ a, r }) => {
    // Gold lists a year inside a name («الرؤية … (2030)», «معرض الأسلحة – 2023») as optional.
    const nameYears = new Set(a.gold.optional.filter((o) => /^\(?\d{4}\)?$/.test(o.surface.trim())).map((o) => o.offset));
    const nameTimexIds = new Set(r.document.timexes.filter((t) => nameYears.has(t.span[0])).map((t) => t.id));
    for (const e of r.events) expect(e.timexIds.length > 0 && e.timexIds.every((id) => nameTimexIds.has(id)), `«${e.title}» is dated by a name-year`).toBe(false);
  });

  test.each(results.map(({ a, r }) => ({ name: a.name, a, r })))('$name: exactly one main event, on the timeline', ({ r }) => {
    const main = r.events.filter((e) => e.main);
    expect(main).toHaveLength(1);
    expect(main[0]!.title.length).toBeGreaterThan(0);
  });
});
