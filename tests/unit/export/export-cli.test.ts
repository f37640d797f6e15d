import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentExportInput, exportTimelineSvg } from '../../../src/lib/export/export-timeline-svg.ts';
import type { TimelineDataset } from '../../../src/lib/types.ts';
import { nodeExportEnvironment, readExportDataset } from '../../../src/loader/export-node.ts';
import { DARK_PALETTE } from '../../../src/lib/render/palette.ts';
import { crowdedDataset, goldDataset } from '../../svg/export-fixtures.ts';

const root = resolve('.');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let tmp: string;
let gold: TimelineDataset;

/** Runs the CLI as `npm run export:svg` does (tsx), from `cwd`, with INIT_CWD set like npm sets it. */
function cli(args: string[], cwd = tmp) {
  return spawnSync(tsx, [join(root, 'src/loader/export-cli.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'export-cli-'));
  gold = goldDataset();
  writeFileSync(join(tmp, 'gold.json'), JSON.stringify(gold));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run export:svg', () => {
  test('writes NAME-timeline.svg in the current directory from the built dataset, the same string as the shared pipeline', async () => {
    const dir = mkdtempSync(join(tmp, 'default-'));
    const run = cli(['--width', '800'], dir);
    expect(run.status, run.stderr).toBe(0);
    const { dataset } = readExportDataset(root);
    const doc = dataset.documents[0]!;
    const expected = exportTimelineSvg(documentExportInput(dataset, doc.id, { width: 800 }, true), await nodeExportEnvironment(dataset, false));
    expect(readdirSync(dir)).toEqual([expected.fileName]);
    expect(readFileSync(join(dir, expected.fileName), 'utf8')).toBe(expected.svg);
    expect(expected.svg).toContain('width="800"');
  }, 60_000);

  test('--dataset FILE --doc ID --out FILE: the given dataset, the same string as the shared pipeline', async () => {
    const run = cli(['--dataset', 'gold.json', '--doc', 'seed', '--out', 'gold.svg']);
    expect(run.status, run.stderr).toBe(0);
    const expected = exportTimelineSvg(documentExportInput(gold, 'seed', { width: 1200 }, true), await nodeExportEnvironment(gold, false));
    expect(readFileSync(join(tmp, 'gold.svg'), 'utf8')).toBe(expected.svg);
    expect(expected.svg).toContain('@font-face');
  }, 60_000);

  test('--outline writes outlined text and no font', async () => {
    const run = cli(['--dataset', 'gold.json', '--outline', '--out', 'outlined.svg']);
    expect(run.status, run.stderr).toBe(0);
    const svg = readFileSync(join(tmp, 'outlined.svg'), 'utf8');
    expect(svg).not.toMatch(/<text|<style|@font-face/);
    expect(svg).toMatch(/<path d="M[^"]+" fill="#[0-9a-f]{6}" aria-label="/);
    const expected = exportTimelineSvg(documentExportInput(gold, 'seed', { width: 1200 }, true), await nodeExportEnvironment(gold, true));
    expect(svg).toBe(expected.svg);
  }, 60_000);

  test.each([
    { name: 'width not a number', args: ['--width', 'wide'], message: /--width must be a whole number/ },
    { name: 'width too small', args: ['--width', '10'], message: /--width must be a whole number of pixels from 240/ },
    { name: 'missing value', args: ['--width'], message: /--width needs a value/ },
    { name: 'missing value before another option', args: ['--doc', '--print'], message: /--doc needs a value/ },
    { name: 'empty value', args: ['--out='], message: /--out needs a value/ },
    { name: 'unknown option', args: ['--colour', 'red'], message: /unknown option "--colour"/ },
    { name: 'a stray word', args: ['seed'], message: /unexpected argument 'seed'/ },
  ])('$name: the reason and the usage on stderr, exit 2, no file', ({ args, message }) => {
    const dir = mkdtempSync(join(tmp, 'usage-'));
    const run = cli(args, dir);
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^usage: npm run export:svg --/);
    expect(lines).toHaveLength(2);
    expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
  }, 60_000);

  test.each([
    { name: 'unknown document id', args: ['--doc', 'no-such-article'], message: /unknown document id "no-such-article"/ },
    { name: 'missing dataset file', args: ['--dataset', 'nowhere.json'], message: /nowhere\.json: cannot read the file \(ENOENT\)/ },
  ])('$name: one line on stderr, exit 1, no file', ({ args, message }) => {
    const dir = mkdtempSync(join(tmp, 'bad-'));
    const run = cli(args, dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
  }, 60_000);

  test('--print --dark: one A4 landscape page in the dark palette, the same string as the shared pipeline', async () => {
    const run = cli(['--dataset', 'gold.json', '--print', '--dark', '--out', 'print.svg']);
    expect(run.status, run.stderr).toBe(0);
    const svg = readFileSync(join(tmp, 'print.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 1188 840"/);
    expect(svg).toContain(`fill="${DARK_PALETTE.background}"`);
    const input = documentExportInput(gold, 'seed', { width: 1200 }, true);
    const expected = exportTimelineSvg({ ...input, print: true, palette: DARK_PALETTE }, await nodeExportEnvironment(gold, false));
    expect(svg).toBe(expected.svg);
  }, 60_000);

  test('--print with more events than one page holds: says so, offers the tall layout, exit 1, no file', () => {
    const crowded = crowdedDataset(300);
    // Valid for the CLI's dataset check: each event quotes a real sentence of the article.
    const quote = gold.events[0]!;
    crowded.events = crowded.events.map((e) => ({ ...e, annotation: quote.annotation, span: quote.span }));
    writeFileSync(join(tmp, 'crowded.json'), JSON.stringify(crowded));
    const dir = mkdtempSync(join(tmp, 'print-'));
    const run = cli(['--dataset', join(tmp, 'crowded.json'), '--print'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/do not fit one A4 page.*tall layout.*without --print/);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});
