/** seeds/NAME.edits.json as the loader reads it: the CLI, buildDataset and the Vite build agree, and the loader never writes it. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { TimelineDataset } from '../../../src/lib/types.ts';
import { validateDataset } from '../../../src/lib/validate-dataset.ts';
import { buildDataset } from '../../../src/loader/build-dataset.ts';
import { buildMinimalApp, runCli, tempProject } from './helpers.ts';

const ARTICLE = 'المهرجان الثقافي يفتتح أبوابه\nافتتح المهرجان الثقافي أبوابه مساء الخميس 5 حزيران/يونيو 2025 بحضور الوزيرة.\nوتستمر الفعاليات حتى 15 حزيران 2025 في ساحة المدينة.\nوكانت الدورة الأولى قد أقيمت عام 2010.\nوشاركت فرق من المغرب وتونس في العروض.\n';
const EDITS = {
  edits: [
    { quote: 'افتتح المهرجان', title: 'افتتاح المهرجان' },
    { quote: 'الدورة الأولى', hide: true, note: 'ذكرى لا حدث' },
    { add: { quote: 'فرق من المغرب وتونس', start: '2025-06', title: 'مشاركة مغاربية' } },
  ],
};
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

function project(edits?: string) {
  const files: Record<string, string> = { 'seeds/f.txt': ARTICLE, 'seeds/f.meta.json': '{"published": "2025-06-06"}' };
  if (edits !== undefined) files['seeds/f.edits.json'] = edits;
  const p = tempProject(files);
  cleanups.push(p.cleanup);
  return p.root;
}

const parse = (s: string) => {
  const d = JSON.parse(s) as TimelineDataset;
  expect(validateDataset(d)).toEqual([]);
  return d;
};

describe('an edits file beside the article', () => {
  const root = project(JSON.stringify(EDITS, null, 2));
  const plain = parse(runCli(['seeds/f.txt'], project()).stdout);

  test('the CLI applies every edit and keeps what the extractor said', () => {
    const r = runCli(['seeds/f.txt'], root);
    expect(r.status).toBe(0);
    const data = parse(r.stdout);
    const opened = data.events.find((e) => e.title === 'افتتاح المهرجان')!;
    const before = plain.events.find((e) => e.id === opened.id)!;
    expect(opened.edited).toEqual({ fields: ['title'], extracted: { title: before.title } });
    const hidden = data.events.find((e) => e.hidden)!;
    expect(hidden).toMatchObject({ note: 'ذكرى لا حدث', edited: { fields: ['note', 'hidden'] } });
    expect(hidden.annotation).toContain('الدورة الأولى');
    const added = data.events.find((e) => e.edited?.fields.includes('added'))!;
    expect(added).toMatchObject({ title: 'مشاركة مغاربية', start: '2025-06-01', end: '2025-06-30', grain: 'month' });
    expect(data.events.length).toBe(plain.events.length + 1);
  });

  test('the Vite build emits the same dataset as the CLI', async () => {
    const built = await buildMinimalApp(root);
    expect(built).toBe(runCli(['seeds/f.txt'], root).stdout);
  });

  test('buildDataset gives the same ids to edited events as to the extracted ones', () => {
    const ids = (r: string) => buildDataset([join(r, 'seeds/f.txt')], { root: r }).dataset.events.filter((e) => !e.edited?.fields.includes('added')).map((e) => e.id).sort();
    expect(ids(root)).toEqual(plain.events.map((e) => e.id).sort());
  });

  test('the loader never writes the edits file', () => {
    const path = join(root, 'seeds/f.edits.json');
    const before = { text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs };
    runCli(['seeds/f.txt'], root);
    buildDataset([join(root, 'seeds/f.txt')], { root });
    expect({ text: readFileSync(path, 'utf8'), mtime: statSync(path).mtimeMs }).toEqual(before);
  });

  test('an empty list of edits gives byte-identical output to no edits file', () => {
    const empty = project('{ "edits": [] }\n');
    expect(runCli(['seeds/f.txt'], empty).stdout).toBe(runCli(['seeds/f.txt'], project()).stdout);
  });

  test('a bad edit added later stops the CLI with exit 1 and the place', () => {
    const bad = project(JSON.stringify(EDITS, null, 2));
    writeFileSync(join(bad, 'seeds/f.edits.json'), '{\n  "edits": [\n    { "quote": "افتتح المهرجان", "hide": "نعم" }\n  ]\n}\n');
    const r = runCli(['seeds/f.txt'], bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^seeds\/f\.edits\.json:3:\d+: "hide" must be true or false\n$/);
  });
});
