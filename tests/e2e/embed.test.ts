/**
 * The built app embedded by a host page on another origin (localhost vs the app's 127.0.0.1), with
 * the snippet the Embed dialog hands out: sizing, deep links, the message protocol, sandboxed frames
 * and the rule that nothing leaves the two origins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { buildEmbedSnippet, embedUrls } from '../../src/lib/embed/snippet.ts';
import { DEFAULT_VIEW_OPTIONS, parseViewOptions } from '../../src/lib/embed/view-options.ts';
import type { TimelineDataset } from '../../src/lib/types.ts';
import { launchChromium, staysOn, type Browser } from './chromium.ts';
import { frameOf, hostPage, measureFit, serveHost, waitForFit } from './embed-host.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

let browser: Browser;
let host: { url: string; close: () => Promise<void> };
let dataset: TimelineDataset;
let ids: string[];

const TIMELINE = 'iframe[data-timeline-embed]';
const snippet = (initialHeight = 100) =>
  buildEmbedSnippet({ pageUrl: baseUrl + '/', options: DEFAULT_VIEW_OPTIONS, title: 'خط زمني مضمَّن', initialHeight });
const embedSrc = embedUrls(baseUrl + '/', DEFAULT_VIEW_OPTIONS).src;

/** Two event ids of the first article, from the dataset the build wrote. */
function eventIds(): [string, string] {
  const [a, b] = ids;
  if (!a || !b) throw new Error(`dist/data/timeline.json has ${ids.length} event(s) in its first article; these tests need two`);
  return [a, b];
}

