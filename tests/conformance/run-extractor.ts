/** Runs the project's extractor on one conformance input, as the loader would on an article. */
import { extractDocument } from '../../src/lib/extract/index.ts';
import type { Timex } from '../../src/lib/types.ts';

/**
 * The input becomes the body of a one-paragraph article under a neutral headline, so an extractor
 * that treats the first line as a title still reads it; returned spans are relative to the input.
 */
const HEADLINE = 'خبر\n';

/** Finds timexes in an input at a reference date; spans relative to the input. */
export type Extract = (input: string, referenceDate: string) => Timex[];

/**
 * Timexes found in `input` with the given reference date (basis "option", as with --ref-date), and
 * the first day of the week the suite assumes (the extractor's default, Saturday, when not given).
 */
export function timexesOf(input: string, referenceDate: string, weekStart?: number): Timex[] {
  const { document } = extractDocument({
    ...(weekStart === undefined ? {} : { weekStart }),
    id: 'conformance',
    source: 'conformance',
    text: `${HEADLINE}${input}\n`,
    reference: { date: referenceDate, basis: 'option', evidence: 'conformance reference date' },
  });
  return document.timexes.map((t) => ({ ...t, span: [t.span[0] - HEADLINE.length, t.span[1] - HEADLINE.length] }));
}

/**
 * True when a timex covers an expression "reasonably": it overlaps it by at least a third of the
 * expression's length. A strict span equality would punish «الاثنين 18 شباط» found as «18 شباط»;
 * the dates are what the timeline shows, and they are compared separately.
 */
export function covers(t: Timex, start: number, end: number): boolean {
  const overlap = Math.min(t.span[1], end) - Math.max(t.span[0], start);
  return overlap > 0 && overlap * 3 >= end - start;
}
