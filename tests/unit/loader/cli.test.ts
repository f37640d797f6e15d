/** The CLI as users run it: JSON on stdout and nothing else, warnings on stderr, one document per file. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { TimelineDataset } from '../../../src/lib/types.ts';
import { validateDataset } from '../../../src/lib/validate-dataset.ts';
import { PROJECT_ROOT, runCli, runNpmExtract, STACK_LINE, tempProject } from './helpers.ts';

const SEED = 'seeds/000_60d000e42980cfc8.txt';
const DIAGNOSTIC = /^[^\n:]+(:\d+:\d+)?: \S[^\n]*$/;
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function parse(stdout: string): TimelineDataset {
  const data = JSON.parse(stdout) as TimelineDataset;
  expect(validateDataset(data)).toEqual([]);
  return data;
}

function expectDiagnostics(stderr: string, file: string) {
  for (const line of stderr.split('\n').filter(Boolean)) {
    expect(line).toMatch(DIAGNOSTIC);
    expect(line.startsWith(file)).toBe(true);
  }
  expect(stderr).not.toMatch(STACK_LINE);
}

describe('extract CLI on the seed article', () => {
  test('node src/loader/cli.ts FILE: exit 0, stdout is exactly one JSON dataset, stderr only diagnostics', () => {
    const r = runCli([SEED], PROJECT_ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const data = parse(r.stdout);
    expect(data.schemaVersion).toBe(1);
    expect(data.documents.map((d) => [d.id, d.source])).toEqual([['000_60d000e42980cfc8', SEED]]);
    expect(r.stdout).toBe(JSON.stringify(data, null, 2) + '\n');
    expectDiagnostics(r.stderr, SEED);
  });

  test('`npm run --silent extract` from a subfolder resolves FILE from there and prints JSON only', () => {
    const r = runNpmExtract(['../' + SEED, '--ref-date', '2023-07-27'], join(PROJECT_ROOT, 'src'));
    expect(r.status).toBe(0);
    const data = parse(r.stdout);
    const doc = data.documents[0]!;
    expect(doc.source).toBe(SEED);
    const hasMeta = existsSync(join(PROJECT_ROOT, SEED.replace(/\.txt$/, '.meta.json')));
    expect(doc.referenceDate.basis).toBe(hasMeta ? 'metadata' : 'option');
    if (!hasMeta) expect(doc.referenceDate.date).toBe('2023-07-27');
    expectDiagnostics(r.stderr, 'seeds/');
  });

  test('the same input gives byte-identical output', () => {
    const a = runCli([SEED, '--ref-date', '2023-07-27'], PROJECT_ROOT);
    const b = runCli(['--ref-date=2023-07-27', join(PROJECT_ROOT, SEED)], '/');
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  test.each([['--help'], ['-h']])('%s prints the usage on stdout and exits 0', (flag) => {
    const r = runCli([flag], PROJECT_ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('usage: npm run --silent extract -- FILE... [--ref-date YYYY-MM-DD]\n');
  });

  test('a bad command line exits 2 with the reason and the usage; an option after -- is a file', () => {
    const r = runCli(['--ref-dat', '2023-07-27', SEED], PROJECT_ROOT);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: unknown option --ref-dat\b.*\nusage: /);
    const asFile = runCli(['--', '--ref-dat'], PROJECT_ROOT);
    expect(asFile.status).toBe(1);
    expect(asFile.stderr).toBe('--ref-dat: no such file\n');
  });
});

describe('extract CLI on temporary articles', () => {
  const { root, cleanup } = tempProject({
    'seeds/a.txt': 'عنوان الملف أ\nقال المتحدث إن الاجتماع كان مثمرا.\n',
    'seeds/a.meta.json': '{"published": "2023-07-27", "title": "عنوان من الملف الوصفي", "url": "https://example.org/a"}',
    'seeds/b.txt': 'عنوان الملف ب\nأكد الوزير أن المحادثات مستمرة.\n',
    'seeds/c.txt': 'عنوان الملف ج\nأعلنت الشركة نتائجها.\n',
    'seeds/c.meta.json': '{\n "publised": "2023-07-27"\n}\n',
    'seeds/-dash.txt': 'عنوان\nنص.\n',
  });
  cleanups.push(cleanup);

  test('one document per FILE, in argument order; reference date from meta, else --ref-date', () => {
    const r = runCli(['seeds/b.txt', 'seeds/a.txt', '--ref-date', '2024-01-15'], root);
    expect(r.status).toBe(0);
    const data = parse(r.stdout);
    expect(data.documents.map((d) => d.id)).toEqual(['b', 'a']);
    const [b, a] = data.documents;
    expect(a!.referenceDate).toMatchObject({ date: '2023-07-27', basis: 'metadata' });
    expect(b!.referenceDate).toMatchObject({ date: '2024-01-15', basis: 'option' });
    expect(a!.title).toBe('عنوان من الملف الوصفي');
    expect(a!.url).toBe('https://example.org/a');
    expect(b!.title).toBe('عنوان الملف ب');
    expect(b!.url).toBeUndefined();
  });

  test('without meta or --ref-date the reference is not claimed to come from either', () => {
    const r = runCli(['seeds/b.txt'], root);
    expect(r.status).toBe(0);
    const ref = parse(r.stdout).documents[0]!.referenceDate;
    expect(['inferred', 'none']).toContain(ref.basis);
    if (ref.basis === 'none') expect(ref.date).toBeNull();
  });

  test('a misspelt meta key is a warning at its place, not an error and not silently ignored', () => {
    const r = runCli(['seeds/c.txt'], root);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')).toContain('seeds/c.meta.json:2:2: unknown key "publised" ignored (expected published, title, url)');
    expect(parse(r.stdout).documents[0]!.referenceDate.basis).not.toBe('metadata');
  });

  test('after --, an argument starting with a dash is a file', () => {
    const r = runCli(['--', 'seeds/-dash.txt'], root);
    expect(r.status).toBe(0);
    expect(parse(r.stdout).documents[0]!.id).toBe('-dash');
  });
});