beforeAll(async () => {
  dataset = JSON.parse(readFileSync(join(distDir, 'data/timeline.json'), 'utf8')) as TimelineDataset;
  const first = dataset.documents[0]?.id;
  ids = dataset.events.filter((e) => e.documentId === first).map((e) => e.id);
  // The sibling frame tries to open an event that is not the one open at start (the main event).
  const a = dataset.events.find((e) => e.documentId === first && !e.main)?.id ?? 'none';
  host = await serveHost({
    '/responsive.html': hostPage(`<div id="wrap" style="width: 900px">\n${snippet()}\n</div>`),
    // A second, hostile frame on the host's origin and the host page itself send height messages
    // and try to command the timeline frame; only the frame's own messages may count.
    '/hostile.html': hostPage(`${snippet()}
<iframe id="evil" src="/evil.html" style="width: 200px; height: 80px; border: 0"></iframe>
<script>
  setInterval(function () { window.postMessage({ type: 'timeline:height', height: 9999 }, '*'); }, 100);
</script>`),
    '/evil.html': `<!doctype html><meta charset="utf-8"><p>evil</p><script>
  setInterval(function () {
    parent.postMessage({ type: 'timeline:height', height: 7777 }, '*');
    parent.frames[0].postMessage({ type: 'timeline:open', id: ${JSON.stringify(a)} }, '*');
  }, 100);
</script>`,
    '/deep-link.html': hostPage(`<label>Search <input id="q" autofocus></label>\n${snippet().replace('?embed=1"', `?embed=1#event=${encodeURIComponent(a)}"`)}`),
    '/sandboxed.html': hostPage(snippet().replace('<iframe ', '<iframe sandbox="allow-scripts" ')),
    '/no-scripts.html': hostPage(`<iframe id="static" sandbox="" src="${embedSrc}" title="خط زمني" style="width: 640px; height: 600px; border: 0"></iframe>`),
    '/history.html': hostPage(snippet()),
  });
  browser = await launchChromium();
  // A missing hook should fail in seconds, not after Playwright's default 30 s per wait.
  browser.context.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/** Opens a host page and checks afterwards that the frame never navigated it (no frame-busting). */
async function visit(path: string, width = 1100): Promise<Page> {
  const page = await browser.newPage({ width, height: 900 });
  await page.goto(host.url + path, { waitUntil: 'load' });
  return page;
}

async function leave(page: Page, path: string) {
  expect(page.url()).toBe(host.url + path);
  await page.close();
}

test('the snippet sizes the iframe to its content and follows a change of width, with no overflow at 280 px', async () => {
  const page = await visit('/responsive.html');
  const wide = await waitForFit(page, TIMELINE);
  expect(wide.frameHeight).toBeGreaterThan(100 + 2);
  expect(wide.overflowX).toBeLessThanOrEqual(0);

  await page.$eval('#wrap', (el) => ((el as HTMLElement).style.width = '280px'));
  await expect.poll(() => page.$eval(TIMELINE, (el) => el.getBoundingClientRect().width)).toBe(280);
  const narrow = await waitForFit(page, TIMELINE);
  // A narrower frame wraps the annotation onto more lines: the frame must have followed.
  expect(narrow.contentHeight).not.toBe(wide.contentHeight);
  expect(narrow.overflowX).toBeLessThanOrEqual(0);

  await page.$eval('#wrap', (el) => ((el as HTMLElement).style.width = '900px'));
  const back = await waitForFit(page, TIMELINE);
  expect(Math.abs(back.frameHeight - wide.frameHeight)).toBeLessThanOrEqual(2);
  await leave(page, '/responsive.html');
});

test('embed mode shows only the timeline: no page chrome, no Embed or export button', async () => {
  const page = await visit('/responsive.html');
  const frame = await frameOf(page, TIMELINE);
  await frame.waitForSelector('[data-embed="1"] [data-event-id]');
  expect(await frame.getByRole('button', { name: /تضمين|تنزيل|تصدير/ }).count()).toBe(0);
  expect(await frame.locator('select').count()).toBe(0);
  await leave(page, '/responsive.html');
});

test('height messages from the host window or another frame are ignored, and so is an open command from a sibling frame', async () => {
  const page = await visit('/hostile.html');
  const frame = await frameOf(page, TIMELINE);
  await frame.waitForSelector('[data-embed="1"] [data-event-id]');
  // Let the hostile senders run for a while after the timeline is live.
  await page.waitForTimeout(1500);
  const fit = await waitForFit(page, TIMELINE);
  expect(fit.frameHeight).not.toBe(7777);
  expect(fit.frameHeight).not.toBe(9999);
  expect(await page.$eval('#evil', (el) => el.getBoundingClientRect().height)).toBe(80);
  // The article's main event opens first; the sibling frame's open command must not have changed it.
  const main = dataset.events.find((e) => e.documentId === dataset.documents[0]?.id && e.main)?.id;
  const open = frame.locator('[data-open-event]');
  if (main) expect(await open.getAttribute('data-open-event')).toBe(main);
  else expect(await open.count()).toBe(0);
  await leave(page, '/hostile.html');
});

test('#event=ID in the src opens that event; the host can open another with timeline:open; malformed commands are ignored; focus stays on the host', async () => {
  const [first, second] = eventIds();
  const page = await visit('/deep-link.html');
  await page.focus('#q');
  const frame = await frameOf(page, TIMELINE);
  await frame.waitForSelector(`[data-open-event="${first}"]`, { timeout: 15_000 });

  const send = (message: unknown) => page.$eval(TIMELINE, (el, m) => (el as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
  for (const bad of [
    { type: 'timeline:open', id: second, extra: 1 },
    { type: 'timeline:open', id: `${second}<b>` },
    { type: 'timeline:navigate', id: second },
    { type: 'timeline:open', id: 42 },
    JSON.stringify({ type: 'timeline:open', id: second }),
  ]) {
    await send(bad);
  }
  await page.waitForTimeout(500);
  expect(await frame.locator('[data-open-event]').getAttribute('data-open-event')).toBe(first);

  await send({ type: 'timeline:open', id: second });
  await frame.waitForSelector(`[data-open-event="${second}"]`, { timeout: 5_000 });
  await waitForFit(page, TIMELINE);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  await leave(page, '/deep-link.html');
});

test('opening events inside the frame adds no entry to the host page history (its Back button still leaves the article)', async () => {
  eventIds();
  const page = await visit('/history.html');
  const frame = await frameOf(page, TIMELINE);
  await frame.waitForSelector('[data-event-id]');
  const before = await page.evaluate(() => history.length);
  const marks = frame.locator('[data-event-id]');
  await marks.nth(0).click();
  await frame.waitForSelector('[data-open-event]');
  await marks.nth(1).click();
  await expect.poll(() => frame.locator('[data-open-event]').getAttribute('data-open-event')).toBe(await marks.nth(1).getAttribute('data-event-id'));
  expect(await page.evaluate(() => history.length)).toBe(before);
  await leave(page, '/history.html');
});

test('inside <iframe sandbox="allow-scripts"> (a null origin) the live timeline renders with its font, sizes its frame and logs no error', async () => {
  const errorsBefore = browser.errors.length;
  const page = await visit('/sandboxed.html');
  const frame = await frameOf(page, TIMELINE);
  await frame.waitForSelector('[data-embed="1"] [data-event-id]', { timeout: 15_000 });
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  await waitForFit(page, TIMELINE);
  const fonts = await frame.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
  expect(fonts.some((f) => f.includes('Noto Naskh Arabic'))).toBe(true);
  // Opening an event must not need storage, cookies or a URL rewrite the null origin forbids.
  await frame.locator('[data-event-id]').first().click();
  await frame.waitForSelector('[data-open-event]');
  expect(browser.errors.slice(errorsBefore)).toEqual([]);
  await leave(page, '/sandboxed.html');
});

test('the embed HTML carries a prerendered SVG timeline that <iframe sandbox=""> shows without scripts', async () => {
  const html = await (await fetch(embedSrc)).text();
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  expect(svg).toMatch(/data-event-id="[^"]+"/);

  const page = await visit('/no-scripts.html');
  const frame = await frameOf(page, '#static');
  const marks = frame.locator('svg [data-event-id]');
  await expect.poll(() => marks.count()).toBeGreaterThan(0);
  const box = await frame.locator('svg').first().boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(200);
  expect(box?.height ?? 0).toBeGreaterThan(50);
  await leave(page, '/no-scripts.html');
});

test('the full page offers «تضمين»: the dialog hands out the snippet with a live preview, closes on Escape and returns focus', async () => {
  const page = await browser.newPage({ width: 1100, height: 900 });
  // The dialog's code and styles are fetched on the first click, not with the page.
  const dialogFiles: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/EmbedDialog-[^/]*\.(js|css)$/.test(new URL(r.url()).pathname)) dialogFiles.push(r.url());
  });
  await page.goto(baseUrl + '/', { waitUntil: 'networkidle' });
  await page.waitForSelector('.timeline [data-event-id]');
  expect(dialogFiles).toEqual([]);
  const opener = page.getByRole('button', { name: 'تضمين', exact: true });
  expect(await opener.getAttribute('aria-haspopup')).toBe('dialog');
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'تضمين الخط الزمني' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(dialogFiles.some((u) => u.endsWith('.js'))).toBe(true);
  const code = await dialog.getByRole('textbox', { name: 'شيفرة التضمين' }).inputValue();
  const [iframeLine, scriptLine] = code.split('\n');
  const src = new URL((/^<iframe src="([^"]+)"/.exec(iframeLine ?? '')?.[1] ?? '').replace(/&amp;/g, '&'));
  expect(src.origin + src.pathname).toBe(baseUrl + '/');
  // The snippet may pin the article (doc) so that adding a seed later does not change the embed.
  const options = parseViewOptions(src.search, src.hash);
  expect([null, dataset.documents[0]?.id]).toContain(options.doc);
  expect(options).toEqual({ ...DEFAULT_VIEW_OPTIONS, embed: true, doc: options.doc });
  expect(scriptLine).toBe(`<script src="${baseUrl}/embed.js" async></script>`);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  await dialog.getByRole('button', { name: 'نسخ الشيفرة' }).click();
  await expect.poll(() => dialog.getByRole('status').textContent()).toBe('نُسخ');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  const preview = page.frameLocator('iframe[title="معاينة الخط الزمني المضمَّن"]');
  await expect.poll(() => preview.locator('[data-embed="1"] [data-event-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  // A second click opens the same dialog again without fetching its code twice.
  const fetched = dialogFiles.length;
  await opener.click();
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.getByRole('textbox', { name: 'شيفرة التضمين' }).inputValue()).toBe(code);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(dialogFiles).toHaveLength(fetched);
  await page.close();
});

test('a page showing another dataset (?data=) hands out an embed of that same dataset', async () => {
  const page = await browser.newPage({ width: 1100, height: 900 });
  await page.goto(`${baseUrl}/?data=./data/timeline.json`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'تضمين', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تضمين الخط الزمني' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  const code = await dialog.getByRole('textbox', { name: 'شيفرة التضمين' }).inputValue();
  const src = new URL((/^<iframe src="([^"]+)"/.exec(code)?.[1] ?? '').replace(/&amp;/g, '&'));
  // The checked path (its leading ./ dropped) travels on; the embedded page checks it again.
  expect(src.searchParams.getAll('data')).toEqual(['data/timeline.json']);
  expect(src.searchParams.get('embed')).toBe('1');
  const preview = page.frameLocator('iframe[title="معاينة الخط الزمني المضمَّن"]');
  await expect.poll(() => preview.locator('[data-embed="1"] [data-event-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.close();
});

test('no request left the app and host origins, and no cookie was set', async () => {
  expect(browser.requests.some((u) => u.startsWith(host.url))).toBe(true);
  expect(browser.requests.some((u) => u.startsWith(baseUrl))).toBe(true);
  expect(browser.requests.filter((u) => !staysOn(u, [baseUrl, host.url]))).toEqual([]);
  expect(await browser.context.cookies()).toEqual([]);
});
