/** Test helpers: run the extractor on a short article and look at what it found. */
import { extractDocument, type ExtractResult } from '../../../src/lib/extract/index.ts';
import type { Timex } from '../../../src/lib/types.ts';

/** The article used by table tests: a headline line, then the text under test. */
export function article(body: string): string {
  return `خبر للاختبار\n${body}`;
}

/** Extracts a one-paragraph article, with a reference date given as an option (or none). */
export function run(body: string, ref?: string): ExtractResult {
  return extractDocument({ id: 'test', source: 'seeds/test.txt', text: article(body), ...(ref ? { reference: { date: ref, basis: 'option', evidence: `--ref-date ${ref}` } } : {}) });
}

/** The fields of a timex a table test compares. */
export type TimexView = Pick<Timex, 'text' | 'start' | 'end' | 'grain' | 'kind'> & { partOfDay?: Timex['partOfDay'] };

/** Timexes of a one-paragraph article, reduced to the fields tests compare. */
export function timexes(body: string, ref?: string): TimexView[] {
  return run(body, ref).document.timexes.map((t) => ({ text: t.text, start: t.start, end: t.end, grain: t.grain, kind: t.kind, ...(t.partOfDay ? { partOfDay: t.partOfDay } : {}) }));
}

/** A day expression as a TimexView. */
export function day(text: string, iso: string, kind: Timex['kind'] = 'absolute', partOfDay?: Timex['partOfDay']): TimexView {
  return { text, start: iso, end: iso, grain: 'day', kind, ...(partOfDay ? { partOfDay } : {}) };
}
