/**
 * Edited titles reach every rendering and hidden events none: the SVG that `npm run export:svg`
 * writes and the static timeline the build puts in the page (the same drawing an embed shows first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { TimelineDataset } from '../../../src/lib/types.ts';
import { buildRealApp, PROJECT_ROOT, runCli, tempProject } from './helpers.ts';

const ARTICLE = 'السوق الشعبي يعود\nأعيد افتتاح السوق الشعبي صباح السبت 8 آذار/مارس 2025 بعد الترميم.\nوكان السوق قد أغلق في أيلول 2023 بسبب حريق.\n';
const EDITS = { edits: [{ quote: 'أعيد افتتاح السوق', title: 'عودة السوق' }, { quote: 'قد أغلق', hide: true }] };
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const { root, cleanup } = tempProject({ 'seeds/s.txt': ARTICLE, 'seeds/s.meta.json': '{"published": "2025-03-09"}', 'seeds/s.edits.json': JSON.stringify(EDITS) });
afterAll(cleanup);

const dataset = JSON.parse(runCli(['seeds/s.txt'], root).stdout) as TimelineDataset;
const hidden = dataset.events.find((e) => e.hidden)!;
const retitled = dataset.events.find((e) => e.edited?.fields.includes('title'))!;

describe('renderings of an edited article', () => {
  test('the dataset has one retitled and one hidden event', () => {
    expect(retitled.title).toBe('عودة السوق');
    expect(hidden.title).not.toBe('عودة السوق');
  });

  test('npm run export:svg: the edited title is drawn, the hidden event is not', () => {
    const data = join(root, 'data.json');
    const out = join(root, 'out.svg');
    writeFileSync(data, JSON.stringify(dataset));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const r = spawnSync(process.execPath, ['--import', tsx, join(PROJECT_ROOT, 'src/loader/export-cli.ts'), '--dataset', data, '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', INIT_CWD: root } });
    expect(r.status, r.stderr).toBe(0);
    const svg = readFileSync(out, 'utf8').replace(BIDI, '');
    expect(svg).toContain('عودة السوق');
    expect(svg).not.toContain(hidden.title);
  }, 60_000);

  test('the built page\'s static timeline: the edited title, not the hidden event', async () => {
    await buildRealApp(join(root, 'seeds'), join(root, 'dist'));
    const html = readFileSync(join(root, 'dist/index.html'), 'utf8').replace(BIDI, '');
    const block = html.slice(html.indexOf('class="prerendered"'));
    expect(block).toContain('عودة السوق');
    expect(block).not.toContain(hidden.title);
  }, 120_000);
});
