/**
 * What a first visit downloads, measured in Chromium rather than guessed from the build: the page
 * is opened with an empty cache, every response is recorded until the timeline is on screen and
 * the network is quiet, and each script and style sheet is gzipped (level 9, as a static host
 * pre-compresses). Fonts (already compressed woff2) and data are listed apart. Pointing at the
 * chart then loads the zoom code, listed as the cost of first use.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import type { Browser } from '../e2e/chromium.ts';
import { kb, type Row } from './report.ts';

export const FIRST_VISIT_BUDGET_BYTES = 40_000;

interface Loaded {
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

/** Opens the app's page (its own dataset) and measures the first visit and the first use of the chart. */
export async function measureFirstVisit(browser: Browser, siteUrl: string): Promise<Row[]> {
  const page = await browser.newPage();
  const first: Promise<Loaded | null>[] = [];
  const listener = record(page, first);
  await page.goto(`${siteUrl}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length > 0, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const visit = (await Promise.all(first)).filter((l): l is Loaded => l !== null);

  // First use: the pointer enters the chart, which fetches the zoom code.
  const use: Promise<Loaded | null>[] = [];
  record(page, use);
  const box = await page.locator('.timeline').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const onUse = (await Promise.all(use)).filter((l): l is Loaded => l !== null && (l.type === 'script' || l.type === 'stylesheet'));
  await page.close();

  const js = visit.filter((l) => l.type === 'script');
  const css = visit.filter((l) => l.type === 'stylesheet');
  const fonts = visit.filter((l) => l.type === 'font');
  const data = visit.filter((l) => l.type === 'fetch' || l.type === 'xhr');
  const html = visit.filter((l) => l.type === 'document');
  const total = sum(js, 'gzip') + sum(css, 'gzip');
  const section = 'first visit';
  return [
    { section, measure: `JS, ${js.length} file(s), gzip`, result: kb(sum(js, 'gzip')), note: names(js) },
    { section, measure: `CSS, ${css.length} file(s), gzip`, result: kb(sum(css, 'gzip')), note: names(css) },
    { section, measure: 'JS + CSS, gzip', result: kb(total), value: total, budget: { max: FIRST_VISIT_BUDGET_BYTES, text: '≤ 40 KB' } },
    { section, measure: `fonts, ${fonts.length} woff2 (as sent)`, result: kb(sum(fonts, 'bytes')), note: fonts.map((f) => f.file.replace(/-[\w-]{8}\.woff2$/, '')).join(', ') },
    { section, measure: 'data (JSON), gzip', result: kb(sum(data, 'gzip')), note: `${data.map((d) => d.file).join(', ')}; ${kb(sum(data, 'bytes'))} raw` },
    { section, measure: 'HTML with the prerendered chart, gzip', result: kb(sum(html, 'gzip')) },
    { section, measure: 'on first use of the chart (zoom), gzip', result: kb(sum(onUse, 'gzip')), note: names(onUse) },
  ];
}
