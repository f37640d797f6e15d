/**
 * What a first visit downloads, measured in Chromium rather than guessed from the build: the page
 * is opened with an empty cache, every response is recorded (Playwright's network events) until the
 * timeline is on screen and the network is quiet, and each script, style sheet, data file and the
 * HTML is gzipped (level 9, as a static host pre-compresses). Fonts are counted as sent: WOFF2 is
 * compressed already and hosts do not gzip it. The page and its embed (`?embed=1`) are measured
 * apart, each with the browser's cache emptied first. Pointing at the chart then loads the zoom code, listed
 * as the cost of first use.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import type { Browser } from '../e2e/chromium.ts';
import { kb, type Row } from './report.ts';

/** JS + CSS (gzip) of the first visit. */
export const FIRST_VISIT_BUDGET_BYTES = 40_000;
/** Everything the first visit fetches: JS, CSS, fonts, data and HTML (issue 17). */
export const FIRST_VISIT_TOTAL_BUDGET_BYTES = 100_000;
/** The stretch goal for the same total, reported beside it. */
export const FIRST_VISIT_TOTAL_STRETCH_BYTES = 80_000;

/** One response of the visit: its file name, Chromium's resource type, and its body raw and gzipped. */
export interface Loaded {
  file: string;
  type: string;
  bytes: number;
  gzip: number;
}

/** Records every response of `page` (body sizes raw and gzipped) into `into`. */
function record(page: Page, into: Promise<Loaded | null>[]): (r: Response) => void {
  const listener = (r: Response) => {
    into.push(
      r.body().then(
        (body) => ({ file: new URL(r.url()).pathname.split('/').pop() || '/', type: r.request().resourceType(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  };
  page.on('response', listener);
  return listener;
}

const sum = (list: readonly Loaded[], key: 'bytes' | 'gzip') => list.reduce((s, l) => s + l[key], 0);
const names = (list: readonly Loaded[]) => list.map((l) => `${l.file} ${kb(l.gzip)}`).join(', ');
/** A font's name without Vite's content hash (and the subset's own), e.g. "noto-naskh-arabic-arabic-400-subset". */
const fontName = (file: string) => file.replace(/(\.[0-9a-f]{12})?-[\w-]{8}\.woff2$/, '');

/**
 * The table rows of one first visit (`section` names the page), from what it fetched. The JS + CSS
 * budget is the page's (`jsCssBudget`); the embed's extra chunks were never held to it.
 */
export function firstVisitRows(section: string, visit: readonly Loaded[], jsCssBudget = true): Row[] {
  const of = (...types: string[]) => visit.filter((l) => types.includes(l.type));
  const [js, css, fonts, data, html] = [of('script'), of('stylesheet'), of('font'), of('fetch', 'xhr'), of('document')];
  const jsCss = sum(js, 'gzip') + sum(css, 'gzip');
  const total = jsCss + sum(fonts, 'bytes') + sum(data, 'gzip') + sum(html, 'gzip');
  const stretch = total <= FIRST_VISIT_TOTAL_STRETCH_BYTES ? 'kept' : 'missed';
  return [
    { section, measure: `JS, ${js.length} file(s), gzip`, result: kb(sum(js, 'gzip')), note: names(js) },
    { section, measure: `CSS, ${css.length} file(s), gzip`, result: kb(sum(css, 'gzip')), note: names(css) },
    { section, measure: 'JS + CSS, gzip', result: kb(jsCss), value: jsCss, ...(jsCssBudget ? { budget: { max: FIRST_VISIT_BUDGET_BYTES, text: '≤ 40 KB' } } : {}) },
    { section, measure: `fonts, ${fonts.length} woff2 (as sent)`, result: kb(sum(fonts, 'bytes')), note: fonts.map((f) => `${fontName(f.file)} ${kb(f.bytes)}`).join(', ') },
    { section, measure: 'data (JSON), gzip', result: kb(sum(data, 'gzip')), note: `${data.map((d) => d.file).join(', ')}; ${kb(sum(data, 'bytes'))} raw` },
    { section, measure: 'HTML with the prerendered chart, gzip', result: kb(sum(html, 'gzip')) },
    {
      section,
      measure: 'total: JS + CSS + fonts + data + HTML',
      result: kb(total),
      value: total,
      budget: { max: FIRST_VISIT_TOTAL_BUDGET_BYTES, text: '≤ 100 KB' },
      note: `${visit.length} responses; stretch ≤ 80 KB ${stretch}`,
    },
  ];
}

/** Opens `url` in a fresh page, records what it fetches until the timeline is drawn and the network is quiet. */
async function visitPage(browser: Browser, url: string): Promise<{ page: Page; visit: Loaded[] }> {
  const page = await browser.newPage();
  // An empty cache: the page's earlier visit must not serve the embed its files.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
  const first: Promise<Loaded | null>[] = [];
  const listener = record(page, first);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // Fonts are requested when text needing them is laid out; wait until every face in use has arrived.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  return { page, visit: (await Promise.all(first)).filter((l): l is Loaded => l !== null) };
}

/** What pointing at the chart loads (the zoom code), as a row. */
async function firstUseRow(page: Page, section: string): Promise<Row> {
  const use: Promise<Loaded | null>[] = [];
  record(page, use);
  const box = await page.locator('.timeline').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const onUse = (await Promise.all(use)).filter((l): l is Loaded => l !== null && (l.type === 'script' || l.type === 'stylesheet'));
  return { section, measure: 'on first use of the chart (zoom), gzip', result: kb(sum(onUse, 'gzip')), note: names(onUse) };
}

/**
 * Opens the app's page (its own dataset) and its embed, each with an empty cache, and measures both
 * first visits and the page's first use of the chart.
 */
export async function measureFirstVisit(browser: Browser, siteUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [section, query] of [['first visit', ''], ['embed first visit', '?embed=1']] as const) {
    const { page, visit } = await visitPage(browser, `${siteUrl}/${query}`);
    rows.push(...firstVisitRows(section, visit, !query));
    if (!query) rows.push(await firstUseRow(page, section));
    await page.close();
  }
  return rows;
}
