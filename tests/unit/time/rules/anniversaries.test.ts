/** src/lib/time/rules/anniversaries.ts: an anniversary is dated only from a base year in its sentence. */
import { describe } from 'vitest';
import { span, table } from './table.ts';

const ref = '2024-03-05';

describe('anniversaries', () => {
  table([
    { name: 'no base year: not dated', input: 'احتفلت الجمعية بالذكرى السبعين لتأسيسها.', ref, expected: [] },
    {
      name: 'with the base year: that many years after it',
      input: 'احتفلت الجمعية بالذكرى الخمسين لتأسيسها عام 1970.',
      ref,
      expected: [span('بالذكرى الخمسين', '2020-01-01', '2020-12-31', 'year', 'anniversary'), span('عام 1970', '1970-01-01', '1970-12-31', 'year', 'absolute')],
    },
  ]);
});
