/**
 * Expression F1 over the six development articles, scored like the seed: a gold expression is
 * found when a timex overlaps its span with the same dates; a timex that matches no gold
 * expression and touches no `optional` entry or `vague` phrase is a false one. The articles are
 * read as the loader reads them (meta.published is the reference date). The overall F1 must stay
 * ≥ 0.95 and never fall below the best stored in tests/conformance/dev-best-scores.json
 * (`UPDATE_CONFORMANCE=1` raises it).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractDocument } from '../../../src/lib/extract/index.ts';
import type { Timex } from '../../../src/lib/types.ts';
import { raised, readBest, regressions, writeBest, type Scores } from '../../conformance/ratchet.ts';
import { devArticles, type GoldArticle, type GoldExpression, goldSpan } from '../../helpers/gold.ts';

const BEST = fileURLToPath(new URL('../../conformance/dev-best-scores.json', import.meta.url));
const MIN_F1 = 0.95;

/** Every [start, end) where a gold entry stands: its offset, or each occurrence of its surface. */
function placesOf(text: string, e: GoldExpression): [number, number][] {
  if (e.offset !== null) return [[e.offset, e.offset + e.surface.length]];
  const out: [number, number][] = [];
  for (let at = text.indexOf(e.surface); at >= 0; at = text.indexOf(e.surface, at + 1)) out.push([at, at + e.surface.length]);
  return out;
}

const overlaps = (t: Timex, [a, b]: [number, number]) => Math.min(t.span[1], b) > Math.max(t.span[0], a);

/** ISO week "YYYY-Www" → its Thursday (the day ISO numbers weeks by). */
function isoWeekThursday(week: string): string {
  const [y, w] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const jan4 = Date.UTC(y, 0, 4);
  const jan4Wd = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = jan4 + ((w - 1) * 7 - jan4Wd + 3) * 86_400_000;
  return new Date(thursday).toISOString().slice(0, 10);
}

const DAY = 86_400_000;
/** True when a timex has the dates a gold value names (a week: any 7-day span holding its Thursday, whatever day the week starts). */
function sameDates(t: Timex, value: string): boolean {
  const want = goldSpan(value);
  if ('week' in want) {
    const thu = isoWeekThursday(want.week);
    return (Date.parse(t.end) - Date.parse(t.start)) / DAY === 6 && t.start <= thu && thu <= t.end;
  }
  return t.start === want.start && t.end === want.end;
}

interface ArticleScore {
  tp: number;
  fn: string[];
  fp: string[];
}

/** Scores one article's timexes against its gold. */
function scoreArticle(a: GoldArticle, timexes: Timex[]): ArticleScore {
  const used = new Set<Timex>();
  const fn: string[] = [];
  let tp = 0;
  for (const e of a.gold.expressions) {
    const places = placesOf(a.text, e);
    const hit = timexes.find((t) => !used.has(t) && places.some((p) => overlaps(t, p)) && sameDates(t, e.value));
    if (hit) {
      used.add(hit);
      tp++;
    } else fn.push(`«${e.surface}» @${e.offset} ${e.value}; found ${timexes.filter((t) => places.some((p) => overlaps(t, p))).map((t) => `«${t.text}» ${t.start}..${t.end}`).join(', ') || 'nothing'}`);
  }
  const neutral: [number, number][] = [...a.gold.optional.flatMap((e) => placesOf(a.text, e)), ...a.gold.vague.flatMap((v) => placesOf(a.text, { surface: v, offset: null, value: '', grain: '' }))];
  const fp = timexes.filter((t) => !used.has(t) && !neutral.some((p) => overlaps(t, p))).map((t) => `«${t.text}» @${t.span[0]} ${t.start}..${t.end}`);
  return { tp, fn, fp };
}

const f1 = (tp: number, fn: number, fp: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fn + fp));

