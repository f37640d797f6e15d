/**
 * «تنزيل SVG» in the built page: the download is named after the article, loads the export code
 * and fonts only on first use, and is the very string `npm run export:svg` and the Node pipeline
 * write for the same article, width and view options — with the embedded font and with outlines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { documentExportInput, exportTimelineSvg, type ExportView } from '../../src/lib/export/export-timeline-svg.ts';
import { exportFileName } from '../../src/lib/export/file-name.ts';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { nodeExportEnvironment } from '../../src/loader/export-node.ts';
import { launchChromium, staysOn, type Browser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const dataset = JSON.parse(readFileSync(join(inject('distDir'), 'data/timeline.json'), 'utf8')) as TimelineDataset;
const doc = dataset.documents[0]!;
const LAZY = /export-fonts|export-outline-fonts|harfbuzz|\.wasm|browser-export|export-timeline-svg/;

let browser: Browser;
let tmp: string;
beforeAll(async () => {
  browser = await launchChromium();
  tmp = mkdtempSync(join(tmpdir(), 'timeline-export-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function setChecked(page: Page, label: string, on: boolean) {
  const box = page.getByLabel(label, { exact: true });
  if ((await box.isChecked()) !== on) await box.click();
}

/** Clicks the button with the given options and returns the downloaded file. */
async function download(page: Page, opts: { whole: boolean; outline: boolean }): Promise<{ name: string; svg: string }> {
  await expect
    .poll(() => page.getByRole('button', { name: 'تنزيل SVG' }).count(), { message: 'the page shows one «تنزيل SVG» button (ExportButton in App.svelte)', timeout: 5000 })
    .toBe(1);
  await setChecked(page, 'الخط الزمني كاملًا', opts.whole);
  await setChecked(page, 'نص محوَّل إلى أشكال (للطباعة)', opts.outline);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'تنزيل SVG' }).click()]);
  return { name: file.suggestedFilename(), svg: readFileSync((await file.path())!, 'utf8') };
}

async function nodeExport(svgFromPage: string, view: Omit<ExportView, 'width'>, whole: boolean, outline: boolean): Promise<string> {
  const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svgFromPage)?.[1]);
  expect(width).toBeGreaterThan(0);
  const env = await nodeExportEnvironment(dataset, outline);
  return exportTimelineSvg(documentExportInput(dataset, doc.id, { width, ...view }, whole), env).svg;
}

test('the button downloads NAME-timeline.svg, equal to the Node export of the same view, and loads export code only on use', async () => {
  const page = await browser.newPage({ width: 1280 });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  expect(browser.requests.filter((u) => LAZY.test(u))).toEqual([]);

  const whole = await download(page, { whole: true, outline: false });
  expect(whole.name).toBe(exportFileName(doc.title, doc.id));
  expect(whole.svg).toBe(await nodeExport(whole.svg, {}, true, false));
  expect(browser.requests.some((u) => /\.wasm/.test(u))).toBe(false);

  const view = await download(page, { whole: false, outline: false });
  expect(view.svg).toBe(await nodeExport(view.svg, {}, false, false));

  const outlined = await download(page, { whole: true, outline: true });
  expect(outlined.svg).toBe(await nodeExport(outlined.svg, {}, true, true));
  expect(outlined.svg).not.toContain('<text');
  expect(browser.requests.some((u) => /\.wasm/.test(u))).toBe(true);

  expect(browser.requests.filter((u) => !staysOn(u, [baseUrl]))).toEqual([]);
  expect(browser.errors).toEqual([]);
  await page.close();
});

test('the export follows the reader’s view options (Latin digits)', async () => {
  const page = await browser.newPage({ width: 1280 });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  await page.getByLabel('أرقام لاتينية', { exact: false }).check();
  const file = await download(page, { whole: true, outline: false });
  expect(file.svg).toBe(await nodeExport(file.svg, { digits: 'latn' }, true, false));
  await page.close();
});

test('npm run export:svg writes the same file as the button at the same width', async () => {
  const page = await browser.newPage({ width: 1280 });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  const file = await download(page, { whole: true, outline: false });
  await page.close();
  const width = /<svg[^>]* width="([\d.]+)"/.exec(file.svg)![1]!;
  const out = join(tmp, 'cli.svg');
  const run = spawnSync('npm', ['run', '--silent', 'export:svg', '--', '--doc', doc.id, '--width', width, '--out', out], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe(file.svg);
});
