/**
 * Scores the extractor on two peer suites (Duckling's Arabic time corpus, Recognizers-Text's Arabic
 * DateTime specs), prints the score tables, and fails when a score falls below best-scores.json.
 * The suites are copied into tests/conformance/data (see its README for upstream and licences).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Timex } from '../../src/lib/types.ts';
import { ducklingRange, IN_SCOPE_GRAINS, newsRange, scoreDuckling, type DucklingScore } from './duckling.ts';
import { BEST_FILE, raised, readBest, regressions, writeBest, type Scores } from './ratchet.ts';
import { scoreExtractor, scoreParser, type ParserScore } from './recognizers.ts';
import type { Scoreboard } from './score.ts';
import { readDuckling, readRecognizers } from './suites.ts';

describe('peer conformance suites', () => {
  let duckling: DucklingScore;
  let dateParser: ParserScore;
  let periodParser: ParserScore;
  let spans: Scoreboard;
  const current: Scores = {};

  beforeAll(() => {
    duckling = scoreDuckling(readDuckling());
    dateParser = scoreParser(readRecognizers('DateParser'), 'date');
    periodParser = scoreParser(readRecognizers('DatePeriodParser'), 'period');
    spans = scoreExtractor({
      DateExtractor: readRecognizers('DateExtractor'),
      DatePeriodExtractor: readRecognizers('DatePeriodExtractor'),
      HolidayExtractor: readRecognizers('HolidayExtractor'),
    });

    const measure = (board: Scoreboard, reading: string) => ({ passed: board.score(reading), total: board.categories.get('TOTAL')?.total ?? 0 });
    current['duckling.duckling'] = measure(duckling.board, 'duckling');
    current['duckling.news'] = measure(duckling.board, 'news');
    current['duckling.either'] = measure(duckling.board, 'either');
    current['duckling.negatives'] = { passed: duckling.negatives.passed, total: duckling.negatives.total };
    current['recognizers.DateParser.tense'] = measure(dateParser.board, 'tense');
    current['recognizers.DateParser.either'] = measure(dateParser.board, 'either');
    current['recognizers.DatePeriodParser.tense'] = measure(periodParser.board, 'tense');
    current['recognizers.DatePeriodParser.either'] = measure(periodParser.board, 'either');
    current['recognizers.spans.exact'] = measure(spans, 'exact');
    current['recognizers.spans.overlap'] = measure(spans, 'overlap');

    const excluded = [...duckling.excluded].map(([g, n]) => `${g} ${n}`).join(', ');
    console.log(
      [
        duckling.board.table('Duckling AR time corpus at 2013-02-12 (day, week, month and year grains)', { duckling: "Duckling's value", news: 'news convention', either: 'either' }),
        `excluded (grain below a day): ${excluded}; negative examples with no date found: ${duckling.negatives.passed}/${duckling.negatives.total}`,
        '',
        dateParser.board.table('Recognizers-Text DateParser', { tense: 'reading of the tense', either: 'future or past' }),
        '',
        periodParser.board.table('Recognizers-Text DatePeriodParser (period ends made inclusive)', { tense: 'reading of the tense', either: 'future or past' }),
        `excluded (no date upstream: seasons): ${periodParser.excluded + dateParser.excluded}`,
        '',
        spans.table('Recognizers-Text extractor specs (spans)', { exact: 'exact span', overlap: 'overlapping ≥ 1/3' }),
      ].join('\n'),
    );
    if (process.env.CONFORMANCE_FAILURES) {
      console.log(['Duckling:', ...duckling.failures, 'DateParser:', ...dateParser.failures, 'DatePeriodParser:', ...periodParser.failures].join('\n  '));
    }
  });

  test('no score falls below tests/conformance/best-scores.json', () => {
    const best = readBest();
    if (process.env.UPDATE_CONFORMANCE === '1') {
      const next = raised(current, best);
      if (next) {
        writeBest(next);
        console.log(`[conformance] raised ${BEST_FILE}`);
      }
    }
    expect(regressions(current, best)).toEqual([]);
  });

  test('at least 85% of the in-scope Duckling examples are right in one of the two readings', () => {
    const total = duckling.board.categories.get('TOTAL')?.total ?? 0;
    expect(duckling.board.score('either') / total).toBeGreaterThanOrEqual(0.85);
  });

  test('the scoring gives full marks to an extractor that answers exactly what Duckling expects', () => {
    const corpus = readDuckling();
    const oracle = new Map<string, Timex[]>();
    for (const e of corpus.examples) {
      if (!IN_SCOPE_GRAINS.has(e.expected.grain)) continue;
      const [start, end] = ducklingRange(e);
      oracle.set(e.text, [{ id: 'x', text: e.text, span: [0, e.text.length], start, end, grain: 'day', kind: 'absolute' }]);
    }
    const s = scoreDuckling(corpus, (input) => oracle.get(input) ?? []);
    const inScope = corpus.examples.filter((e) => IN_SCOPE_GRAINS.has(e.expected.grain));
    expect(s.board.score('duckling')).toBe(inScope.length);
    const ref = corpus.referenceTime.local.slice(0, 10);
    const sameInBoth = inScope.filter((e) => newsRange(e, ref).join() === ducklingRange(e).join());
    expect(s.board.score('news')).toBe(sameInBoth.length);
    expect(sameInBoth.length).toBeLessThan(inScope.length);
  });

  test('every in-scope Duckling example and every Recognizers result was scored', () => {
    const total = (b: Scoreboard) => b.categories.get('TOTAL')?.total ?? 0;
    const excluded = [...duckling.excluded.values()].reduce((a, b) => a + b, 0);
    expect(total(duckling.board) + excluded).toBe(readDuckling().examples.length);
    const results = (name: string) => readRecognizers(name).reduce((n, c) => n + c.Results.length, 0);
    expect(total(dateParser.board) + dateParser.excluded).toBe(results('DateParser'));
    expect(total(periodParser.board) + periodParser.excluded).toBe(results('DatePeriodParser'));
  });
});
