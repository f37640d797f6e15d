/**
 * The loader's promises about dates, end to end through buildDataset: an article without dates is
 * kept (zero events, one warning); an impossible date is not emitted (and is reported); a weekday
 * that contradicts its date is a warning at its place; NBSP and zero-width marks inside a date do
 * not hide it. These depend on the extractor finding dates.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/loader/build-dataset.ts';
import { formatDiagnostic } from '../../../src/loader/loader-error.ts';
import { runCli, tempProject } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function build(files: Record<string, string>, refDate = '2023-07-30') {
  const { root, cleanup } = tempProject(files);
  cleanups.push(cleanup);
  const paths = Object.keys(files).filter((f) => f.endsWith('.txt')).map((f) => join(root, f));
  return { root, ...buildDataset(paths, { root, refDate }) };
}

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('an article with no dates', () => {
  const NO_DATES = 'رئيس الوزراء يلتقي وفدا تجاريا\nالتقى رئيس الوزراء وفدا من رجال الأعمال، وبحث معهم سبل تعزيز التعاون الاقتصادي.\nوأكد الجانبان أهمية الاستثمار في الطاقة المتجددة.\n';

  test('is kept with zero events, no timexes and exactly one warning naming it', () => {
    const { dataset, warnings } = build({ 'seeds/quiet.txt': NO_DATES, 'seeds/other.txt': 'عنوان آخر\nنص بلا تواريخ أيضا.\n' });
    expect(dataset.documents.map((d) => d.id)).toEqual(['quiet', 'other']);
    const quiet = dataset.documents[0]!;
    expect(quiet.timexes).toEqual([]);
    expect(dataset.events.filter((e) => e.documentId === 'quiet')).toEqual([]);
    expect(warnings.filter((w) => w.file === 'seeds/quiet.txt')).toHaveLength(1);
  });

  test('the CLI exits 0, prints the document and warns on stderr', () => {
    const { root, cleanup } = tempProject({ 'seeds/quiet.txt': NO_DATES });
    cleanups.push(cleanup);
    const r = runCli(['seeds/quiet.txt'], root);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
    expect(r.stderr).toMatch(/^seeds\/quiet\.txt(:\d+:\d+)?: \S/m);
  });
});

describe('impossible dates are not emitted', () => {
  const cases = [
    { name: '31 February (Levantine month name)', bad: '31 شباط 2023', good: '15 شباط 2023', goodStart: '2023-02-15' },
    { name: '31 فبراير (Egyptian/Gulf month name)', bad: '31 فبراير 2023', good: '14 فبراير 2023', goodStart: '2023-02-14' },
    { name: '29 February in a common year', bad: '29 فبراير 2023', good: '28 فبراير 2023', goodStart: '2023-02-28' },
    { name: '31 April in Arabic-Indic digits', bad: '٣١ أبريل ٢٠٢٣', good: '٣٠ أبريل ٢٠٢٣', goodStart: '2023-04-30' },
    { name: '31 June (Maghrebi month name)', bad: '31 يونيو 2023', good: '30 يونيو 2023', goodStart: '2023-06-30' },
  ];
  test.each(cases)('$name: no timex for «$bad», a warning on its line, while «$good» is found', ({ bad, good, goodStart }) => {
    const text = `خبر اقتصادي\nوقال البيان إن الاجتماع عقد في ${good} بحضور الوزراء.\nوأشار إلى أن القرار صدر في ${bad} وفق الوثيقة.\n`;
    const { dataset, warnings } = build({ 'seeds/a.txt': text });
    const doc = dataset.documents[0]!;
    const badStart = text.indexOf(bad);
    const badEnd = badStart + bad.length;
    expect(doc.timexes.filter((t) => t.span[0] < badEnd && t.span[1] > badStart)).toEqual([]);
    expect(doc.timexes.some((t) => t.start === goodStart)).toBe(true);
    const line = lineOf(text, bad);
    expect(warnings.filter((w) => w.line === line).map(formatDiagnostic)).not.toEqual([]);
  });
});

describe('a weekday that contradicts its date', () => {
  const cases = [
    // 28 July 2023 was a Friday, not a Thursday.
    { name: 'الخميس 28 تموز/يوليو 2023', text: 'خبر\nوقال المتحدث إن الوفد وصل يوم الخميس 28 تموز/يوليو 2023 إلى العاصمة.\n', needle: 'الخميس' },
    // 1 January 2024 was a Monday.
    { name: 'الأحد، ١ يناير ٢٠٢٤', text: 'خبر\n\nأعلنت الحكومة يوم الأحد، ١ يناير ٢٠٢٤، خطة جديدة.\n', needle: 'الأحد' },
  ];
  test.each(cases)('$name: a warning on its line', ({ text, needle }) => {
    const { warnings } = build({ 'seeds/a.txt': text }, '2024-02-01');
    const line = lineOf(text, needle);
    const here = warnings.filter((w) => w.file === 'seeds/a.txt' && w.line === line);
    expect(here.map(formatDiagnostic)).not.toEqual([]);
  });

  test('a weekday that agrees with its date gives no warning on its line', () => {
    // 27 July 2023 was a Thursday.
    const text = 'خبر\nوصل الوفد يوم الخميس 27 تموز/يوليو 2023 إلى العاصمة.\n';
    const { dataset, warnings } = build({ 'seeds/a.txt': text });
    expect(dataset.documents[0]!.timexes.some((t) => t.start === '2023-07-27')).toBe(true);
    expect(warnings.filter((w) => w.line === 2)).toEqual([]);
  });
});

describe('NBSP and zero-width characters inside a date do not hide it', () => {
  test.each([
    { name: 'NBSP between day and month', date: '27\u00A0تموز 2023' },
    { name: 'right-to-left marks around the digits', date: '\u200F27\u200F تموز/\u200Fيوليو 2023' },
    { name: 'zero-width non-joiner after the month', date: '27 يوليو\u200C 2023' },
  ])('$name', ({ date }) => {
    const text = `خبر\nعقد الاجتماع في ${date} في العاصمة.\n`;
    const { dataset } = build({ 'seeds/a.txt': text });
    const doc = dataset.documents[0]!;
    expect(doc.text).toBe(text);
    const t = doc.timexes.find((x) => x.start === '2023-07-27');
    expect(t, 'a timex on 2023-07-27').toBeDefined();
    expect(doc.text.slice(t!.span[0], t!.span[1])).toBe(t!.text);
  });
});
