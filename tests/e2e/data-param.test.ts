/**
 * `?data=PATH` in the built app: a generated dataset next to dist/ is fetched and drawn; URLs to
 * other sites are refused with a visible Arabic message that names the value, without a request;
 * a missing file, broken JSON, a field of the wrong type and a dataset that breaks the contract each
 * get their message; while another dataset loads, the build's own prerendered chart is not shown.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { generateTimelineDataset } from '../bench/generate-dataset.ts';
import { launchChromium, type Browser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const folder = join(inject('distDir'), 'e2e-data');
const EVENTS = 40;
const generated = generateTimelineDataset({ events: EVENTS, seed: 7, documentId: 'generated-e2e' });

let browser: Browser;
beforeAll(async () => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'generated.json'), JSON.stringify(generated));
  writeFileSync(join(folder, 'broken.json'), '{"schemaVersion": 1, "documents": [');
  // Valid JSON and well-typed, but an annotation that is not the text at its span.
  const bad = structuredClone(generated);
  bad.events[0]!.annotation = 'جملة لا توجد في المقال';
  writeFileSync(join(folder, 'contract.json'), JSON.stringify(bad));
  // Valid JSON, but a field of the wrong type: the report naming it loads only now.
  const typed = structuredClone(generated) as unknown as { events: { start: unknown }[] };
  typed.events[3]!.start = 20230727;
  writeFileSync(join(folder, 'typed.json'), JSON.stringify(typed));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Opens the app with `query` and returns the page and every URL it requested. */
async function open(query: string): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${baseUrl}/${query}`, { waitUntil: 'networkidle' });
  return { page, requested };
}

describe('?data= loads another dataset from the same site', () => {
  test('a generated dataset next to the app is fetched and drawn, instead of the built one', async () => {
    const { page, requested } = await open('?data=e2e-data/generated.json');
    await page.waitForSelector('.timeline [data-event-id]');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(generated.documents[0]!.title);
    const drawn = await page.$$eval('.timeline [data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id')));
    const ids = new Set(generated.events.map((e) => e.id));
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(ids.has(id!)).toBe(true);
    expect(await page.locator('nav.event-list').first().getByRole('button').count()).toBe(EVENTS);
    expect(requested.some((u) => u.endsWith('/e2e-data/generated.json'))).toBe(true);
    expect(requested.some((u) => u.endsWith('/data/timeline.json'))).toBe(false);
    expect(await page.evaluate(() => performance.getEntriesByName('timeline:rendered').length)).toBe(1);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('while the other dataset downloads, the built article is not shown but a loading line is; then the tab has its title', async () => {
    const page = await browser.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/e2e-data/generated.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl}/?data=e2e-data/generated.json`, { waitUntil: 'commit' });
    const block = page.locator('#app .prerendered');
    await block.waitFor({ state: 'attached' });
    // The built page's own chart and heading are in the HTML, hidden; the block shows its loading line.
    expect(await block.locator('svg').isVisible()).toBe(false);
    expect(await block.locator('h1').isVisible()).toBe(false);
    expect(await block.evaluate((el) => getComputedStyle(el, '::before').content)).toContain('جارٍ تحميل الخط الزمني');
    release();
    await page.waitForSelector('.timeline [data-event-id]');
    expect(await page.locator('#app .prerendered').count()).toBe(0);
    await expect.poll(() => page.title()).toBe(`${generated.documents[0]!.title} · خط زمني`);
    await page.close();
  });

  test('without ?data= the prerendered chart shows as the page loads', async () => {
    const page = await browser.newPage();
    // The built dataset never arrives: the prerender stays on screen.
    await page.route(/timeline-dataset|timeline\.json/, () => new Promise<void>(() => {}));
    await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('#app .prerendered svg').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.classList.contains('data-param'))).toBe(false);
    await page.close();
  });

  test.each([
    { name: 'an absolute URL to another site', value: 'https://evil.example/x.json', reason: 'عنوان كامل' },
    { name: 'a protocol-relative URL', value: '//evil/x', reason: 'يبدأ بـ //' },
    { name: 'a path climbing out of the app', value: '../x.json', reason: '..' },
    { name: 'a javascript: URL', value: 'javascript:alert(1)', reason: 'عنوان كامل' },
  ])('$name is refused with a visible Arabic message naming it, and nothing is requested', async ({ value, reason }) => {
    const { page, requested } = await open(`?data=${encodeURIComponent(value)}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('رُفضت قيمة المعامل data');
    expect(text).toContain(reason);
    expect(await alert.locator('bdi').textContent()).toBe(value);
    // No dataset was requested (the page's own URL ends in the refused value, so paths are compared), and nothing left the app's origin.
    expect(requested.filter((u) => new URL(u).pathname.endsWith('.json'))).toEqual([]);
    expect(requested.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    expect(await page.locator('.timeline').count()).toBe(0);
    await page.close();
  });

  test.each([
    { name: 'a file that is not there', file: 'e2e-data/missing.json', reason: 'غير موجود', detail: 'HTTP 404' },
    { name: 'a file that is not JSON', file: 'e2e-data/broken.json', reason: 'ليس JSON صالحًا', detail: '' },
    { name: 'a dataset that breaks the contract', file: 'e2e-data/contract.json', reason: 'غير صالحة', detail: 'annotation does not match its span' },
    { name: 'a field of the wrong type', file: 'e2e-data/typed.json', reason: 'حقول ناقصة أو من نوع آخر', detail: 'events[3].start: not a string' },
  ])('$name gets a visible Arabic message naming the file, not a blank page', async ({ file, reason, detail }) => {
    const { page } = await open(`?data=${file}`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('تعذّر تحميل ملف البيانات');
    expect(text).toContain(reason);
    expect(text).toContain(detail);
    expect(await alert.locator('bdi').textContent()).toBe(file);
    await page.close();
  });
});
