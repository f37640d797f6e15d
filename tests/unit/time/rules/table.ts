/** Table-test helpers for the rule files: one row per sentence, the expressions it must give. */
import { expect, test } from 'vitest';
import { run, type TimexView, timexes } from '../../extract/helpers.ts';

/** One row: a sentence, its reference date, the expressions expected (in text order). */
export interface Row {
  name: string;
  input: string;
  ref: string;
  expected: TimexView[];
}

/** A day expression. */
export const day = (text: string, iso: string, kind: TimexView['kind'] = 'relative', partOfDay?: TimexView['partOfDay']): TimexView => ({
  text,
  start: iso,
  end: iso,
  grain: 'day',
  kind,
  ...(partOfDay ? { partOfDay } : {}),
});

/** A span expression. */
export const span = (text: string, start: string, end: string, grain: TimexView['grain'], kind: TimexView['kind']): TimexView => ({ text, start, end, grain, kind });

/** Runs a table: each sentence must give exactly the expected expressions. */
export function table(rows: Row[]): void {
  test.each(rows)('$name', ({ input, ref, expected }) => expect(timexes(input, ref)).toEqual(expected));
}

/** The warnings of one sentence. */
export function warningsOf(input: string, ref: string): string[] {
  return run(input, ref).warnings.map((w) => w.message);
}
