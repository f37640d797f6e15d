/**
 * Coverage of every Arabic month-name variant in the shared conformance list that news uses. The
 * list flags what news does not use: "abbreviation" (short forms, rare in news, e.g. «ك٢») and
 * "regex-expansion-artifact" (strings that exist only as an expansion of another tool's regex,
 * e.g. «كانون الثان»). Every other variant — plain, diacritized, with shadda, Persian letters,
 * dual forms, Libyan names that are common nouns (given here a day number, which they need) and
 * Hijri names — must read as its month inside a date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { timexes } from '../extract/helpers.ts';
import { CONFORMANCE_DIR } from '../../conformance/suites.ts';

const FILE = join(CONFORMANCE_DIR, 'month-names.json');
const NOT_IN_NEWS = new Set(['abbreviation', 'regex-expansion-artifact']);

interface Variant {
  name: string;
  month: number;
  calendar: 'gregorian' | 'hijri';
  family: string;
  flags: string[];
}

function variants(): Variant[] {
  return (JSON.parse(readFileSync(FILE, 'utf8')) as { months: Variant[] }).months;
}

/** The Gregorian day of a Hijri date, found by scanning days with Intl (the independent oracle). */
function hijriDay(year: number, month: number, day: number): string {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  for (let t = Date.UTC(2018, 7, 1); t < Date.UTC(2019, 9, 1); t += 86_400_000) {
    const p = f.formatToParts(t);
    const get = (k: string) => Number(p.find((x) => x.type === k)!.value);
    if (get('year') === year && get('month') === month && get('day') === day) return new Date(t).toISOString().slice(0, 10);
  }
  throw new Error('not found');
}

const all = variants();
const used = all.filter((v) => !v.flags.some((f) => NOT_IN_NEWS.has(f)));

describe('month-names.json coverage', () => {
  test('the list is the one described (148 variants) and most are used in news', () => {
    expect(all.length).toBe(148);
    expect(used.length).toBeGreaterThan(130);
  });

  test.each(used.filter((v) => v.calendar === 'gregorian').map((v) => ({ ...v, label: `${v.name} (${v.family}) = ${v.month}` })))('Gregorian $label', (v) => {
    const phrase = `15 ${v.name} 2020`;
    const iso = `2020-${String(v.month).padStart(2, '0')}-15`;
    expect(timexes(`عقد المجلس اجتماعه في ${phrase} في العاصمة.`, '2024-01-10')).toEqual([{ text: phrase, start: iso, end: iso, grain: 'day', kind: 'absolute' }]);
  });

  test.each(used.filter((v) => v.calendar === 'hijri').map((v) => ({ ...v, label: `${v.name} = ${v.month}` })))('Hijri $label', (v) => {
    const phrase = `15 ${v.name} 1440 هـ`;
    const iso = hijriDay(1440, v.month, 15);
    expect(timexes(`عقد المجلس اجتماعه في ${phrase} في العاصمة.`, '2024-01-10')).toEqual([{ text: phrase, start: iso, end: iso, grain: 'day', kind: 'absolute' }]);
  });
});