describe('expression F1 over the development articles', () => {
  const scores = new Map<string, ArticleScore>();
  beforeAll(() => {
    for (const a of devArticles()) {
      const published = a.meta?.published;
      const { document } = extractDocument({
        id: a.name,
        source: a.source,
        text: a.text,
        ...(a.meta?.title ? { title: a.meta.title } : {}),
        ...(a.meta?.url ? { url: a.meta.url } : {}),
        ...(published ? { reference: { date: published, basis: 'metadata' as const, evidence: `${a.name}.meta.json: published ${published}` } } : {}),
      });
      scores.set(a.name, scoreArticle(a, document.timexes));
    }
    const lines = [...scores].map(([name, s]) => `${name}: F1 ${f1(s.tp, s.fn.length, s.fp.length).toFixed(3)} (tp ${s.tp}, fn ${s.fn.length}, fp ${s.fp.length})${[...s.fn.map((x) => `\n  missed ${x}`), ...s.fp.map((x) => `\n  false ${x}`)].join('')}`);
    console.log(lines.join('\n'));
  });

  test(`overall F1 ≥ ${MIN_F1} and no lower than the stored best`, () => {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    const current: Scores = {};
    for (const [name, s] of scores) {
      tp += s.tp;
      fn += s.fn.length;
      fp += s.fp.length;
      current[`dev.${name}.f1x1000`] = { passed: Math.round(1000 * f1(s.tp, s.fn.length, s.fp.length)), total: 1000 };
    }
    const overall = f1(tp, fn, fp);
    current['dev.overall.f1x1000'] = { passed: Math.round(1000 * overall), total: 1000 };
    console.log(`overall expression F1 ${overall.toFixed(3)} (tp ${tp}, fn ${fn}, fp ${fp})`);
    const best = readBest(BEST);
    if (process.env.UPDATE_CONFORMANCE === '1') {
      const next = raised(current, best);
      if (next) writeBest(next, BEST);
    }
    expect(regressions(current, best)).toEqual([]);
    expect(overall).toBeGreaterThanOrEqual(MIN_F1);
  });

  test('the scoring counts a missed expression and a false one', () => {
    const a: GoldArticle = {
      name: 'x',
      source: 'x',
      text: 'قال يوم 3 مارس 2020 وفي 2021',
      gold: { reference_date: '2020-03-05', reference_date_stated_in_text: false, expressions: [{ surface: '3 مارس 2020', offset: 8, value: '2020-03-03', grain: 'day' }], optional: [], vague: [], events: [] },
    };
    const t = (span: [number, number], start: string, end: string): Timex => ({ id: 'i', text: a.text.slice(...span), span, start, end, grain: 'day', kind: 'absolute' });
    expect(scoreArticle(a, [t([4, 19], '2020-03-03', '2020-03-03')])).toEqual({ tp: 1, fn: [], fp: [] });
    const wrong = scoreArticle(a, [t([8, 19], '2020-03-04', '2020-03-04'), t([24, 28], '2021-01-01', '2021-12-31')]);
    expect(wrong.tp).toBe(0);
    expect(wrong.fn.length).toBe(1);
    expect(wrong.fp.length).toBe(2);
  });

  test('a week value accepts any 7-day span holding its Thursday', () => {
    const t = (start: string, end: string): Timex => ({ id: 'i', text: 'x', span: [0, 1], start, end, grain: 'week', kind: 'relative' });
    // 2018-W12 is Monday 19 to Sunday 25 March 2018; its Thursday is the 22nd.
    expect(sameDates(t('2018-03-17', '2018-03-23'), '2018-W12')).toBe(true);
    expect(sameDates(t('2018-03-19', '2018-03-25'), '2018-W12')).toBe(true);
    expect(sameDates(t('2018-03-23', '2018-03-29'), '2018-W12')).toBe(false);
    expect(sameDates(t('2018-03-19', '2018-03-24'), '2018-W12')).toBe(false);
  });
});
