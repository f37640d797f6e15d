/**
 * Every kind of bad input stops the loader with one clear line naming the file (and line:col where
 * it applies): the same line from the library, from the CLI (exit code 1, nothing on stdout, no stack
 * trace) and from the Vite build.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/loader/build-dataset.ts';
import { LoaderError } from '../../../src/loader/loader-error.ts';
import { buildMinimalApp, buildRealApp, type Entry, rejection, runCli, STACK_LINE, tempProject } from './helpers.ts';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Buffer.from(p))));
const ARTICLE = 'خبر عاجل\nقال المتحدث إن الاجتماع كان مثمرا.\n';
const EDITED_ARTICLE = 'مجلس المدينة يقر الموازنة\nأقر مجلس المدينة يوم الأحد 12 كانون الثاني/يناير 2025 موازنة العام الجديد.\nوكان المجلس قد رفض مشروعا مشابها في تشرين الأول 2024، وسيعقد جلسة أخرى في 2 شباط 2025.\nوحضر الجلسة عدد من السكان.\n';

interface BadCase {
  name: string;
  /** Files of the temporary project; seeds/a.txt defaults to a valid article. */
  files: Record<string, Entry>;
  /** The file the message must name, and its place when the problem has one. */
  file: string;
  line?: number;
  column?: number;
  /** What the message must say after `file[:line:col]: `. */
  says: RegExp;
}

const cases: BadCase[] = [
  { name: 'empty file (0 bytes)', files: { 'seeds/a.txt': '' }, file: 'seeds/a.txt', says: /empty file/ },
  { name: 'only whitespace, NBSP and zero-width characters', files: { 'seeds/a.txt': ' \n\u00A0\u200B\u200F\r\n\t\uFEFF' }, file: 'seeds/a.txt', says: /empty file/ },
  { name: 'BOM and nothing else', files: { 'seeds/a.txt': '\uFEFF' }, file: 'seeds/a.txt', says: /empty file/ },
  // «قال » is 4 UTF-16 units, so the first Windows-1256 byte sits at column 5 of line 2.
  { name: 'Windows-1256 bytes, not UTF-8', files: { 'seeds/a.txt': bytes('عنوان\nقال ', [0xc7, 0xe1, 0xdf, 0xe6]) }, file: 'seeds/a.txt', line: 2, column: 5, says: /not UTF-8/ },
  { name: 'truncated UTF-8 sequence at the end', files: { 'seeds/a.txt': bytes('خبر\nنص', [0xd8]) }, file: 'seeds/a.txt', line: 2, column: 3, says: /not UTF-8/ },
  { name: 'overlong UTF-8 encoding of "/"', files: { 'seeds/a.txt': bytes('abc', [0xc0, 0xaf]) }, file: 'seeds/a.txt', line: 1, column: 4, says: /not UTF-8/ },
  { name: 'UTF-8-encoded surrogate half', files: { 'seeds/a.txt': bytes('خبر ', [0xed, 0xa0, 0x80]) }, file: 'seeds/a.txt', line: 1, column: 5, says: /not UTF-8/ },
  { name: 'UTF-16LE with a byte-order mark', files: { 'seeds/a.txt': Buffer.from('\uFEFFخبر عاجل', 'utf16le') }, file: 'seeds/a.txt', line: 1, column: 1, says: /UTF-16/ },
  { name: 'UTF-16LE without a byte-order mark', files: { 'seeds/a.txt': Buffer.from('خبر عاجل: قال المتحدث يوم 27 تموز 2023 إن الاجتماع انتهى.', 'utf16le') }, file: 'seeds/a.txt', says: /UTF-16/ },
  { name: 'binary file (PNG header)', files: { 'seeds/a.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }, file: 'seeds/a.txt', says: /binary file \(NUL byte at byte offset 8\)/ },
  { name: 'control character inside valid UTF-8 text', files: { 'seeds/a.txt': 'خبر\nنص\u0001هنا' }, file: 'seeds/a.txt', line: 2, column: 3, says: /binary file \(control character U\+0001\)/ },
  { name: 'missing path (dangling link)', files: { 'seeds/a.txt': { symlinkTo: 'gone.txt' } }, file: 'seeds/a.txt', says: /no such file/ },
  { name: 'a directory where an article should be', files: { 'seeds/a.txt': { dir: true } }, file: 'seeds/a.txt', says: /directory/ },
  { name: 'meta file that is a directory (unreadable)', files: { 'seeds/a.meta.json': { dir: true } }, file: 'seeds/a.meta.json', says: /cannot read the meta file/ },
  { name: 'meta file that is not UTF-8', files: { 'seeds/a.meta.json': bytes('{"title": "', [0xe1, 0xe4], '"}') }, file: 'seeds/a.meta.json', line: 1, column: 12, says: /not UTF-8/ },
  { name: 'meta file that is binary', files: { 'seeds/a.meta.json': Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]) }, file: 'seeds/a.meta.json', says: /binary/ },
  { name: 'empty meta file', files: { 'seeds/a.meta.json': '  \n' }, file: 'seeds/a.meta.json', says: /empty meta file/ },
  { name: 'meta file with a missing value', files: { 'seeds/a.meta.json': '{\n  "published": "2023-07-27",\n  "title": \n}' }, file: 'seeds/a.meta.json', line: 4, column: 1, says: /invalid JSON/ },
  { name: 'meta file with a trailing comma', files: { 'seeds/a.meta.json': '{"published": "2023-07-27",}' }, file: 'seeds/a.meta.json', line: 1, column: 28, says: /invalid JSON/ },
  { name: 'meta file with an unterminated string', files: { 'seeds/a.meta.json': '{"title": "خبر\n}' }, file: 'seeds/a.meta.json', line: 1, column: 15, says: /invalid JSON/ },
  { name: 'meta file holding an array', files: { 'seeds/a.meta.json': '\n [ "2023-07-27" ]' }, file: 'seeds/a.meta.json', line: 2, column: 2, says: /JSON object/ },
  { name: 'impossible published date (30 February)', files: { 'seeds/a.meta.json': '{"published": "2023-02-30"}' }, file: 'seeds/a.meta.json', line: 1, column: 15, says: /"published" must be a real date/ },
  { name: 'published date written day-first', files: { 'seeds/a.meta.json': '{\n  "published": "27/07/2023"\n}' }, file: 'seeds/a.meta.json', line: 2, column: 16, says: /"published" must be a real date as YYYY-MM-DD/ },
  { name: 'published date with a time (time zone would shift the day)', files: { 'seeds/a.meta.json': '{"published": "2023-07-27T23:30:00-05:00"}' }, file: 'seeds/a.meta.json', line: 1, column: 15, says: /"published" must be a real date as YYYY-MM-DD/ },
  { name: 'published date as a number', files: { 'seeds/a.meta.json': '{"published": 20230727}' }, file: 'seeds/a.meta.json', line: 1, column: 15, says: /"published" must be a real date/ },
  { name: 'month 13 in the published date', files: { 'seeds/a.meta.json': '{"published": "2023-13-01"}' }, file: 'seeds/a.meta.json', line: 1, column: 15, says: /"published" must be a real date/ },
  { name: 'empty title', files: { 'seeds/a.meta.json': '{"title": "  "}' }, file: 'seeds/a.meta.json', line: 1, column: 11, says: /"title" must be a non-empty string/ },
  { name: 'url that is not http(s)', files: { 'seeds/a.meta.json': '{"url": "javascript:alert(1)"}' }, file: 'seeds/a.meta.json', line: 1, column: 9, says: /"url" must be an http/ },
  // seeds/a.edits.json: each problem at its line and column, for an article with three dated events.
  ...editCases(),
];

