/** src/lib/time/grammar.ts: the rule list the engine indexes. */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../../../src/lib/time/grammar.ts';

describe('the rule engine', () => {
  test('every rule has a trigger and a unique name', () => {
    for (const r of RULES) {
      const on = r.on;
      expect(!!(on.entries?.length || on.number || on.ordinal || on.words), r.name).toBe(true);
    }
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });
  test('numeric dates are tried before day-month dates (ties keep the first)', () => {
    const names = RULES.map((r) => r.name);
    expect(names.indexOf('numeric date')).toBeLessThan(names.indexOf('day month year'));
  });
});
