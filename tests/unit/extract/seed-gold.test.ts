/**
 * The seed article against its hand-checked answers, with no meta file and no reference option:
 * the extractor must find the reference date in the text itself, every gold expression at its
 * exact offset with its value, and every gold event with its dates and a title holding the gold's
 * must_mention word. All expected values come from the fixture.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { extractDocument, type ExtractResult } from '../../../src/lib/extract/index.ts';
import { isValidIsoDate } from '../../../src/lib/iso-date.ts';
import type { Timex } from '../../../src/lib/types.ts';
import { goldSpan, seedArticle } from '../../helpers/gold.ts';

const { name: NAME, text, gold } = seedArticle();

const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe('seed article against its gold answers (no metadata, no --ref-date)', () => {
  let result: ExtractResult;
  beforeAll(() => {
    result = extractDocument({ id: NAME, source: `seeds/${NAME}.txt`, text });
  });

  test('the reference date is inferred from the text', () => {
    expect(result.document.referenceDate.basis).toBe('inferred');
    expect(result.document.referenceDate.date).toBe(gold.reference_date);
    expect(result.document.referenceDate.evidence.length).toBeGreaterThan(0);
  });

  test.each(gold.expressions.map((e) => ({ ...e, label: `${e.surface} @${e.offset}` })))('expression $label', (e) => {
    const t = result.document.timexes.find((x) => x.span[0] === e.offset);
    expect(t, `no timex at offset ${e.offset}`).toBeDefined();
    expect(t!.text).toBe(e.surface);
    expect(text.slice(t!.span[0], t!.span[1])).toBe(e.surface);
    const want = goldSpan(e.value);
    if ('week' in want) {
      // Any 7-day span holding the reference date is accepted for «الأسبوع الجاري».
      expect(t!.grain).toBe('week');
      expect(days(t!.start, t!.end)).toBe(6);
      expect(t!.start <= gold.reference_date && gold.reference_date <= t!.end).toBe(true);
    } else {
      expect({ start: t!.start, end: t!.end }).toEqual(want);
    }
  });

  test('nothing but gold, optional, or repeated optional dates becomes a timex; vague phrases never do', () => {
    const listed = [...gold.expressions, ...gold.optional];
    const isListed = (t: Timex) => listed.some((e) => (e.offset === null || e.offset === t.span[0]) && e.surface === t.text);
    // A repeated mention of an optional date (the expo's year, the anniversary's year) is genuinely
    // that date: it must have the same value as an optional entry.
    const sameAsOptional = (t: Timex) =>
      gold.optional.some((e) => {
        const w = goldSpan(e.value);
        return !('week' in w) && w.start === t.start && w.end === t.end;
      });
    for (const t of result.document.timexes) {
      expect(isListed(t) || sameAsOptional(t), `unexpected timex «${t.text}» at ${t.span[0]}`).toBe(true);
      for (const v of gold.vague) {
        const at = text.indexOf(v);
        if (at >= 0) expect(t.span[1] <= at || t.span[0] >= at + v.length, `«${t.text}» overlaps the vague «${v}»`).toBe(true);
      }
    }
  });

  test.each(gold.events.map((e) => ({ ...e, label: e.what })))('event: $label', (g) => {
    const match = result.events.filter((e) => {
      const dateOk = g.start !== undefined ? e.start === g.start && e.end === g.end : e.start >= g.start_within![0] && e.start <= g.start_within![1] && e.end >= g.end_within![0] && e.end <= g.end_within![1];
      // The title, not the sentence, must name the happening.
      return dateOk && e.title.includes(g.must_mention);
    });
    expect(match.length, `no event ${JSON.stringify(g)}; events: ${JSON.stringify(result.events.map((e) => [e.start, e.end, e.title]))}`).toBeGreaterThan(0);
    for (const e of match) {
      expect(text.slice(e.span[0], e.span[1])).toBe(e.annotation);
      expect(e.timexIds.length).toBeGreaterThan(0);
    }
  });

  test('no two events share the same dates and title', () => {
    const keys = result.events.map((e) => `${e.start}|${e.end}|${e.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('the headline and page furniture give no events of their own; the main event quotes the headline with the lede', () => {
    const headlineEnd = text.indexOf('\n');
    for (const e of result.events.filter((x) => !x.main)) expect(e.span[0]).toBeGreaterThan(headlineEnd);
    const main = result.events.filter((e) => e.main);
    expect(main).toHaveLength(1);
    expect(main[0]!.annotation.startsWith(text.slice(0, headlineEnd))).toBe(true);
    for (const furniture of ['مقالات ذات صلة', 'زر الذهاب إلى الأعلى']) {
      expect(result.events.some((e) => e.annotation.includes(furniture))).toBe(false);
    }
  });

  test('events cite timexes of the document and all dates are valid', () => {
    const ids = new Set(result.document.timexes.map((t) => t.id));
    for (const e of result.events) {
      for (const id of e.timexIds) expect(ids.has(id)).toBe(true);
      expect(isValidIsoDate(e.start) && isValidIsoDate(e.end) && e.start <= e.end).toBe(true);
    }
  });
});