/** An article with three events (two share a sentence) and its edits files, one per problem. */
function editCases(): BadCase[] {
  const files = (edits: string): Record<string, Entry> => ({ 'seeds/a.txt': EDITED_ARTICLE, 'seeds/a.meta.json': '{"published": "2025-01-13"}', 'seeds/a.edits.json': edits });
  const one = (...lines: string[]) => ['{', '  "edits": [', '    {', ...lines.map((l) => `      ${l}`), '    }', '  ]', '}', ''].join('\n');
  const file = 'seeds/a.edits.json';
  return [
    { name: 'edits: invalid JSON (trailing comma)', files: files('{\n  "edits": [\n    { "quote": "x", }\n  ]\n}\n'), file, line: 3, column: 21, says: /invalid JSON in the edits file/ },
    { name: 'edits: an unknown field', files: files(one('"quote": "أقر مجلس المدينة",', '"titel": "x"')), file, line: 5, column: 7, says: /unknown field "titel"/ },
    { name: 'edits: a quote not in the article', files: files(one('"quote": "كلمات غائبة",', '"title": "x"')), file, line: 4, column: 16, says: /quote not found in the article seeds\/a\.txt/ },
    { name: 'edits: a quote matching two events', files: files(one('"quote": "رفض مشروعا",', '"title": "x"')), file, line: 4, column: 16, says: /the quote matches 2 events/ },
    { name: 'edits: a quote matching no event', files: files(one('"quote": "عدد من السكان",', '"title": "x"')), file, line: 4, column: 16, says: /in no event's sentence/ },
    { name: 'edits: a bad date', files: files(one('"quote": "أقر مجلس المدينة",', '"start": "2025-02-30"')), file, line: 5, column: 16, says: /bad date "2025-02-30"/ },
    { name: 'edits: start after end', files: files(one('"quote": "أقر مجلس المدينة",', '"start": "2025-03",', '"end": "2025-02"')), file, line: 6, column: 14, says: /start after end/ },
  ];
}

const projects: (() => void)[] = [];
afterAll(() => projects.forEach((cleanup) => cleanup()));

/** Sets up a case's project: the valid default article plus the case's files. */
function project(c: BadCase): string {
  const { root, cleanup } = tempProject({ 'seeds/a.txt': ARTICLE, ...c.files });
  projects.push(cleanup);
  return root;
}

function expectLine(message: string, c: BadCase) {
  const place = c.line !== undefined ? `:${c.line}:${c.column}` : '';
  expect(message.startsWith(`${c.file}${place}: `), `${JSON.stringify(message)} should start with ${c.file}${place}: `).toBe(true);
  expect(message).toMatch(c.says);
  expect(message).not.toMatch(STACK_LINE);
  expect(message).not.toContain('\n');
}

describe.each(cases)('bad input: $name', (c) => {
  test('buildDataset throws a LoaderError naming the file and place', () => {
    const root = project(c);
    let thrown: unknown;
    try {
      buildDataset([join(root, 'seeds/a.txt')], { root });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(LoaderError);
    expectLine((thrown as LoaderError).message, c);
  });

  test('the CLI exits 1 with that one line on stderr and nothing on stdout; the build fails with the same line', async () => {
    const root = project(c);
    const cli = runCli(['seeds/a.txt'], root);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.endsWith('\n')).toBe(true);
    const line = cli.stderr.slice(0, -1);
    expectLine(line, c);
    expect(await rejection(buildMinimalApp(root))).toBe(line);
  });
});

describe('the real app build (vite.config.ts with TIMELINE_SEEDS) fails with the CLI message', () => {
  const sample = cases.filter((c) => ['empty file (0 bytes)', 'Windows-1256 bytes, not UTF-8', 'impossible published date (30 February)', 'edits: a quote matching two events'].includes(c.name));
  test.each(sample)('$name', async (c) => {
    const root = project(c);
    const cli = runCli(['seeds/a.txt'], root);
    expect(cli.status).toBe(1);
    expect(await rejection(buildRealApp(join(root, 'seeds'), join(root, 'dist')))).toBe(cli.stderr.trimEnd());
  });
});

describe('CLI-only bad input', () => {
  const cliCases = [
    { name: 'a path that does not exist', args: ['seeds/missing.txt'], expected: 'seeds/missing.txt: no such file' },
    { name: 'a path through a missing folder', args: ['nowhere/a.txt'], expected: 'nowhere/a.txt: no such file' },
    { name: 'an impossible --ref-date', args: ['seeds/a.txt', '--ref-date', '2023-02-29'], expected: '--ref-date: must be a real date as YYYY-MM-DD, got "2023-02-29"' },
    { name: 'a --ref-date with a time', args: ['--ref-date=2023-07-27T00:00', 'seeds/a.txt'], expected: '--ref-date: must be a real date as YYYY-MM-DD, got "2023-07-27T00:00"' },
    { name: 'the same article twice', args: ['seeds/a.txt', 'other/a.txt'], expected: 'other/a.txt: two articles share the id "a"' },
  ];
  test.each(cliCases)('$name', ({ args, expected }) => {
    const root = project({ name: '', files: { 'other/a.txt': ARTICLE }, file: '', says: /./ });
    const cli = runCli(args, root);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toBe(`${expected}\n`);
  });

  test.each([
    { name: 'no file', args: [] as string[], says: /no input file/ },
    { name: 'an unknown option', args: ['--refdate', '2023-07-27', 'seeds/a.txt'], says: /unknown option --refdate/ },
    { name: '--ref-date without a value', args: ['seeds/a.txt', '--ref-date'], says: /--ref-date needs a value/ },
    { name: '--ref-date followed by another option', args: ['--ref-date', '--help', 'seeds/a.txt'], says: /--ref-date needs a value/ },
    { name: 'an unknown short option', args: ['-x', 'seeds/a.txt'], says: /unknown option -x/ },
  ])('usage error: $name (exit 2)', ({ args, says }) => {
    const root = project({ name: '', files: {}, file: '', says: /./ });
    const cli = runCli(args, root);
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toMatch(says);
    expect(cli.stderr).toMatch(/usage: npm run --silent extract -- FILE\.\.\. \[--ref-date YYYY-MM-DD\]/);
    expect(cli.stderr).not.toMatch(STACK_LINE);
  });
});
