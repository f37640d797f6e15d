/**
 * «تنزيل SVG» in the built page: the download is named after the article, loads the export code
 * and fonts only on first use, and is the very string `npm run export:svg` and the Node pipeline
 * write for the same article, width and view options — with the embedded font and with outlines.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { documentExportInput, exportTimelineSvg, type ExportView } from '../../src/lib/export/export-timeline-svg.ts';
import { exportFileName } from '../../src/lib/export/file-name.ts';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { DARK_PALETTE, type Palette } from '../../src/lib/render/palette.ts';
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
async function download(page: Page, opts: { whole: boolean; outline: boolean; print?: boolean }): Promise<{ name: string; svg: string }> {
  await expect
    .poll(() => page.getByRole('button', { name: 'تنزيل SVG' }).count(), { message: 'the page shows one «تنزيل SVG» button (ExportButton in App.svelte)', timeout: 5000 })
    .toBe(1);
  await setChecked(page, 'الخط الزمني كاملًا', opts.whole);
  await setChecked(page, 'نص محوَّل إلى أشكال', opts.outline);
  await setChecked(page, 'للطباعة', opts.print ?? false);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'تنزيل SVG' }).click()]);
  return { name: file.suggestedFilename(), svg: readFileSync((await file.path())!, 'utf8') };
}

async function nodeExport(svgFromPage: string, view: Omit<ExportView, 'width'>, whole: boolean, outline: boolean, extra: { print?: boolean; palette?: Palette; width?: number } = {}): Promise<string> {
  const width = extra.width ?? Number(/<svg[^>]* width="([\d.]+)"/.exec(svgFromPage)?.[1]);
  expect(width).toBeGreaterThan(0);
  const env = await nodeExportEnvironment(dataset, outline);
  const input = documentExportInput(dataset, doc.id, { width, ...view }, whole);
  return exportTimelineSvg({ ...input, ...(extra.print ? { print: true } : {}), ...(extra.palette ? { palette: extra.palette } : {}) }, env).svg;
}

/** Every event title of the article, whitespace normalised, as the export must show it in full. */
const titles = () => dataset.events.filter((e) => e.documentId === doc.id && !e.hidden).map((e) => e.title.trim().split(/\s+/).join(' '));

/** The texts of each event's group in an exported file, joined: a wrapped title reads whole again. */
function drawnTitles(svg: string): string[] {
  return [...svg.matchAll(/<g data-event-id="[^"]+"[^>]*>(.*?)<\/g><\/g>(?=<g data-event-id|<\/g>)/g)].map((m) =>
    [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!.replace(/[\u2066-\u2069]/g, '')).join(' '),
  );
}

test('the button downloads NAME-timeline.svg, equal to the Node export of the same view, and loads export code only on use', async () => {
  const page = await browser.newPage({ width: 1280 });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  expect(browser.requests.filter((u) => LAZY.test(u))).toEqual([]);

  const whole = await download(page, { whole: true, outline: false });
  expect(whole.name).toBe(exportFileName(doc.title, doc.id));
  expect(whole.svg).toBe(await nodeExport(whole.svg, {}, true, false));
  // Every title in full, no «…», no badge.
  expect(drawnTitles(whole.svg).sort()).toEqual(titles().sort());
  expect(whole.svg).not.toMatch(/…|data-badge-id/);
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

test('«للطباعة» downloads one A4 landscape page, the same string as the Node export; a dark page exports dark', async () => {
  const page = await browser.newPage({ width: 1280, colorScheme: 'dark' });
  await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
  const file = await download(page, { whole: true, outline: false, print: true });
  await page.close();
  expect(file.svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 1188 840"/);
  expect(file.svg).toContain(`fill="${DARK_PALETTE.background}"`);
  expect(drawnTitles(file.svg).sort()).toEqual(titles().sort());
  // The page's own width does not matter on paper: the Node export at any width gives the same sheet.
  expect(file.svg).toBe(await nodeExport(file.svg, {}, true, false, { print: true, palette: DARK_PALETTE, width: 1000 }));
  // rsvg-convert renders the sheet at A4 landscape proportions (297 × 210 mm at 96 dpi).
  const out = join(tmp, 'print.svg');
  writeFileSync(out, file.svg);
  const png = spawnSync('rsvg-convert', [out, '-o', join(tmp, 'print.png')]);
  expect(png.status, String(png.stderr)).toBe(0);
  const ihdr = readFileSync(join(tmp, 'print.png')).subarray(16, 24);
  expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([1123, 794]);
});

test('«للطباعة» with more events than a page holds says so and offers the tall layout', async () => {
  const folder = join(inject('distDir'), 'e2e-print');
  mkdirSync(folder, { recursive: true });
  const first = dataset.events.find((e) => e.documentId === doc.id)!;
  // Three hundred events of the article on as many days: far more than one A4 page holds.
  const crowded: TimelineDataset = {
    ...dataset,
    documents: [doc],
    events: Array.from({ length: 300 }, (_, i) => {
      const day = `${2000 + (i % 20)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      return { ...first, id: `p${String(i).padStart(3, '0')}`, start: day, end: day, grain: 'day' as const, title: `حدث رقم ${i + 1} من أحداث المقال` };
    }).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
  };
  writeFileSync(join(folder, 'crowded.json'), JSON.stringify(crowded));
  const page = await browser.newPage({ width: 1280 });
  await page.goto(`${baseUrl}/?data=e2e-print/crowded.json`, { waitUntil: 'networkidle' });
  await page.waitForSelector('svg.tl-svg [data-event-id]');
  await setChecked(page, 'للطباعة', true);
  await page.getByRole('button', { name: 'تنزيل SVG' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/لا تتّسع الأحداث في صفحة A4.*للتخطيط الطويل/);
  expect(await page.getByLabel('للطباعة', { exact: true }).isChecked()).toBe(false);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'تنزيل SVG' }).click()]);
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).not.toContain('297mm');
  expect(Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1])).toBeGreaterThan(840);
  await page.close();
  rmSync(folder, { recursive: true, force: true });
});
